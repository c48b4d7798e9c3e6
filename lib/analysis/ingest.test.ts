import { describe, expect, it } from 'vitest';
import { extractHtml, isoDate } from './ingest';

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
