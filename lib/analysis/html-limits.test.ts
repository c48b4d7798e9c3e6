import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlLimitProblem, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml } from './html-limits';

/** The depth and element count of the DOM linkedom builds, walked without recursion. */
function domShape(html: string): { elements: number; depth: number } {
  const { document } = parseHTML(html);
  let elements = 0;
  let depth = 0;
  const stack: [Element, number][] = [...document.children].map((child) => [child as unknown as Element, 1]);
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [element, level] = entry;
    elements++;
    depth = Math.max(depth, level);
    for (const child of element.children) stack.push([child, level + 1]);
  }
  return { elements, depth };
}

describe('measureHtml', () => {
  it.each([
    ['<p>a</p><p>b</p>', 2, 1],
    // An open <p> is closed by the next one, as the DOM parser does it.
    ['<p>a<p>b<p>c', 3, 1],
    // An unclosed inline element nests whatever follows it.
    ['<b>a<b>b<b>c', 3, 3],
    ['<div><br><img src="x.jpg"><hr></div>', 4, 2],
    ['<ul><li>a<li>b</ul>', 3, 2],
    // Markup inside a script is text.
    ['<script>document.write("<div><div>")</script>', 1, 1],
    ['<div><div></div></div></div></div>', 2, 2],
    // Entities, decoded or not, are text: never markup.
    ['<p title="a&quot;>b">&lt;div&gt;</p><p>&amp;lt;p&gt;</p>', 2, 1],
    ['', 0, 0],
  ])('%s: %i elements, %i deep', (html, elements, depth) => {
    const shape = measureHtml(html);
    expect({ elements: shape.elements, depth: shape.depth }).toEqual({ elements, depth });
    expect(domShape(html)).toEqual({ elements, depth });
  });

  it('agrees with the DOM linkedom builds on any tag soup: unclosed, stray and void tags, scripts, entities', () => {
    const token = fc.constantFrom(
      '<p>', '</p>', '<div>', '</div>', '<li>', '</li>', '<ul>', '</ul>', '<b>', '</b>', '<table>', '<tr>', '<td>', '</table>',
      '<br>', '<img src="a.jpg">', '<hr/>', '<span/>', '<script>', '</script>', '<svg><path d="M0"/></svg>', '<!-- <div> -->',
      'text', ' &amp; ', '&lt;p&gt;', '<', '>', '<p title="&quot;>">', '<option>', '<select>', '</select>', '<h1>', '</h2>',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        const html = tokens.join('');
        const { elements, depth } = measureHtml(html);
        expect({ elements, depth }).toEqual(domShape(html));
      }),
      { numRuns: 500, seed: 15 },
    );
  });

  it('adds up every element’s depth squared as the nesting load', () => {
    expect(measureHtml('<div><div><div></div></div></div><p></p>').nestingLoad).toBe(1 + 4 + 9 + 1);
  });

  it('measures a 50,000-deep page without overflowing the stack', () => {
    expect(measureHtml('<div>'.repeat(50_000)).depth).toBe(50_000);
  });
});

describe('htmlLimitProblem', () => {
  it('accepts a page inside the limits', () => {
    expect(htmlLimitProblem(`<article>${'<div>'.repeat(MAX_HTML_DEPTH - 2)}<p>Text.</p></article>`)).toBeNull();
    expect(htmlLimitProblem('<p>Text.</p>'.repeat(MAX_HTML_ELEMENTS))).toBeNull();
  });

  it('says how deep the page nests and how deep the engine reads', () => {
    expect(htmlLimitProblem('<div>'.repeat(50_000))).toBe(
      "nests HTML elements 50,000 deep; at most 1,000 levels can be read — paste the article's text instead",
    );
  });

  it('says how many elements the page has and how many the engine reads', () => {
    expect(htmlLimitProblem('<p>Text.</p>'.repeat(MAX_HTML_ELEMENTS + 1))).toBe(
      "has 120,001 HTML elements; at most 120,000 can be read — paste the article's text instead",
    );
  });
});
