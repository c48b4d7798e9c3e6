import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeStory, HtmlLimitError, type StoryAnalysis } from './index';

/** Every offset in an analysis points inside its article and between whole code points. */
function expectValidOffsets(analysis: StoryAnalysis) {
  const texts = new Map(analysis.articles.map((article) => [article.id, article.text]));
  const onBoundary = (text: string, offset: number) => {
    if (offset < 0 || offset > text.length) return false;
    // Splitting a surrogate pair is the only way to cut a code point in two.
    const before = text.charCodeAt(offset - 1);
    const after = text.charCodeAt(offset);
    return !(before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff);
  };
  for (const article of analysis.articles) {
    for (const span of article.excluded) {
      expect(onBoundary(article.text, span.start) && onBoundary(article.text, span.end) && span.start < span.end).toBe(true);
    }
  }
  const expectSpans = (articleId: string, spans: readonly [number, number][]) => {
    const text = texts.get(articleId) ?? '';
    for (const [start, end] of spans) expect(onBoundary(text, start) && onBoundary(text, end) && start < end).toBe(true);
  };
  for (const variant of [...analysis.variants, ...analysis.claims.flatMap((claim) => claim.variants)]) {
    for (const [articleId, forms] of Object.entries(variant.forms)) for (const form of forms) expectSpans(articleId, form.spans);
  }
  for (const claim of analysis.claims) {
    for (const discrepancy of claim.discrepancies) {
      for (const [articleId, spans] of Object.entries(discrepancy.spans)) expectSpans(articleId, spans);
    }
    expect(claim.mentions.length).toBeGreaterThan(0);
    for (const mention of claim.mentions) {
      const text = texts.get(mention.articleId) ?? '';
      expect(onBoundary(text, mention.start) && onBoundary(text, mention.end) && mention.start < mention.end).toBe(true);
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    }
  }
}

// Pieces real pages and hostile input are made of.
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(
    'Russia has massed 100,000 troops near the border.',
    'Officials said that around half of the staff will return, reports the BBC.',
    '“We are worried,” he told Nick Ferrari. ',
    'Mr. Blinken met U.S. officials on Jan. 5. ',
    'Read more: Tories conspire\n',
    'Listen to this article\n',
    '\n\n',
    '🇺🇦 Київ 👍🏽 ',
    'مرحبا بالعالم. שלום עולם. ',
    '\u202e\u2066\u2067\u2068\u2069\u200f\u200e',
    '\u200b\u200c\u200d\ufeff',
    '\u0000',
    '...!!!???',
    '\ud83d',
    '"""“”’',
    'The constructor said 3 constructor toString valueOf __proto__ hasOwnProperty. ',
    'The sweeping bill passed the House, and the Senate will vote on it five days after the recess ended. ',
    '"We are ready," said Jane Doe, a spokeswoman for the ministry. ',
  ),
);
const articleText = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));

describe('analyzeStory invariants', () => {
  it('never throws, keeps every offset valid and on a code-point boundary, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 4 }), (texts) => {
        const story = { id: 's', articles: texts.map((text, index) => ({ id: `a${index}`, outlet: null, text })) };
        const first = analyzeStory(story);
        expectValidOffsets(first);
        expect(analyzeStory(story)).toEqual(first);
      }),
      { numRuns: 150, seed: 20260122 },
    );
  });

  it('handles HTML input the same way', () => {
    fc.assert(
      fc.property(fc.array(articleText, { minLength: 1, maxLength: 3 }), (texts) => {
        const story = { id: 's', articles: texts.map((text, index) => ({ id: `a${index}`, outlet: null, html: `<p>${text}</p><script>x()</script>` })) };
        const analysis = analyzeStory(story);
        expectValidOffsets(analysis);
        for (const article of analysis.articles) expect(article.text).not.toContain('x()');
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it.each([
    ['empty', ''],
    ['only punctuation', '.,;:!?—–-"\'“”‘’()[]{}'.repeat(50)],
    ['only whitespace', ' \n\t\r\n '.repeat(100)],
    ['NUL bytes', 'Troops\u0000 massed.\u0000\u0000 The talks failed.'],
    ['one 1 MB line', 'word '.repeat(200_000)],
    ['one 1 MB line of sentences', 'Russia has massed troops near the border. '.repeat(24_000)],
  ])('copes with %s', (_, text) => {
    const analysis = analyzeStory({ id: 's', articles: [{ id: 'a', outlet: null, text }, { id: 'b', outlet: null, text }] });
    expectValidOffsets(analysis);
  });

  it('analyses HTML nested to the depth limit, and names the article whose HTML is past it', { timeout: 120_000 }, () => {
    const nested = (levels: number) => `${'<div>The embassy in Kyiv will stay open, officials said. '.repeat(levels)}${'</div>'.repeat(levels)}`;
    const text = { id: 'plain', outlet: 'ITV News', text: 'The embassy in Kyiv will stay open, officials said.' };
    const analysis = analyzeStory({ id: 's', articles: [text, { id: 'deep', outlet: 'The Sun', html: nested(1_000) }] });
    expectValidOffsets(analysis);
    expect(analysis.articles[1]?.text.split('\n\n')).toHaveLength(1_000);
    const past = () => analyzeStory({ id: 's', articles: [text, { id: 'deep', outlet: 'The Sun', html: nested(50_000) }] });
    expect(past).toThrow(HtmlLimitError);
    expect(past).toThrow("Article deep (The Sun) nests HTML elements 50,000 deep; at most 1,000 levels can be read — paste the article's text instead.");
  });

  it("treats the names of JavaScript's built-in properties as plain words and ids", () => {
    const words = 'constructor toString valueOf __proto__ hasOwnProperty';
    const story = {
      id: 's',
      articles: ['constructor', '__proto__', 'toString'].map((id, index) => ({
        id,
        outlet: id,
        text: `Officials said ${index + 2} constructor staff in Kiev${index ? 'v' : ''} would leave ${words}. The Kyiv plan is ${index ? 'thought to be ' : ''}a precaution.`,
      })),
    };
    const analysis = analyzeStory(story);
    expectValidOffsets(analysis);
    const shared = analysis.claims.filter((claim) => claim.mentions.length === 3);
    expect(shared.length).toBeGreaterThan(0);
    const keys = shared.flatMap((claim) => claim.discrepancies.flatMap((discrepancy) => Object.keys(discrepancy.values)));
    expect(keys).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString']));
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });
});
