import { expect, test } from '@playwright/test';
import { SEED_SLUG as seedSlug, settled } from '../helpers';

const article = (outlet: string, text: string) => ({ outlet, text });

test.describe('the stories API', () => {
  test('creates a story, answers at once with its location and job, then serves its analysed claims', async ({ request }) => {
    const response = await request.post('/api/stories', {
      data: {
        title: 'Embassy staff leave Kyiv',
        articles: [
          article('Outlet A', 'Officials said that around half of the staff working in Kyiv will return to the UK. The embassy remains open.'),
          { outlet: 'Outlet B', html: '<article><p>Around half of staff are expected to leave with their families, reports the BBC.</p><script>alert(1)</script></article>', url: 'https://example.com/b', publishedAt: '2022-01-24' },
        ],
      },
    });
    expect(response.status()).toBe(202);
    const created = await response.json();
    expect(created).toEqual({ slug: expect.stringMatching(/^embassy-staff-leave-kyiv-[0-9a-f]{6}$/), url: `/stories/${created.slug}`, job: { id: expect.any(Number), status: 'queued', stage: 'queued' }, editToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/) });
    expect(response.headers()['location']).toBe(`/api/stories/${created.slug}`);

    const story = await settled(request, created.slug);
    expect(story.claims.length).toBeGreaterThan(0);
    const texts = new Map(story.articles.map((item) => [item.id, item.text ?? '']));
    for (const item of story.articles) expect(item.text).not.toContain('alert');
    for (const claim of story.claims) for (const mention of claim.mentions) expect(texts.get(mention.articleId)?.slice(mention.start, mention.end)).toBe(mention.text);
  });

  test('a retry with the same Idempotency-Key gets the first answer, not a second story', async ({ request }) => {
    const word = `retry${Date.now().toString(36)}`;
    const body = { title: `Embassy staff leave ${word}`, articles: [article('A', 'The embassy will stay open.'), article('B', 'The embassy stays open.')] };
    const key = `${word}-${Math.random().toString(36).slice(2)}`;
    const first = await request.post('/api/stories', { data: body, headers: { 'Idempotency-Key': key } });
    expect(first.status()).toBe(202);
    expect(first.headers()['idempotent-replayed']).toBeUndefined();
    const again = await request.post('/api/stories', { data: body, headers: { 'Idempotency-Key': key } });
    expect(again.status()).toBe(202);
    expect(again.headers()['idempotent-replayed']).toBe('true');
    expect(again.headers()['location']).toBe(first.headers()['location']);
    expect(await again.json()).toEqual(await first.json());
    const found = await (await request.get(`/api/stories?q=${word}`)).json();
    expect(found.stories.map((story: { slug: string }) => story.slug)).toEqual([(await first.json()).slug]);

    const other = await request.post('/api/stories', { data: { ...body, title: `Another story ${word}` }, headers: { 'Idempotency-Key': key } });
    expect(other.status()).toBe(422);
    expect((await other.json()).error.code).toBe('invalid:idempotency-key');
    const malformed = await request.post('/api/stories', { data: body, headers: { 'Idempotency-Key': 'x'.repeat(256) } });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toMatchObject({ code: 'bad_request:idempotency-key', issues: [{ path: 'Idempotency-Key' }] });
    expect((await (await request.get(`/api/stories?q=${word}`)).json()).stories).toHaveLength(1);
  });

  test('serves a claim with every outlet and the outlets that did not report it; unknown ids answer 404', async ({ request }) => {
    const story = await settled(request, seedSlug);
    const shared = story.claims.find((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size === 2);
    expect(shared).toBeDefined();
    const response = await request.get(`/api/stories/${seedSlug}/claims/${shared?.id}`);
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body.claim.id).toBe(shared?.id);
    expect(body.claim.mentions[0]).toEqual(expect.objectContaining({ outlet: expect.any(String), text: expect.any(String) }));
    // The third outlet either has no sentence of it, or one that comes close ("possibly reported").
    expect(body.notReportedBy.length + body.possiblyReportedBy.length).toBe(1);
    for (const possible of body.possiblyReportedBy) expect(possible).toEqual(expect.objectContaining({ claimId: expect.any(String), text: expect.any(String) }));

    const missing = await request.get(`/api/stories/${seedSlug}/claims/c-not-a-claim`);
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found:claim');
    const noStory = await request.get('/api/stories/no-such-story');
    expect(noStory.status()).toBe(404);
    expect((await noStory.json()).error.code).toBe('not_found:story');
  });

  test('lists and searches stories, page by page', async ({ request }) => {
    const found = await (await request.get('/api/stories?q=embassy')).json();
    expect(found.stories.map((story: { slug: string }) => story.slug)).toContain(seedSlug);
    const none = await (await request.get('/api/stories?q=zzzz-no-such-words')).json();
    expect(none.stories).toEqual([]);
    const bad = await request.get('/api/stories?page=0');
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.issues[0].path).toBe('page');
  });

  test.describe('refuses bad input with a clear answer and saves nothing', () => {
    const cases: [string, unknown, number, string][] = [
      ['one article only', { title: 'T', articles: [article('A', 'Some text here.')] }, 422, 'articles'],
      ['a missing title', { articles: [article('A', 'One.'), article('B', 'Two.')] }, 422, 'title'],
      ['an empty article', { title: 'T', articles: [article('A', '   '), article('B', 'Two.')] }, 422, 'articles.0.text'],
      ['text and html at once', { title: 'T', articles: [{ outlet: 'A', text: 'x', html: '<p>x</p>' }, article('B', 'Two.')] }, 422, 'articles.0.text'],
      ['a wrong type', { title: 42, articles: [article('A', 'One.'), article('B', 'Two.')] }, 422, 'title'],
      ['a bad date', { title: 'T', articles: [{ ...article('A', 'One.'), publishedAt: '24/01/2022' }, article('B', 'Two.')] }, 422, 'articles.0.publishedAt'],
      ['a link that is not a web address', { title: 'T', articles: [{ ...article('A', 'One.'), url: 'javascript:alert(1)' }, article('B', 'Two.')] }, 422, 'articles.0.url'],
      ['an unknown field', { title: 'T', articles: [article('A', 'One.'), article('B', 'Two.')], admin: true }, 422, '(body)'],
      ['HTML nested past the depth limit', { title: 'T', articles: [article('A', 'One.'), { outlet: 'B', html: '<div>'.repeat(1_500) }] }, 422, 'articles.1.html'],
      ['HTML past the element limit', { title: 'T', articles: [article('A', 'One.'), { outlet: 'B', html: '<p>x</p>'.repeat(120_001) }] }, 422, 'articles.1.html'],
      // Under 10 MB and 300 KB an article, but past the 10 million characters a story can hold in all.
      ['more than 10 million characters in all', { title: 'T', articles: Array.from({ length: 35 }, (_, index) => article(`O${index}`, `${index} ${'word '.repeat(57_999)}`)) }, 422, 'articles'],
    ];
    for (const [name, data, status, path] of cases) {
      test(name, async ({ request }) => {
        const before = (await (await request.get('/api/stories')).json()).stories.length;
        const response = await request.post('/api/stories', { data: data as object });
        expect(response.status()).toBe(status);
        const body = await response.json();
        expect(body.error.code).toBe('invalid:story');
        expect(body.error.issues.map((issue: { path: string }) => issue.path)).toContain(path);
        expect((await (await request.get('/api/stories')).json()).stories.length).toBe(before);
      });
    }

    test('HTML the engine cannot read is refused up front, naming the article and the limit', async ({ request }) => {
      const response = await request.post('/api/stories', { data: { title: 'T', articles: [article('A', 'One.'), { outlet: 'B', html: '<div>'.repeat(50_000) }] } });
      expect(response.status()).toBe(422);
      const { error } = await response.json();
      expect(error.issues).toEqual([
        { path: 'articles.1.html', message: "nests HTML elements 50,000 deep; at most 1,000 levels can be read — paste the article's text instead" },
      ]);
    });

    test('a body that is not JSON', async ({ request }) => {
      const response = await request.post('/api/stories', { data: Buffer.from('{not json'), headers: { 'content-type': 'application/json' } });
      expect(response.status()).toBe(400);
      expect((await response.json()).error.code).toBe('bad_request:api');
    });

    test('a request over 10 MB', async ({ request }) => {
      const response = await request.post('/api/stories', { data: { title: 'T', articles: [article('A', 'x'.repeat(11 * 1024 * 1024)), article('B', 'y')] } });
      expect(response.status()).toBe(413);
    });

    test('an article over 300 KB of text', async ({ request }) => {
      const response = await request.post('/api/stories', { data: { title: 'T', articles: [article('A', 'word '.repeat(70_000)), article('B', 'y')] } });
      expect(response.status()).toBe(422);
    });

    test('a write from another site', async ({ request }) => {
      const response = await request.post('/api/stories', {
        data: { title: 'T', articles: [article('A', 'One.'), article('B', 'Two.')] },
        headers: { origin: 'https://evil.example' },
      });
      expect(response.status()).toBe(403);
      expect((await response.json()).error.code).toBe('forbidden:origin');
    });
  });

  test('every response carries the security headers', async ({ request }) => {
    for (const path of ['/api/stories', '/api/health', '/']) {
      const headers = (await request.get(path)).headers();
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});
