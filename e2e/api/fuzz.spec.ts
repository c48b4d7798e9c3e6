import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type TestInfo } from '@playwright/test';
import fc from 'fast-check';
import { SEED_SLUG } from '../helpers';
import { rawRequest, type RawRequest, type RawResponse } from '../raw-http';

/**
 * What a user can send never gets a 5xx and never changes the database unless it is a valid change.
 * Requests go byte for byte (../raw-http.ts) to the real server (scripts/server.mjs over Next's routing),
 * on PGlite and, with DATABASE_URL, on PostgreSQL. Every write the fuzz sends carries a defect, so the
 * database must look the same after as before, through every read the API has.
 */

const ROUTES = [
  '/api/stories',
  '/api/stories/{slug}',
  '/api/stories/{slug}/articles',
  '/api/stories/{slug}/articles/{article}',
  '/api/stories/{slug}/claims/{claim}',
  '/api/stories/{slug}/corrections',
  '/api/stories/{slug}/corrections/{correction}',
  '/api/stories/{slug}/export',
  '/api/stories/{slug}/status',
  // No class exists here: every request reaches the code's validation or its 404.
  '/api/classes/{code}',
  '/api/classes/{code}/students',
  '/api/classes/{code}/answers/{question}',
  '/api/classes/{code}/submission',
  '/api/classes/{code}/me',
  '/api/classes/{code}/results',
  '/api/health',
  // No feed exists with the ids used here.
  '/api/feeds',
  '/api/feeds/{feed}',
  '/api/suggestions',
  '/',
  '/stories/{slug}',
  '/stories/{slug}/claims/{claim}',
  '/stories/{slug}/articles/{article}',
  '/stories/{slug}/edit',
  '/stories/{slug}/lesson',
  '/stories/{slug}/print',
  '/stories/new',
  '/about',
  '/guide',
  '/feeds',
  '/suggested',
  '/{slug}',
];
/** The writes the API has: most fuzzed requests aim at one of them or at a read, so that bodies reach validation. */
const WRITE_ROUTES: [string, string][] = [
  ['POST', '/api/stories'],
  ['POST', '/api/stories/{slug}/articles'],
  ['PATCH', '/api/stories/{slug}/articles/{article}'],
  ['DELETE', '/api/stories/{slug}/articles/{article}'],
  ['PATCH', '/api/stories/{slug}'],
  ['DELETE', '/api/stories/{slug}'],
  ['POST', '/api/stories/{slug}/corrections'],
  ['DELETE', '/api/stories/{slug}/corrections/{correction}'],
  ['POST', '/api/feeds'],
  ['DELETE', '/api/feeds/{feed}'],
];
const QUERY_KEYS = ['q', 'page', 'format', 'claims', 'type', 'blind', 'show', 'outlet', 'sort'];
/** The seed story's first article exactly as stored (the source file), to add it a second time. */
const SEED_FIRST_TEXT = readFileSync(path.resolve(import.meta.dirname, '../../data/stories', SEED_SLUG, '000_9317ca57c90905ec.txt'), 'utf8');
const WRITES = new Set(['POST', 'PATCH', 'DELETE']);
const EDITOR = ['X-Editor-Token', 'fuzz-editor-token-0123456789'] as [string, string];

/** Characters that broke something somewhere: control characters, half a surrogate pair, URL syntax, markup. */
const hostileChar = fc.constantFrom('\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff', '\u202e', '\ufeff', '%', '/', '?', '#', '\\', '.', ' ', '"', "'", '<', '>', '&', 'é', '💥', 'a', '1');
const hostileString = fc.oneof(
  fc.string({ unit: hostileChar, maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ maxLength: 20 }),
  fc.constantFrom('', '\u0000', 'a\u0000b', '12345678901234567890123', '-1', '0', '1e400', 'NaN', 'null', '[]', '{}', 'x'.repeat(2_000)),
);

/** A path segment: the real ids now and then, or something hostile, percent-encoded or raw. */
function segment(real: fc.Arbitrary<string>) {
  return fc.oneof(
    { weight: 2, arbitrary: real },
    { weight: 4, arbitrary: hostileString.map((value) => encodeURIComponent(value.isWellFormed() ? value : value.toWellFormed())) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '%', '%E0%A4%A', '%FF', '%C0%AF', '%00', '%2F', '..', '.', '%2e%2e', '~') },
    { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,30}$/) },
  );
}

/** Percent-encodes as a browser would, or leaves a malformed escape in place. */
const queryValue = fc.oneof(
  hostileString.map((value) => encodeURIComponent(value.isWellFormed() ? value : value.toWellFormed())),
  fc.constantFrom('%zz', '%', '%00', '%FF', '1', '2', 'json', 'csv', 'md', 'number', 'true'),
);
const query = fc.option(fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue), { minLength: 1, maxLength: 3 }), { nil: undefined }).map((pairs) => (pairs ? `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}` : ''));

/** A field value that makes its body invalid, whatever field it lands in. */
const defect = fc.oneof(
  fc.constantFrom('\u0000', 'a\u0000b', 'text\u001b[31m', '\u007f', 'half \ud83d', 42, null, true, [], {}, ''),
  fc.string({ unit: hostileChar, minLength: 1, maxLength: 10 }).filter((value) => /[\u0000-\u0008\u000e-\u001f\u007f]|[\ud800-\udfff]/.test(value)),
);

/** Valid-looking bodies for each kind of write, with one field replaced by a defect. */
function bodies(articleIds: string[]) {
  const article = (index: number) => ({ outlet: `Outlet ${index}`, text: `Fuzz article ${index}: troops gathered near the border, officials said.` });
  const story = fc.record({ field: fc.constantFrom('title', 'outlet', 'text', 'url', 'publishedAt', 'articleTitle', 'html'), value: defect, at: fc.nat(1) }).map(({ field, value, at }) => {
    const articles: Record<string, unknown>[] = [article(1), article(2)];
    const target = articles[at]!;
    if (field === 'title') return { title: value, articles };
    if (field === 'html') {
      delete target.text;
      target.html = value;
    } else target[field === 'articleTitle' ? 'title' : field] = value;
    return { title: 'Fuzz story', articles };
  });
  const mention = fc.record({ articleId: fc.oneof(fc.constantFrom(...articleIds), hostileString), text: fc.oneof(defect, hostileString) });
  const correction = fc.oneof(
    fc.record({ kind: fc.constant('merge'), into: mention, from: mention }),
    fc.record({ kind: fc.constant('split'), mentions: fc.array(mention, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('dismiss'), claim: mention, type: fc.oneof(fc.constantFrom('number', 'framing'), defect) }),
    fc.record({ kind: fc.oneof(fc.constant('add'), defect), claim: mention, type: fc.constant('number'), articleIds: fc.array(fc.oneof(fc.constantFrom(...articleIds), hostileString), { maxLength: 3 }), explanation: defect }),
  );
  const articleChange = fc.record({ outlet: defect, publishedAt: fc.oneof(defect, fc.constant('2022-01-24')), url: fc.oneof(defect, fc.constant('https://example.org/')), title: defect }, { requiredKeys: ['outlet'] });
  return fc.oneof(
    { weight: 3, arbitrary: fc.oneof(story, correction, articleChange).map((value) => Buffer.from(JSON.stringify(value))) },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }).map((text) => Buffer.from(text)) },
    { weight: 1, arbitrary: fc.string({ unit: hostileChar, maxLength: 50 }).map((text) => Buffer.from(text)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '[]', 'null', '"\\u0000"', '{"title":"\\u0000"}', '['.repeat(50_000) + ']'.repeat(50_000)).map((text) => Buffer.from(text)) },
  );
}

/** Header values a client may send: printable ASCII, Latin-1 bytes, or the odd control byte (Node answers 400). */
const headerValue = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019 .,:;/-_=%"\'()<>@[]{}?*\t'.split(''), '\u00e9', '\u00ff', '\u0080'), maxLength: 40 }),
  fc.constantFrom('', 'null', 'https://evil.example', 'http://127.0.0.1', 'cross-site', 'same-origin', '1.2.3.4, 5.6.7.8', 'application/json', 'text/plain', '\u0000', 'a\u0001b'),
);
const HEADER_NAMES = ['Origin', 'Sec-Fetch-Site', 'X-Forwarded-For', 'X-Forwarded-Host', 'X-Parallax-Peer', 'X-Editor-Token', 'Content-Type', 'Accept', 'Cookie', 'Range', 'If-None-Match', 'RSC', 'Next-Router-State-Tree', 'Next-Action', 'Upgrade'];
const headers = fc.uniqueArray(fc.tuple(fc.constantFrom(...HEADER_NAMES), headerValue), { maxLength: 4, selector: ([name]) => name });

interface Ids {
  slug: string;
  articles: string[];
  claims: string[];
  corrections: number[];
}

function requests(ids: Ids): fc.Arbitrary<RawRequest> {
  const slug = segment(fc.constantFrom(ids.slug));
  const articleId = segment(fc.constantFrom(...ids.articles));
  const claimId = segment(fc.constantFrom(...ids.claims));
  const correctionId = segment(fc.constantFrom('1', '2', String(2 ** 31))).filter((id) => !ids.corrections.includes(Number(id)));
  const anyMethod = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE') }, { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'TRACE', 'PUT', 'TRACK', 'PROPFIND', 'CONNECT') });
  const endpoint = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...WRITE_ROUTES) },
    { weight: 2, arbitrary: fc.constantFrom(...ROUTES).map((route): [string, string] => ['GET', route]) },
    { weight: 2, arbitrary: fc.tuple(anyMethod, fc.constantFrom(...ROUTES)) },
  );
  const path = (route: string) =>
    fc
      .record({ slug, article: articleId, claim: claimId, correction: correctionId, feed: segment(fc.constantFrom('999999', '2147483648')), code: segment(fc.constantFrom('ABC234', 'abc234')), question: segment(fc.constantFrom('1', '2')) })
      .map((values) => route.replace(/\{(\w+)\}/g, (_, name: keyof typeof values) => values[name]));
  return fc
    .record({
      endpoint: endpoint.chain(([method, route]) => path(route).map((resolved) => ({ method, path: resolved }))),
      query,
      headers,
      body: fc.option(bodies(ids.articles), { nil: undefined, freq: 3 }),
      editor: fc.boolean(),
    })
    .map(({ endpoint, ...rest }) => ({ ...endpoint, ...rest }))
    // Deleting one of the seed story's articles is a valid change: that one write is never sent.
    .filter(({ method, path }) => !(method === 'DELETE' && ids.articles.some((id) => path.endsWith(`/articles/${id}`))))
    .map(({ method, path, query, headers, body, editor }) => ({ method, target: path + query, headers: editor ? [...headers.filter(([name]) => name !== EDITOR[0]), EDITOR] : headers, ...(body ? { body } : {}) }));
}

/** Every request the reliability probe found answering 500, with the answer each must get instead. */
function probeCases(ids: Ids): [string, RawRequest, number][] {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const story = (articles: object[], title = 'Probe') => json({ title, articles });
  const post = (target: string, body: Buffer, extra: [string, string][] = []): RawRequest => ({ method: 'POST', target, headers: [['Content-Type', 'application/json'], EDITOR, ...extra], body });
  const text = 'Staff are leaving the embassy in Kyiv, officials said.';
  const [article] = ids.articles;
  return [
    ['NUL in the story title', post('/api/stories', story([{ outlet: 'A', text }, { outlet: 'B', text: `${text} Too.` }], 'Ti\u0000tle')), 422],
    ['NUL in an outlet', post('/api/stories', story([{ outlet: 'A\u0000', text }, { outlet: 'B', text: `${text} Too.` }])), 422],
    ['NUL in an article text', post('/api/stories', story([{ outlet: 'A', text: `${text}\u0000` }, { outlet: 'B', text }])), 422],
    ['NUL in an article HTML', post('/api/stories', story([{ outlet: 'A', html: `<p>${text}\u0000</p>` }, { outlet: 'B', text }])), 422],
    ['NUL in an address', post('/api/stories', story([{ outlet: 'A', text, url: 'https://example.org/\u0000' }, { outlet: 'B', text: `${text} Too.` }])), 422],
    ['NUL in an article title', post('/api/stories', story([{ outlet: 'A', text, title: '\u0000' }, { outlet: 'B', text: `${text} Too.` }])), 422],
    ['NUL in a date', post('/api/stories', story([{ outlet: 'A', text, publishedAt: '2022-01-2\u0000' }, { outlet: 'B', text: `${text} Too.` }])), 422],
    ['an escape character in a text', post('/api/stories', story([{ outlet: 'A', text: `\u001b[31m${text}` }, { outlet: 'B', text }])), 422],
    ['half a surrogate pair in a title', post('/api/stories', story([{ outlet: 'A', text }, { outlet: 'B', text: `${text} Too.` }], 'Kyiv \ud83d')), 422],
    ['two articles with identical text', post('/api/stories', story([{ outlet: 'ITV News', text }, { outlet: 'The Sun', text }])), 422],
    // The seed story came with the app: no edit token changes it (a story of one's own refuses the copy with 422: edit-story.spec.ts).
    ['an added article identical to one in the story', post(`/api/stories/${ids.slug}/articles`, json({ outlet: 'Copy', text: SEED_FIRST_TEXT })), 403],
    ['a valid article change without an edit token', { method: 'PATCH', target: `/api/stories/${ids.slug}/articles/${article}`, headers: [['Content-Type', 'application/json']], body: json({ outlet: 'Renamed' }) }, 403],
    ['deleting the story without an edit token', { method: 'DELETE', target: `/api/stories/${ids.slug}` }, 403],
    ['deleting the story with a made-up edit token', { method: 'DELETE', target: `/api/stories/${ids.slug}`, headers: [['X-Edit-Token', 'made-up-token']] }, 403],
    ['a rename with a title of NUL', { method: 'PATCH', target: `/api/stories/${ids.slug}`, headers: [['Content-Type', 'application/json']], body: json({ title: '\u0000' }) }, 422],
    ['NUL in an added article', post(`/api/stories/${ids.slug}/articles`, json({ outlet: '\u0000', text })), 422],
    ['NUL in an article change', { method: 'PATCH', target: `/api/stories/${ids.slug}/articles/${article}`, headers: [['Content-Type', 'application/json']], body: json({ outlet: 'A\u0000' }) }, 422],
    ['NUL in a correction', post(`/api/stories/${ids.slug}/corrections`, json({ kind: 'dismiss', claim: { articleId: article, text: '\u0000' }, type: 'number' })), 422],
    ['NUL in a correction explanation', post(`/api/stories/${ids.slug}/corrections`, json({ kind: 'add', claim: { articleId: article, text }, type: 'number', articleIds: ids.articles.slice(0, 2), explanation: '\u0000' })), 422],
    ['NUL in the search query', { method: 'GET', target: '/api/stories?q=a%00b' }, 422],
    ['NUL in the page number', { method: 'GET', target: '/api/stories?page=%00' }, 422],
    ['NUL in the export format', { method: 'GET', target: `/api/stories/${ids.slug}/export?format=%00` }, 422],
    ['NUL in a search on the home page', { method: 'GET', target: '/?q=a%00b' }, 200],
    ['NUL as a story slug', { method: 'GET', target: '/api/stories/%00' }, 400],
    ['NUL inside a story slug', { method: 'GET', target: '/api/stories/abc%00def/status' }, 400],
    ['NUL as a claim id', { method: 'GET', target: `/api/stories/${ids.slug}/claims/%00` }, 400],
    ['NUL as an article id', { method: 'DELETE', target: `/api/stories/${ids.slug}/articles/%00` }, 400],
    ['NUL in the corrections of a story', { method: 'GET', target: '/api/stories/%00/corrections' }, 400],
    ['NUL as a story page', { method: 'GET', target: '/stories/%00' }, 400],
    ['NUL as a claim page', { method: 'GET', target: `/stories/${ids.slug}/claims/%00` }, 400],
    ['NUL as an edit page', { method: 'GET', target: '/stories/%00/edit' }, 400],
    ['NUL as a share card', { method: 'GET', target: `/stories/${ids.slug}/claims/%00/opengraph-image` }, 400],
    // Past the server's front door, the routes' own checks: an id of a shape the app never makes is a 404.
    ['a space in a story slug', { method: 'GET', target: '/api/stories/a%20b' }, 404],
    ['a claim id of 300 characters', { method: 'GET', target: `/api/stories/${ids.slug}/claims/${'x'.repeat(300)}` }, 404],
    ['an article id with a slash', { method: 'PATCH', target: `/api/stories/${ids.slug}/articles/a%2Fb`, headers: [['Content-Type', 'application/json']], body: json({ outlet: 'A' }) }, 404],
    ['a story page for a slug with a space', { method: 'GET', target: '/stories/a%20b' }, 404],
    ['malformed percent-encoding in an API path', { method: 'GET', target: '/api/stories/%zz' }, 400],
    ['malformed percent-encoding in a page path', { method: 'GET', target: '/stories/%zz' }, 400],
    ['a truncated escape', { method: 'GET', target: `/api/stories/${ids.slug}/claims/%E0%A4%A` }, 400],
    ['a 23-digit correction id', { method: 'DELETE', target: `/api/stories/${ids.slug}/corrections/12345678901234567890123`, headers: [EDITOR] }, 404],
    ['a correction id past the integer range', { method: 'DELETE', target: `/api/stories/${ids.slug}/corrections/2147483648`, headers: [EDITOR] }, 404],
    ['a page number past any page', { method: 'GET', target: '/api/stories?page=1e400' }, 422],
    ['TRACE on the API', { method: 'TRACE', target: '/api/stories' }, 405],
    ['TRACE on a page', { method: 'TRACE', target: `/stories/${ids.slug}` }, 405],
    ['TRACK', { method: 'TRACK', target: '/' }, 405],
    ['PUT', { method: 'PUT', target: '/api/stories' }, 405],
    ['CONNECT', { method: 'CONNECT', target: '127.0.0.1:80' }, 405],
    ['a forged X-Forwarded-Host with a foreign Origin', post('/api/stories', Buffer.from('{}'), [['Origin', 'https://evil.example'], ['X-Forwarded-Host', 'evil.example']]), 403],
    ['a cross-site write without Origin', post('/api/stories', Buffer.from('{}'), [['Sec-Fetch-Site', 'cross-site']]), 403],
    ['JSON nested 50,000 deep', post('/api/stories', Buffer.from('['.repeat(50_000) + ']'.repeat(50_000))), 422],
    ['a body that is not UTF-8', post('/api/stories', Buffer.from('{"title":"caf\xe9","articles":[]}', 'latin1')), 400],
  ];
}

interface Snapshot {
  stories: unknown[];
  details: Record<string, unknown>;
  feeds: string[];
}

/** Everything the API shows of the database, once no analysis is queued or running (so nothing moves under it). */
async function snapshot(request: APIRequestContext): Promise<Snapshot> {
  let taken: Snapshot | undefined;
  await expect(async () => {
    const stories: { slug: string; analysisStatus: string | null }[] = [];
    for (let page = 1; ; page++) {
      const body = (await (await request.get(`/api/stories?page=${page}`)).json()) as { stories: typeof stories; hasMore: boolean };
      stories.push(...body.stories);
      if (!body.hasMore) break;
    }
    expect(stories.filter((story) => story.analysisStatus === 'queued' || story.analysisStatus === 'running')).toEqual([]);
    const details: Record<string, unknown> = {};
    for (const { slug } of stories) {
      details[slug] = {
        story: await (await request.get(`/api/stories/${slug}`)).json(),
        corrections: await (await request.get(`/api/stories/${slug}/corrections`)).json(),
      };
    }
    const { feeds } = (await (await request.get('/api/feeds')).json()) as { feeds: { url: string }[] };
    taken = { stories, details, feeds: feeds.map((feed) => feed.url) };
  }).toPass({ timeout: 120_000 });
  return taken!;
}

function portOf(testInfo: TestInfo): number {
  return Number(new URL(testInfo.project.use.baseURL!).port);
}

async function realIds(request: APIRequestContext, snap: Snapshot): Promise<Ids> {
  const seed = (snap.details[SEED_SLUG] as { story: { articles: { id: string }[]; claims: { id: string }[] } }).story;
  const corrections = ((await (await request.get(`/api/stories/${SEED_SLUG}/corrections`)).json()) as { corrections: { id: number }[] }).corrections;
  return { slug: SEED_SLUG, articles: seed.articles.map((article) => article.id), claims: seed.claims.slice(0, 5).map((claim) => claim.id), corrections: corrections.map((correction) => correction.id) };
}

const describeRequest = ({ method, target, headers = [], body }: RawRequest) =>
  `${method} ${target.slice(0, 200)} ${JSON.stringify(headers).slice(0, 200)} ${body ? JSON.stringify(body.toString('latin1').slice(0, 200)) : ''}`;

test.describe.configure({ mode: 'serial' });

test('every request the reliability probe answered with 500 gets its 4xx, and the database is unchanged', async ({ request }, testInfo) => {
  test.setTimeout(300_000);
  const before = await snapshot(request);
  const ids = await realIds(request, before);
  for (const [name, sent, expected] of probeCases(ids)) {
    const answer = await rawRequest(portOf(testInfo), sent);
    expect(answer.status, `${name}: ${describeRequest(sent)}\n${answer.head}\n${answer.body.slice(0, 500)}`).toBe(expected);
    if (name === 'two articles with identical text') expect(JSON.parse(answer.body).error.message).toContain('is identical to article 1 (ITV News): articles 1 and 2 have the same text');
  }
  expect(await snapshot(request)).toEqual(before);
});

test('600 fuzzed requests over paths, queries, headers and bodies: no 5xx, no write accepted, the database unchanged', async ({ request }, testInfo) => {
  test.setTimeout(600_000);
  const before = await snapshot(request);
  const ids = await realIds(request, before);
  const statuses = new Map<number, number>();
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(requests(ids), async (sent) => {
      const answer: RawResponse = await rawRequest(portOf(testInfo), sent);
      cases += 1;
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const context = `${describeRequest(sent)}\n${answer.head}\n${answer.body.slice(0, 300)}`;
      expect(answer.status, context).toBeGreaterThanOrEqual(200);
      expect(answer.status, context).toBeLessThan(500);
      // Every write the fuzz sends has a defect: no API route may accept it (a page may answer a POST with itself).
      if (WRITES.has(sent.method) && sent.target.startsWith('/api/')) expect(answer.status >= 200 && answer.status < 300, context).toBe(false);
    }),
    { seed: 1515, numRuns: 600, examples: probeCases(ids).map(([, sent]) => [sent]), endOnFailure: true },
  );
  console.log(`fuzz (${testInfo.project.name}): ${cases} requests; answers by status: ${[...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(', ')}`);
  expect(cases).toBeGreaterThanOrEqual(600);
  expect(await snapshot(request)).toEqual(before);
});
