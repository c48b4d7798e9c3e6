import { expect, test, type APIRequestContext } from '@playwright/test';
import { editHeaders, settled, storyCount } from '../helpers';
import { FIXTURE_PORT, FIXTURE_REFUSED_PORT } from '../ports';

const site = `http://127.0.0.1:${FIXTURE_PORT}`;
const PAGES = ['/news/derailment-marlow-creek', '/2026/11/12/train-derailment', '/story/marlow-creek-rail-spill', '/world/rail/derailed-train-alder-river', '/local/derailment'];

/** Requests the fixture site and its refused listener have received so far. */
async function requests(request: APIRequestContext): Promise<{ site: number; refused: number }> {
  return (await request.get(`${site}/__requests`)).json();
}

test('five web addresses become a story: each page fetched, its outlet, title, date and canonical address read from its metadata', async ({ request }) => {
  const before = await requests(request);
  const created = await request.post('/api/stories', { data: { title: 'Marlow Creek derailment (fetched)', articles: PAGES.map((path) => ({ url: `${site}${path}` })) } });
  expect(created.status()).toBe(202);
  const { slug, editToken } = await created.json();
  const story = await settled(request, slug);
  expect(story.job?.status).toBe('done');
  const detail = (await (await request.get(`/api/stories/${slug}`)).json()) as { articles: { outlet: string; publishedAt: string | null; url: string | null; title: string | null }[] };
  expect(detail.articles.map(({ outlet, publishedAt, url, title }) => ({ outlet, publishedAt, url, title }))).toEqual([
    { outlet: 'Northern Herald', publishedAt: '2026-11-12', url: `${site}/news/derailment-marlow-creek`, title: 'Freight train derails near Marlow Creek, spilling diesel into river' },
    { outlet: 'Daily Courier', publishedAt: '2026-11-12', url: `${site}/2026/11/12/train-derailment`, title: 'Diesel leak after train derailment - Daily Courier' },
    { outlet: 'Valley Post', publishedAt: '2026-11-12', url: `${site}/story/marlow-creek-rail-spill`, title: 'Rail spill fouls Alder River' },
    { outlet: 'Metro Wire', publishedAt: '2026-11-12', url: 'https://fixture.test/world/rail/derailed-train-alder-river', title: 'Train derails near Marlow Creek' },
    { outlet: 'Easton Gazette', publishedAt: '2026-11-13', url: `${site}/local/derailment`, title: 'Marlow Creek derailment: what we know' },
  ]);
  // The pages were read as HTML: the article text, no navigation, no comment form.
  const texts = story.articles.map((article) => article.text ?? '').join('\n');
  expect(texts).toContain('Fourteen wagons of a freight train left the tracks near Marlow Creek');
  expect(texts).not.toMatch(/Leave a Reply|Subscribe|Home News Sport/);
  // The fact all five report shares a row.
  const wagons = story.claims.find((claim) => /wagons/.test(claim.summary) && new Set(claim.mentions.map((mention) => mention.articleId)).size >= 3);
  expect(wagons).toBeDefined();

  // An article added to the story by its address alone is fetched the same way.
  const again = await request.post(`/api/stories/${slug}/articles`, { data: { url: `${site}/news/derailment-marlow-creek?from=feed` }, headers: editHeaders(editToken) });
  expect(again.status()).toBe(422);
  expect((await again.json()).error.issues[0].message).toMatch(/^is identical to article 1 \(Northern Herald\)/);
  expect((await requests(request)).site - before.site).toBe(6);
});

test('a story with any refused address is refused whole, each address with its reason, and nothing reaches a refused address', async ({ request }) => {
  test.setTimeout(60_000);
  const before = await requests(request);
  const stories = await storyCount(request);
  const refusedUrls = [
    `http://127.0.0.1:${FIXTURE_REFUSED_PORT}/admin`,
    `http://localhost:${FIXTURE_PORT}/news/derailment-marlow-creek`,
    'http://10.20.30.40/news',
    'http://169.254.169.254/latest/meta-data/',
    `${site}/refuse/redirect-to-loopback`,
    `${site}/refuse/huge`,
    `${site}/refuse/slow`,
    `${site}/refuse/json`,
    `${site}/refuse/binary`,
    `${site}/no-such-page`,
  ];
  const response = await request.post('/api/stories', { data: { title: 'Refused', articles: [{ url: `${site}${PAGES[0]}` }, ...refusedUrls.map((url) => ({ url }))] } });
  expect(response.status()).toBe(422);
  const { error } = await response.json();
  expect(error.issues).toEqual([
    { path: 'articles.1.url', message: `${refusedUrls[0]} is a loopback address, which Parallax does not fetch` },
    // "localhost" resolves to a loopback address; FETCH_ALLOW_HOSTS names 127.0.0.1 only.
    { path: 'articles.2.url', message: expect.stringMatching(new RegExp(`^${refusedUrls[1]} leads to (127\\.0\\.0\\.1|::1), a loopback address, which Parallax does not fetch$`)) },
    { path: 'articles.3.url', message: 'http://10.20.30.40/news is a private network address, which Parallax does not fetch' },
    { path: 'articles.4.url', message: 'http://169.254.169.254/latest/meta-data/ is a link-local address, which Parallax does not fetch' },
    { path: 'articles.5.url', message: `${refusedUrls[4]} is a loopback address, which Parallax does not fetch` },
    { path: 'articles.6.url', message: `${refusedUrls[5]} is larger than 2 MB (20 MB)` },
    { path: 'articles.7.url', message: `${refusedUrls[6]} sent its page too slowly` },
    { path: 'articles.8.url', message: `${refusedUrls[7]} is application/json, not an HTML page` },
    { path: 'articles.9.url', message: `${refusedUrls[8]} is not an HTML page (it holds binary data)` },
    { path: 'articles.10.url', message: `${refusedUrls[9]} answered 404 Not Found, not the page` },
  ]);
  expect(await storyCount(request)).toBe(stories);
  const after = await requests(request);
  expect(after.refused).toBe(before.refused);
  expect(after.refused).toBe(0);
});
