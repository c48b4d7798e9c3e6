/**
 * The claims × outlets grid of a story, as JSON, CSV or Markdown: one row per claim, one column per
 * outlet holding that outlet's words (empty when it did not report the claim), and the kinds of
 * difference found.
 */
export interface GridInput {
  title: string;
  articles: { id: string; outlet: string | null }[];
  claims: { id: string; summary: string; mentions: { articleId: string; text: string }[]; discrepancies: { type: string }[] }[];
}

export interface Grid {
  title: string;
  columns: string[];
  rows: { claimId: string; summary: string; cells: (string | null)[]; differences: string[] }[];
}

export type ExportFormat = 'json' | 'csv' | 'md';

export function buildGrid(story: GridInput): Grid {
  const columns = story.articles.map((article, index) => article.outlet ?? `Article ${index + 1}`);
  return {
    title: story.title,
    columns,
    rows: story.claims.map((claim) => ({
      claimId: claim.id,
      summary: claim.summary,
      cells: story.articles.map((article) => {
        const words = claim.mentions.filter((mention) => mention.articleId === article.id).map((mention) => mention.text);
        return words.length > 0 ? words.join(' … ') : null;
      }),
      differences: [...new Set(claim.discrepancies.map((discrepancy) => discrepancy.type))],
    })),
  };
}

export function renderGrid(grid: Grid, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(grid, null, 2)}\n`;
  const header = ['claim', ...grid.columns, 'differences'];
  const body = grid.rows.map((row) => [row.claimId, ...row.cells.map((cell) => cell ?? ''), row.differences.join(', ')]);
  if (format === 'csv') return `${[header, ...body].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [`# ${markdownCell(grid.title)}`, '', line(header), line(header.map(() => '---')), ...body.map(line), ''].join('\n');
}

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function markdownCell(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
