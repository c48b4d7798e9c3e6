import type { Discrepancy, ExcludedSpan, Mention, PossibleMention, Variant } from '@/lib/analysis/types';
import type { ClaimFacts } from './claim-filters';
import { compareTypes } from './discrepancy-types';
import type { Mark } from './highlights';

/** An article as a column of the comparison: the outlet, its date and where to read the original. */
export interface OutletColumn {
  articleId: string;
  /** The outlet's name, made unique within the story ("LBC", "LBC (2)") so columns can be told apart. */
  name: string;
  publishedAt: string | null;
  url: string | null;
  title: string | null;
  /** Articles with the same source are wire copy or near-copies of each other: one source, not several. */
  source: string;
  agency: string | null;
}

export interface ArticleRecord {
  id: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  detectedPublishedAt: string | null;
  text: string | null;
  excluded: ExcludedSpan[] | null;
  sourceGroup?: number | null;
  agency?: string | null;
}

export interface ClaimRecord {
  id: string;
  summary: string;
  /** A person's correction changed the claim. */
  edited?: boolean;
  mentions: Mention[];
  /** Sentences of outlets with no mention that may state the claim (absent in analyses before engine 0.4.7). */
  possibleMentions?: PossibleMention[];
  discrepancies: Discrepancy[];
  variants: Variant[];
}

export interface ClaimView extends ClaimFacts {
  summary: string;
  edited: boolean;
  mentions: Mention[];
  discrepancies: Discrepancy[];
  variants: Variant[];
  /** Articles (in column order) with no sentence that states the claim, nor one that may: "not reported". */
  missingFrom: string[];
  /** For articles with no mention, in column order, their sentence that may state the claim: "possibly reported". */
  possibleMentions: PossibleMention[];
  /** How many independent sources report it: reprints of one wire story count once. */
  independentSources: number;
}

export interface StorySummaryCounts {
  claims: number;
  reportedByAll: number;
  withDiscrepancies: number;
  reportedByOne: number;
}

export function outletColumns(articles: readonly ArticleRecord[]): OutletColumn[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const base = article.outlet?.trim() || 'Unknown outlet';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return {
      articleId: article.id,
      name: count === 1 ? base : `${base} (${count})`,
      publishedAt: article.publishedAt ?? article.detectedPublishedAt,
      url: article.url,
      title: article.title,
      source: article.sourceGroup === null || article.sourceGroup === undefined ? `article:${article.id}` : `group:${article.sourceGroup}`,
      agency: article.agency ?? null,
    };
  });
}

export function claimViews(claims: readonly ClaimRecord[], columns: readonly OutletColumn[]): ClaimView[] {
  return claims.map((claim, position) => {
    const reporting = new Set(claim.mentions.map((mention) => mention.articleId));
    const possible = new Map((claim.possibleMentions ?? []).filter((mention) => !reporting.has(mention.articleId)).map((mention) => [mention.articleId, mention]));
    return {
      id: claim.id,
      position,
      summary: claim.summary,
      edited: claim.edited ?? false,
      mentions: claim.mentions,
      discrepancies: claim.discrepancies,
      variants: claim.variants,
      articleIds: columns.filter((column) => reporting.has(column.articleId)).map((column) => column.articleId),
      missingFrom: columns.filter((column) => !reporting.has(column.articleId) && !possible.has(column.articleId)).map((column) => column.articleId),
      possibleMentions: columns.flatMap((column) => possible.get(column.articleId) ?? []),
      independentSources: new Set(columns.filter((column) => reporting.has(column.articleId)).map((column) => column.source)).size,
      types: [...new Set(claim.discrepancies.map((discrepancy) => discrepancy.type))].sort(compareTypes),
      discrepancyCount: claim.discrepancies.length,
    };
  });
}

export function summaryCounts(claims: readonly ClaimView[], outletTotal: number): StorySummaryCounts {
  return {
    claims: claims.length,
    reportedByAll: claims.filter((claim) => claim.articleIds.length === outletTotal).length,
    withDiscrepancies: claims.filter((claim) => claim.discrepancyCount > 0).length,
    reportedByOne: claims.filter((claim) => claim.articleIds.length === 1).length,
  };
}

/** The highlights of one article's words in a claim: every discrepancy span that article has, by type. */
export function marksFor(claim: Pick<ClaimView, 'discrepancies'>, articleId: string): Mark[] {
  return claim.discrepancies.flatMap((discrepancy) =>
    (discrepancy.spans[articleId] ?? []).map(([start, end]) => ({ start, end, type: discrepancy.type })),
  );
}

/** What the grid needs of a claim, and no more: it travels to the browser, which filters and sorts the rows. */
export interface GridClaim extends ClaimFacts {
  /** The row title the engine gives (the clearest complete mention). */
  summary: string;
  edited: boolean;
  independentSources: number;
  /** Each mention with the highlights that fall inside it (article offsets). */
  mentions: { articleId: string; start: number; text: string; marks: Mark[] }[];
  /** Outlets' sentences that may state the claim, and the claims whose rows hold them. */
  possibleMentions: { articleId: string; claimId: string; text: string }[];
}

export function gridClaim(claim: ClaimView): GridClaim {
  return {
    id: claim.id,
    summary: claim.summary,
    position: claim.position,
    articleIds: claim.articleIds,
    types: claim.types,
    discrepancyCount: claim.discrepancyCount,
    edited: claim.edited,
    independentSources: claim.independentSources,
    mentions: gridMentions(claim),
    possibleMentions: claim.possibleMentions.map(({ articleId, claimId, text }) => ({ articleId, claimId, text })),
  };
}

/** Each mention of a claim with the highlights that fall inside it: what a cell of the grid shows. */
export function gridMentions(claim: Pick<ClaimView, 'mentions' | 'discrepancies'>): GridClaim['mentions'] {
  return claim.mentions.map((mention) => ({
    articleId: mention.articleId,
    start: mention.start,
    text: mention.text,
    marks: marksFor(claim, mention.articleId).filter((mark) => mark.start < mention.end && mark.end > mention.start),
  }));
}

/** "2 of 3 outlets · 1 independent · edited": how widely a claim is reported, under its number. */
export function coverageNote(claim: Pick<ClaimView, 'articleIds' | 'independentSources' | 'edited'>, outletTotal: number): string {
  const reporting = claim.articleIds.length;
  return [
    `${reporting} of ${outletTotal} outlets`,
    claim.independentSources < reporting && `${claim.independentSources} independent`,
    claim.edited && 'edited',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** For each article, the other articles of the story that are the same source (wire copy), by name. */
export function sameSourceAs(columns: readonly OutletColumn[]): Map<string, string[]> {
  return new Map(
    columns.map((column) => [
      column.articleId,
      columns.filter((other) => other !== column && other.source === column.source).map((other) => other.name),
    ]),
  );
}

/** The forms a name is written in across the story, each once ("Kyiv", "Kiev"). */
export function variantForms(variant: Pick<Variant, 'forms'>): string[] {
  return [...new Set(Object.values(variant.forms).flatMap((list) => list.map((form) => form.form)))];
}
