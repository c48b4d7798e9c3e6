import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { HtmlLimitError } from './html-limits';
import { isoDate } from './dates';
import { blocksToText, extractHtml, READABILITY_BUDGET } from './ingest';
import type { ExcludedSpan } from './types';

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the article reports that officials in Kyiv said the embassy would stay open, while some staff would leave the country on Monday.</p>`;

describe('extractHtml', () => {
  it('extracts the article as paragraphs and drops scripts, styles and page chrome', () => {
    const html = `<!doctype html><html><head><title>Staff leave Kyiv</title>
      <meta property="article:published_time" content="2022-01-24T10:00:00Z"><style>p { color: red }</style>
      <script>alert("x")</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Staff leave Kyiv</h1>${[1, 2, 3, 4, 5].map(paragraph).join('')}
      <figure><img src="a.jpg"><figcaption>Soldiers at a drill. Credit: AP</figcaption></figure>
      <script>document.write("injected")</script></article><footer>© Example News</footer></body></html>`;
    const extracted = extractHtml(html);
    expect(extracted.text).toContain('Paragraph 1 of the article');
    expect(extracted.text).toContain('Paragraph 5 of the article');
    expect(extracted.text.split('\n\n').filter((block) => block.startsWith('Paragraph')).length).toBe(5);
    expect(extracted.text).not.toMatch(/alert|injected|color: red|<p>/);
    expect(extracted.publishedAt).toBe('2022-01-24');
    expect(extracted.title).toBe('Staff leave Kyiv');
  });

  it('marks figure captions found in the markup', () => {
    const html = `<article>${[1, 2, 3, 4].map(paragraph).join('')}<figure><figcaption>Soldiers at a drill</figcaption></figure>${paragraph(5)}</article>`;
    const extracted = extractHtml(html);
    const caption = extracted.excluded.find((span) => span.reason === 'caption');
    expect(caption && extracted.text.slice(caption.start, caption.end)).toBe('Soldiers at a drill');
  });

  it('falls back to the body text for a fragment too short for Readability', () => {
    expect(extractHtml('<p>Two lines.</p><p>Only <b>two</b>.</p>').text).toBe('Two lines.\n\nOnly two.');
  });

  it('never throws on broken markup', () => {
    for (const html of ['', '<', '<p', '<<<>>>', '<script>', '</div></div>', '\u0000<p>\u0000</p>']) {
      expect(() => extractHtml(html)).not.toThrow();
    }
  });
});

/**
 * blocksToText as first written: a recursive walk that trims the whole text at every block. Too slow
 * and too deep for big pages, but plainly right, so the real one must write exactly what it writes.
 */
function referenceBlocksToText(root: Node): { text: string; excluded: ExcludedSpan[] } {
  const skipped = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|IFRAME|SVG|CANVAS|OBJECT|EMBED|HEAD|BUTTON|FORM|INPUT|SELECT|TEXTAREA)$/;
  const blocks = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|DD|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;
  const reasons: Record<string, ExcludedSpan['reason']> = { FIGCAPTION: 'caption', NAV: 'navigation', ASIDE: 'navigation' };
  let text = '';
  const excluded: ExcludedSpan[] = [];
  const breakBlock = () => {
    text = text.replace(/[ \t]+$/, '');
    if (text.length > 0 && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  };
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/\s+/g, ' ');
      text += text.length === 0 || /\s$/.test(text) ? value.trimStart() : value;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (skipped.test(name)) return;
    if (name === 'BR') {
      text = text.replace(/[ \t]+$/, '') + '\n';
      return;
    }
    const block = blocks.test(name);
    if (block) breakBlock();
    const start = text.length;
    node.childNodes.forEach(visit);
    if (block) {
      const reason = reasons[name];
      const end = text.replace(/\s+$/, '').length;
      if (reason && end > start) excluded.push({ start, end, reason });
      breakBlock();
    }
  };
  visit(root);
  return { text: text.trimEnd(), excluded: excluded.filter((span) => span.end <= text.trimEnd().length) };
}

const bodyOf = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node;

describe('blocksToText', () => {
  const tag = fc.constantFrom('p', 'div', 'span', 'b', 'li', 'ul', 'td', 'pre', 'h2', 'figcaption', 'nav', 'aside', 'script', 'a');
  const text = fc.constantFrom('', ' ', '  ', 'Kyiv', ' staff left ', '\n', '\t', '\u00a0', 'The embassy said on Monday.', ' x\n\ny ', '&amp;', '<!-- note -->', '<br>', '<br> ');
  const markup = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.tuple(tag, fc.array(tie('node'), { maxLength: 5 })).map(([name, children]) => `<${name}>${children.join('')}</${name}>`),
    ),
  })).node;

  it('writes exactly what a straightforward recursive walk writes', () => {
    fc.assert(
      fc.property(fc.array(markup, { maxLength: 12 }), (parts) => {
        const html = parts.join('');
        expect(blocksToText(bodyOf(html))).toEqual(referenceBlocksToText(bodyOf(html)));
      }),
      { numRuns: 1000, seed: 1502 },
    );
  });

  it('walks 50,000 nested elements without recursion', { timeout: 120_000 }, () => {
    const levels = 50_000;
    const { text } = blocksToText(bodyOf(`${'<div>Level.'.repeat(levels)}${'</div>'.repeat(levels)}`));
    expect(text).toBe(Array.from({ length: levels }, () => 'Level.').join('\n\n'));
  });
});

describe('extractHtml on large and deep pages', () => {
  it('reads an article of 86,000 short paragraphs (2 MB), every paragraph in order', { timeout: 120_000 }, () => {
    const paragraphs = Array.from({ length: 86_000 }, (_, index) => `Paragraph ${index + 1}.`);
    const html = `<!doctype html><html><head><title>Long</title></head><body><article>${paragraphs.map((line) => `<p>${line}</p>`).join('')}</article></body></html>`;
    expect(html.length).toBeLessThan(2_000_000);
    expect(extractHtml(html).text.split('\n\n')).toEqual(paragraphs);
  });

  it('reads a page nested to the depth limit, each level a paragraph', { timeout: 120_000 }, () => {
    const levels = 998; // inside <html> and <body>: 1,000 deep
    const html = `<html><body>${Array.from({ length: levels }, (_, index) => `<div>Level ${index + 1}.`).join('')}${'</div>'.repeat(levels)}</body></html>`;
    expect(extractHtml(html).text).toBe(Array.from({ length: levels }, (_, index) => `Level ${index + 1}.`).join('\n\n'));
  });

  it('gives a page past Readability’s budget its body text, and one inside it Readability’s article', { timeout: 120_000 }, () => {
    const page = (paragraphs: number) =>
      `<html><body><nav><a href="/">Home</a></nav><article>${'<p>Officials said the embassy in Kyiv would stay open while some staff left.</p>'.repeat(paragraphs)}</article></body></html>`;
    const small = extractHtml(page(100));
    expect(small.text).not.toContain('Home');
    const big = page(READABILITY_BUDGET + 1);
    const read = extractHtml(big);
    expect(read.text.startsWith('Home\n\nOfficials said')).toBe(true);
    expect(read.text.split('\n\n')).toHaveLength(READABILITY_BUDGET + 2);
  });

  it('refuses a page past the HTML limits with an HtmlLimitError, never a stack overflow', { timeout: 60_000 }, () => {
    expect(() => extractHtml('<div>'.repeat(50_000))).toThrow(HtmlLimitError);
    expect(() => extractHtml('<div>'.repeat(50_000))).toThrow(/nests HTML elements 50,000 deep/);
    expect(() => extractHtml('<br>'.repeat(130_000))).toThrow(/has 130,000 HTML elements/);
  });
});

describe('isoDate', () => {
  it.each([
    ['2022-01-24', '2022-01-24'],
    ['2022-01-24T10:00:00Z', '2022-01-24'],
    ['2022-02-30', null],
    ['24/01/2022', null],
    [undefined, null],
  ])('%s → %s', (input, expected) => {
    expect(isoDate(input)).toBe(expected);
  });
});
