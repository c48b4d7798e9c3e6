import { compareTypes, discrepancyLabel } from './discrepancy-types';
import type { ClaimFacts } from './claim-filters';
import type { ClaimView, OutletColumn } from './story-view';

/**
 * The compact view of a story told by many outlets: a claims × outlets matrix with a mark per cell. Side by
 * side, 70 outlets make 70 cells of sentences per claim (a 70-outlet story of 807 claims was 11 MB of
 * HTML); a mark per cell shows at a glance who reports what, and who reports it differently, and a row
 * opens to the outlets' own words on demand.
 */

/** From this many outlets on, the story page shows the matrix instead of side-by-side sentences. */
export const MATRIX_FROM_OUTLETS = 9;

/** What a cell says of an outlet: it reports the claim (the same way, or differently), may report it, or does not. */
export type CellKind = 'reported' | 'differs' | 'possibly' | 'missing';

const CODE: Record<CellKind, string> = { reported: 'r', differs: 'd', possibly: 'p', missing: '-' };
const KIND: Record<string, CellKind> = { r: 'reported', d: 'differs', p: 'possibly', '-': 'missing' };

/** What the matrix needs of a claim, in few bytes: it travels to the browser, which filters and sorts the rows. */
export interface MatrixClaim extends ClaimFacts {
  summary: string;
  /** One letter per column, in column order (see CODE). */
  cells: string;
  /** For the columns whose outlet reports the claim differently: the discrepancy types it is named in. */
  differences: Record<number, string[]>;
}

export function matrixClaim(claim: ClaimView, columns: readonly OutletColumn[]): MatrixClaim {
  const reporting = new Set(claim.articleIds);
  const possibly = new Set(claim.possibleMentions.map((mention) => mention.articleId));
  const differences: Record<number, string[]> = {};
  const cells = columns
    .map((column, index) => {
      if (!reporting.has(column.articleId)) return CODE[possibly.has(column.articleId) ? 'possibly' : 'missing'];
      const types = [...new Set(claim.discrepancies.filter((discrepancy) => discrepancy.articleIds.includes(column.articleId)).map((discrepancy) => discrepancy.type))].sort(compareTypes);
      if (types.length === 0) return CODE.reported;
      differences[index] = types;
      return CODE.differs;
    })
    .join('');
  return { id: claim.id, position: claim.position, articleIds: claim.articleIds, types: claim.types, discrepancyCount: claim.discrepancyCount, summary: claim.summary, cells, differences };
}

/** The kind of the claim's cell in column `index`. */
export function cellKind(claim: Pick<MatrixClaim, 'cells'>, index: number): CellKind {
  return KIND[claim.cells[index] ?? '-'] ?? 'missing';
}

/** What a cell says, in words: the text a screen reader reads and a pointer's tooltip shows. */
export function cellText(kind: CellKind, types: readonly string[] = []): string {
  if (kind === 'differs') return `reported differently: ${types.map(discrepancyLabel).join(', ')}`;
  return kind === 'reported' ? 'reported' : kind === 'possibly' ? 'possibly reported' : 'not reported';
}
