import { expect, test } from '@playwright/test';
import { syntheticStory } from '../../lib/testing/synthetic-story';

test('GET /api/health reports the database, the schema version and the engine version', async ({ request }, testInfo) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const body = await response.json();
  expect(body).toEqual({
    status: 'ok',
    database: testInfo.project.name,
    schemaVersion: expect.any(Number),
    engineVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/),
  });
  expect(body.schemaVersion).toBeGreaterThanOrEqual(1);
});

test('GET /api/health answers all the while a story is analysed', async ({ request }, testInfo) => {
  test.setTimeout(180_000);
  // Eight articles of 40,000 characters made from the seed story's sentences: seconds of engine work.
  const story = syntheticStory({ articles: 8, charactersPerArticle: 40_000 });
  const created = await request.post('/api/stories', { data: story });
  expect(created.status()).toBe(202);
  const { slug } = (await created.json()) as { slug: string };

  const latencies: number[] = [];
  const statuses: number[] = [];
  for (let done = false; !done; ) {
    const started = performance.now();
    const health = await request.get('/api/health');
    latencies.push(performance.now() - started);
    statuses.push(health.status());
    if (latencies.length % 5 === 0) {
      const { job } = (await (await request.get(`/api/stories/${slug}/status`)).json()) as { job: { status: string } };
      done = job.status === 'done' || job.status === 'failed';
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(statuses.every((status) => status === 200)).toBe(true);
  // Measured, not asserted (timings depend on the machine): the figure is printed for the record.
  const sorted = [...latencies].sort((a, b) => a - b);
  const p99 = sorted[Math.ceil(0.99 * sorted.length) - 1] ?? 0;
  console.log(`[${testInfo.project.name}] /api/health during an analysis: ${sorted.length} requests, p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(0)} ms, p99 ${p99.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`);
});
