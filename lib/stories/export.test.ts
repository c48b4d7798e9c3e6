import { describe, expect, it } from 'vitest';
import { buildGrid, renderGrid } from './export';

const story = {
  title: 'Staff | leave',
  articles: [
    { id: 'a', outlet: 'ITV News' },
    { id: 'b', outlet: null },
  ],
  claims: [
    { id: 'c1', summary: 'Half leave', mentions: [{ articleId: 'a', text: 'Around "half" leave,\nofficials said.' }, { articleId: 'b', text: '=HYPERLINK("x")' }], discrepancies: [{ type: 'attribution' }, { type: 'attribution' }] },
    { id: 'c2', summary: 'Only A', mentions: [{ articleId: 'a', text: 'Only A | says this.' }], discrepancies: [] },
  ],
};

describe('buildGrid and renderGrid', () => {
  const grid = buildGrid(story);

  it('puts each outlet in a column and leaves "not reported" cells empty', () => {
    expect(grid.columns).toEqual(['ITV News', 'Article 2']);
    expect(grid.rows.map((row) => row.cells)).toEqual([
      ['Around "half" leave,\nofficials said.', '=HYPERLINK("x")'],
      ['Only A | says this.', null],
    ]);
    expect(grid.rows[0]?.differences).toEqual(['attribution']);
  });

  it('writes CSV with quoting and defused formulas', () => {
    expect(renderGrid(grid, 'csv')).toBe(
      'claim,ITV News,Article 2,differences\r\n' +
        'c1,"Around ""half"" leave,\nofficials said.","\'=HYPERLINK(""x"")",attribution\r\n' +
        'c2,Only A | says this.,,\r\n',
    );
  });

  it('writes a Markdown table whose cells cannot break the table', () => {
    const markdown = renderGrid(grid, 'md');
    expect(markdown.split('\n').slice(0, 4)).toEqual([
      '# Staff \\| leave',
      '',
      '| claim | ITV News | Article 2 | differences |',
      '| --- | --- | --- | --- |',
    ]);
    expect(markdown).toContain('| c2 | Only A \\| says this. |  |  |');
  });

  it('writes JSON that parses back to the grid', () => {
    expect(JSON.parse(renderGrid(grid, 'json'))).toEqual(grid);
  });
});
