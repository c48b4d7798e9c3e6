import type { DiscrepancyType } from '@/lib/analysis/types';
import { claimPath, storyPath } from '@/lib/paths';
import { sameSourceAs, type ClaimView, type OutletColumn } from '@/lib/reader/story-view';

/**
 * The claims × outlets grid of a story, as JSON, CSV or Markdown: one row per claim with its permanent
 * link and its text (the row title the reader shows), one column per outlet holding that outlet's words
 * (empty when it did not report the claim), the outlets whose sentence may state it though it was not
 * lined up with it ("possibly reported"), the kinds of difference found and what each is, how many
 * independent sources report it (wire copy counts once) and whether a person corrected it.
 */
export interface GridInput {
  title: string;
  slug: string;
  /** Where the site is served (PUBLIC_URL): the grid's links are absolute. */
  publicUrl: string;
  columns: readonly OutletColumn[];
  claims: readonly ClaimView[];
}

export interface Grid {
  title: string;
  url: string;
  outlets: { name: string; publishedAt: string | null; url: string | null; agency: string | null; sameTextAs: string[] }[];
  rows: {
    claim: number;
    claimId: string;
    link: string;
    summary: string;
    cells: (string | null)[];
    possiblyReportedBy: string[];
    differences: DiscrepancyType[];
    /** Each difference in words, in the order of `differences`. */
    explanations: string[];
    independentSources: number;
    edited: boolean;
  }[];
}

export type ExportFormat = 'json' | 'csv' | 'md';

export function buildGrid({ title, slug, publicUrl, columns, claims }: GridInput): Grid {
  const sameSource = sameSourceAs(columns);
  return {
    title,
    url: `${publicUrl}${storyPath(slug)}`,
    outlets: columns.map((column) => ({
      name: column.name,
      publishedAt: column.publishedAt,
      url: column.url,
      agency: column.agency,
      sameTextAs: sameSource.get(column.articleId) ?? [],
    })),
    rows: claims.map((claim) => ({
      claim: claim.position + 1,
      claimId: claim.id,
      link: `${publicUrl}${claimPath(slug, claim.id)}`,
      summary: claim.summary,
      cells: columns.map((column) => {
        const words = claim.mentions.filter((mention) => mention.articleId === column.articleId).map((mention) => mention.text);
        return words.length > 0 ? words.join(' … ') : null;
      }),
      possiblyReportedBy: columns.filter((column) => claim.possibleMentions.some((mention) => mention.articleId === column.articleId)).map((column) => column.name),
      differences: claim.types as DiscrepancyType[],
      explanations: claim.discrepancies.map((discrepancy) => discrepancy.explanation),
      independentSources: claim.independentSources,
      edited: claim.edited,
    })),
  };
}

export function renderGrid(grid: Grid, format: ExportFormat): string {
  if (format === 'json') return `${JSON.stringify(grid, null, 2)}\n`;
  const header = ['claim', 'link', 'claim text', ...grid.outlets.map((outlet) => outlet.name), 'possibly reported by', 'differences', 'explanations', 'independent sources', 'edited'];
  const body = grid.rows.map((row) => [
    String(row.claim),
    row.link,
    row.summary,
    ...row.cells.map((cell) => cell ?? ''),
    row.possiblyReportedBy.join(', '),
    row.differences.join(', '),
    row.explanations.join(' '),
    String(row.independentSources),
    row.edited ? 'yes' : '',
  ]);
  if (format === 'csv') return csvTable([header, ...body]);
  return renderMarkdown(grid, header, body);
}

function renderMarkdown(grid: Grid, header: string[], body: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(markdownText).join(' | ')} |`;
  const outlets = grid.outlets.map((outlet) => {
    const name = outlet.url ? `[${markdownText(outlet.name)}](${markdownUrl(outlet.url)})` : markdownText(outlet.name);
    const copy = outlet.sameTextAs.length > 0 ? `; same text as ${outlet.sameTextAs.map(markdownText).join(', ')}` : '';
    return `- ${name}: ${outlet.publishedAt ?? 'date unknown'}${outlet.agency ? `, ${markdownText(outlet.agency)} agency copy` : ''}${copy}`;
  });
  // The claim cell links to the claim's page; the link column stays for readers of the raw text.
  const rows = body.map(([number, link, ...rest]) => `| [${number}](${markdownUrl(link!)}) | ${markdownUrl(link!)} | ${rest.map(markdownText).join(' | ')} |`);
  return [`# ${markdownText(grid.title)}`, '', `Compared on Parallax: ${markdownUrl(grid.url)}`, '', ...outlets, '', line(header), line(header.map(() => '---')), ...rows, ''].join('\n');
}

/** Rows as CSV (RFC 4180, CRLF line ends), every cell quoted as it needs and defused for spreadsheets. */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return `${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** RFC 4180 quoting; a leading =, +, - or @ is defused so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Outlet text in Markdown stays text: no emphasis, links, HTML or headings are made from it. */
function markdownText(value: string): string {
  return value.replace(/[\\`*_{}[\]<>()#!|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

/** URLs we build or that were validated as http(s); spaces and parentheses escaped so the link holds. */
function markdownUrl(url: string): string {
  return url.replace(/[ ()<>]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
