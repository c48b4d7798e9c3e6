import { describe, expect, it } from 'vitest';
import { correctionParams, createStorySchema, storyParams, updateArticleSchema } from './schema';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('createStorySchema', () => {
  it('refuses two articles with identical text, naming both on the later one', () => {
    const result = createStorySchema.safeParse({
      title: 'Same agency copy',
      articles: [
        { outlet: 'ITV News', text: 'Staff are leaving the embassy.' },
        { outlet: 'The Sun', text: 'Something else.' },
        { outlet: 'LBC', text: 'Staff are leaving the embassy.' },
      ],
    });
    expect(issues(result)).toEqual([{ path: 'articles.2.text', message: 'is identical to article 1 (ITV News): articles 1 and 3 have the same text, so remove one of them' }]);
  });

  it('refuses an article whose text is only a web address, saying why', () => {
    const result = createStorySchema.safeParse({
      title: 'Links',
      articles: [
        { outlet: 'A', text: '  https://example.org/news/embassy-staff-leave  ' },
        { outlet: 'B', text: 'www.example.org/news' },
        { outlet: 'C', text: 'Staff left, the embassy said: https://example.org/statement' },
      ],
    });
    expect(issues(result).map((issue) => issue.path)).toEqual(['articles.0.text', 'articles.1.text']);
    expect(issues(result)[0]!.message).toMatch(/^is only a web address: give it as the article’s "url" without "text" and Parallax fetches the page/);
  });

  it('takes an article given only as a web address (the server fetches it), and says what each article lacks', () => {
    expect(createStorySchema.safeParse({ title: 'Links', articles: [{ url: 'https://example.org/a' }, { url: 'https://example.org/b', outlet: 'B' }] }).success).toBe(true);
    const result = createStorySchema.safeParse({
      title: 'Links',
      articles: [{ outlet: 'A' }, { text: 'Staff left.' }, { outlet: 'C', text: 'One.', html: '<p>Two.</p>' }, { url: 'ftp://example.org/a' }],
    });
    expect(issues(result)).toEqual([
      { path: 'articles.0.text', message: 'give the article as "text", as "html", or as a "url" alone for Parallax to fetch the page' },
      { path: 'articles.1.outlet', message: 'must be given (null when it is not known); only an article fetched from its "url" may leave it out' },
      { path: 'articles.2.text', message: 'give the article as "text" or as "html", not both' },
      { path: 'articles.3.url', message: 'must be a web address (https://…)' },
    ]);
  });

  it('refuses a NUL byte or another control character in any field', () => {
    const article = (fields: Record<string, string>) => ({ outlet: 'A', text: 'One.', ...fields });
    const result = createStorySchema.safeParse({
      title: 'Ti\u0000tle',
      articles: [article({ outlet: 'O\u0000' }), article({ text: 'T\u0007wo.', url: 'https://example.org/\u0000', title: '\u0000' }), article({ html: undefined as never, text: 'x\u0000' })],
    });
    expect(issues(result).map((issue) => issue.path)).toEqual(['title', 'articles.0.outlet', 'articles.1.text', 'articles.1.url', 'articles.1.title', 'articles.2.text']);
  });
});

describe('updateArticleSchema', () => {
  it('takes a new text, but not an empty one or a bare web address', () => {
    expect(updateArticleSchema.safeParse({ text: 'Staff left the embassy.' }).success).toBe(true);
    expect(issues(updateArticleSchema.safeParse({ text: '   ' }))).toEqual([{ path: 'text', message: 'must not be empty' }]);
    expect(issues(updateArticleSchema.safeParse({ text: 'https://example.org/a' }))[0]?.message).toMatch(/^is only a web address/);
    expect(issues(updateArticleSchema.safeParse({}))[0]?.message).toBe('name at least one of outlet, publishedAt, url, title, text');
  });
});

describe('route parameters', () => {
  it('accepts ids the app makes and refuses any other shape', () => {
    expect(storyParams.safeParse({ slug: 'embassy-staff-leave-ukraine' }).success).toBe(true);
    expect(storyParams.safeParse({ slug: 'british-staff-leave-kyiv-a1b2c3' }).success).toBe(true);
    for (const slug of ['', '\u0000', 'a b', 'a/b', 'x'.repeat(201), '%zz']) expect(storyParams.safeParse({ slug }).success).toBe(false);
    expect(correctionParams.parse({ slug: 's', correctionId: '42' })).toEqual({ slug: 's', correctionId: 42 });
    expect(correctionParams.parse({ slug: 's', correctionId: '2147483647' }).correctionId).toBe(2_147_483_647);
    for (const correctionId of ['0', '-1', '1.5', '1e3', '2147483648', '12345678901234567890123', ' 1', '\u0000']) {
      expect(correctionParams.safeParse({ slug: 's', correctionId }).success).toBe(false);
    }
  });
});
