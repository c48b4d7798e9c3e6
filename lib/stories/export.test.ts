import { describe, expect, it } from 'vitest';
import { analyzeStory } from '@/lib/analysis';
import type { Discrepancy } from '@/lib/analysis/types';
import { claimViews, outletColumns, type ArticleRecord } from '@/lib/reader/story-view';
import { seedArticles } from '@/lib/testing/seed-story';
import { buildGrid, renderGrid } from './export';

const site = { publicUrl: 'https://parallax.example', slug: 'embassy' };
const storyUrl = 'https://parallax.example/stories/embassy';
const record = (id: string, outlet: string | null, extra: Partial<ArticleRecord> = {}): ArticleRecord => ({
  id, outlet, url: null, title: null, publishedAt: null, detectedPublishedAt: null, text: null, excluded: null, ...extra,
});

describe('the seed story exported', () => {
  const inputs = seedArticles();
  const analysis = analyzeStory({ id: 'seed', articles: inputs });
  const columns = outletColumns(inputs.map((input) => record(input.id, input.outlet, { publishedAt: input.publishedAt })));
  const grid = buildGrid({ title: 'Embassy staff leave', ...site, columns, claims: claimViews(analysis.claims, columns) });
  const csv = renderGrid(grid, 'csv').split('\r\n');

  it('has a CSV header naming every outlet, and one line per claim', () => {
    expect(csv[0]).toBe('claim,link,claim text,ITV News,The Sun,LBC,possibly reported by,differences,explanations,independent sources,edited');
    expect(csv.filter(Boolean)).toHaveLength(analysis.claims.length + 1);
  });

  it('puts the "around half of staff" claim in the ITV News and The Sun columns, with its link and its differences', () => {
    const row = grid.rows.find((candidate) => candidate.summary.includes('around half of the staff'))!;
    expect(row.link).toBe(`${storyUrl}/claims/${row.claimId}`);
    expect(row.cells[0]).toContain('Officials said that around half of the staff');
    expect(row.cells[1]).toContain('reports the BBC');
    expect(row.cells[2]).toBeNull();
    expect(row.differences).toContain('attribution');
    expect(row.independentSources).toBe(2);
    const line = csv.find((candidate) => candidate.includes(row.link))!;
    expect(line.startsWith(`${row.claim},${row.link},`)).toBe(true);
    expect(row.explanations).toHaveLength(row.differences.length);
    expect(row.explanations).toContain('ITV News credits “Officials”; The Sun credits “the BBC”.');
    expect(line).toMatch(/,,"?[a-z, ]*attribution[a-z, ]*"?,ITV News credits “Officials”; The Sun credits “the BBC”\.[^,]*,2,$/);
  });

  it('writes Markdown with the outlets and their dates, and a link from each claim number', () => {
    const markdown = renderGrid(grid, 'md');
    expect(markdown).toContain('- ITV News: 2022-01-24\n- The Sun: date unknown\n- LBC: 2022-01-19');
    expect(markdown).toContain(`| [1](${storyUrl}/claims/${grid.rows[0]!.claimId}) |`);
  });
});

describe('hostile outlet text', () => {
  const columns = outletColumns([record('a', 'ITV News', { url: 'https://example.com/a (1)' }), record('b', null), record('c', 'AP', { sourceGroup: 1, agency: 'AP' }), record('d', 'Daily', { sourceGroup: 1 })]);
  const discrepancy = (type: Discrepancy['type'], explanation: string): Discrepancy => ({ type, articleIds: ['a', 'b'], values: {}, spans: {}, explanation });
  const claims = claimViews(
    [
      {
        id: 'c1',
        summary: 'Half leave',
        edited: true,
        mentions: [
          { articleId: 'a', start: 0, end: 1, text: 'Around "half" leave,\nofficials said.' },
          { articleId: 'b', start: 0, end: 1, text: '=HYPERLINK("x")' },
        ],
        discrepancies: [discrepancy('attribution', 'ITV News credits “officials”; Unknown outlet names no source.'), discrepancy('attribution', '=ITV News credits “officials”.')],
        variants: [],
      },
      {
        id: 'c2',
        summary: 'Wire',
        mentions: [
          { articleId: 'c', start: 0, end: 1, text: 'Only *wire* | [says](javascript:x) <b>this</b>.' },
          { articleId: 'd', start: 0, end: 1, text: 'Only wire says this.' },
        ],
        discrepancies: [],
        variants: [],
      },
    ],
    columns,
  );
  const grid = buildGrid({ title: 'Staff | leave', ...site, columns, claims });

  it('names unnamed outlets, marks edited claims and counts reprints of one wire story once', () => {
    expect(grid.outlets.map((outlet) => outlet.name)).toEqual(['ITV News', 'Unknown outlet', 'AP', 'Daily']);
    expect(grid.outlets[2]).toMatchObject({ agency: 'AP', sameTextAs: ['Daily'] });
    expect(grid.rows.map((row) => [row.edited, row.independentSources, row.differences])).toEqual([
      [true, 2, ['attribution']],
      [false, 1, []],
    ]);
  });

  it('writes CSV with quoting and defused formulas', () => {
    expect(renderGrid(grid, 'csv').split('\r\n').slice(0, 2)).toEqual([
      'claim,link,claim text,ITV News,Unknown outlet,AP,Daily,possibly reported by,differences,explanations,independent sources,edited',
      `1,${storyUrl}/claims/c1,Half leave,"Around ""half"" leave,\nofficials said.","'=HYPERLINK(""x"")",,,,attribution,ITV News credits “officials”; Unknown outlet names no source. =ITV News credits “officials”.,2,yes`,
    ]);
  });

  it('writes Markdown in which outlet text stays text and cannot break the table', () => {
    const markdown = renderGrid(grid, 'md');
    expect(markdown.split('\n')[0]).toBe('# Staff \\| leave');
    expect(markdown).toContain('- [ITV News](https://example.com/a%20%281%29): date unknown');
    expect(markdown).toContain('- AP: date unknown, AP agency copy; same text as Daily');
    expect(markdown).toContain('Only \\*wire\\* \\| \\[says\\]\\(javascript:x\\) \\<b\\>this\\</b\\>.');
    expect(markdown).toContain('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  });

  it('writes JSON that parses back to the grid', () => {
    expect(JSON.parse(renderGrid(grid, 'json'))).toEqual(grid);
  });
});
