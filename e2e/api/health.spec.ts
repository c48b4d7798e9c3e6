import { expect, test } from '@playwright/test';

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
