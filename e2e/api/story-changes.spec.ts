import fc from 'fast-check';
import { expect, test } from '@playwright/test';
import { createOwnStory, createStory, editHeaders, SAMPLE_TEXTS as texts, settled } from '../helpers';

test('renaming an outlet, fixing a date, removing and re-adding an article: every claim link keeps answering', async ({ request }) => {
  const { slug, editToken } = await createOwnStory(request, 'Troops at the border');
  const headers = editHeaders(editToken);
  const first = await settled(request, slug);
  const links = first.claims.map((claim) => `/api/stories/${slug}/claims/${claim.id}`);
  expect(links.length).toBeGreaterThan(0);

  const [a, b] = first.articles;
  const renamed = await request.patch(`/api/stories/${slug}/articles/${a?.id}`, { data: { outlet: 'Renamed Outlet', publishedAt: '2022-01-24' }, headers });
  expect(renamed.status()).toBe(202);
  const afterRename = await settled(request, slug, (await renamed.json()).job.id);
  expect(afterRename.articles[0]).toMatchObject({ outlet: 'Renamed Outlet', publishedAt: '2022-01-24' });

  const removed = await request.delete(`/api/stories/${slug}/articles/${b?.id}`, { headers });
  expect(removed.status()).toBe(202);
  await settled(request, slug, (await removed.json()).job.id);
  const readded = await request.post(`/api/stories/${slug}/articles`, { data: { outlet: 'Outlet 2', text: texts[1] }, headers });
  expect(readded.status()).toBe(202);
  await settled(request, slug, (await readded.json()).job.id);

  for (const link of links) {
    const response = await request.get(link, { maxRedirects: 0 });
    expect([200, 307]).toContain(response.status());
    if (response.status() === 307) expect((await request.get(link)).status()).toBe(200);
  }
});

test('refuses to remove one of the last two articles, and unknown articles answer 404', async ({ request }) => {
  const { slug, editToken } = await createOwnStory(request, 'Two articles only', texts.slice(0, 2));
  const headers = editHeaders(editToken);
  const story = await settled(request, slug);
  const refused = await request.delete(`/api/stories/${slug}/articles/${story.articles[0]?.id}`, { headers });
  expect(refused.status()).toBe(422);
  expect((await request.delete(`/api/stories/${slug}/articles/no-such-article`, { headers })).status()).toBe(404);
  expect((await request.patch(`/api/stories/${slug}/articles/no-such-article`, { data: { outlet: 'X' }, headers })).status()).toBe(404);
  expect((await request.patch(`/api/stories/${slug}/articles/${story.articles[0]?.id}`, { data: {}, headers })).status()).toBe(422);
});

test('exports the claims × outlets grid as JSON, CSV and Markdown', async ({ request }) => {
  const slug = await createStory(request, 'Export me');
  const story = await settled(request, slug);
  const csv = await request.get(`/api/stories/${slug}/export?format=csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const [header, firstRow] = (await csv.text()).split('\r\n');
  expect(header).toBe('claim,link,claim text,Outlet 1,Outlet 2,Outlet 3,possibly reported by,differences,explanations,independent sources,edited');
  expect(firstRow).toMatch(new RegExp(`^1,https?://[^,]+/stories/${slug}/claims/${story.claims[0]?.id},`));
  const json = await (await request.get(`/api/stories/${slug}/export?format=json`)).json();
  expect(json.rows).toHaveLength(story.claims.length);
  expect(await (await request.get(`/api/stories/${slug}/export?format=md`)).text()).toContain('| claim | link | claim text | Outlet 1 | Outlet 2 | Outlet 3 | possibly reported by | differences | explanations | independent sources | edited |');
  expect((await request.get(`/api/stories/${slug}/export?format=pdf`)).status()).toBe(422);
});

test('20 concurrent creations are all saved, each complete', async ({ request }) => {
  const responses = await Promise.all(Array.from({ length: 20 }, (_, index) => request.post('/api/stories', {
    data: { title: `Concurrent ${index}`, articles: texts.map((text, article) => ({ outlet: `Outlet ${article + 1}`, text: `${text} (${index})` })) },
  })));
  expect(responses.map((response) => response.status())).toEqual(Array(20).fill(202));
  const slugs = await Promise.all(responses.map(async (response) => (await response.json()).slug as string));
  expect(new Set(slugs).size).toBe(20);
  for (const slug of slugs) {
    const story = await settled(request, slug);
    expect(story.articles).toHaveLength(3);
    expect(story.claims.length).toBeGreaterThan(0);
  }
});

test('a fuzzed batch of malformed requests gets only 4xx answers and changes nothing', async ({ request }) => {
  const count = async () => (await (await request.get('/api/stories?q=fuzz-marker')).json()).stories.length;
  const before = await count();
  const hostile = fc.oneof(
    fc.string(),
    fc.constantFrom('\u202e\u2066', '\u200b\ufeff', '\u0000', '💥'.repeat(100), 'x'.repeat(400_000)),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  const body = fc.oneof(
    fc.record({ title: hostile, articles: fc.array(fc.record({ outlet: hostile, text: hostile }, { requiredKeys: [] }), { maxLength: 3 }) }, { requiredKeys: [] }),
    fc.record({ title: fc.constant('fuzz-marker'), articles: fc.array(fc.record({ outlet: hostile, html: hostile, url: hostile, publishedAt: hostile })) }),
    fc.letrec((tie) => ({ deep: fc.oneof({ depthSize: 'small' }, fc.string(), fc.array(tie('deep'), { maxLength: 2 })) })).deep,
    hostile,
  );
  const samples = fc.sample(body, { numRuns: 60, seed: 4242 });
  for (const data of samples) {
    const response = await request.post('/api/stories', { data: Buffer.from(JSON.stringify(data) ?? 'null'), headers: { 'content-type': 'application/json' } });
    expect(response.status(), JSON.stringify(data).slice(0, 200)).toBeGreaterThanOrEqual(400);
    expect(response.status(), JSON.stringify(data).slice(0, 200)).toBeLessThan(500);
  }
  expect(await count()).toBe(before);
});
