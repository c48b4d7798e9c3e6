import { expect, test } from '@playwright/test';
import { createOwnStory, createStory, editHeaders, SAMPLE_TEXTS, settled } from './helpers';

const texts = [
  SAMPLE_TEXTS[0]!,
  'Around 100,000 Russian troops are stationed near the border, reports the BBC. Talks in Geneva ended without agreement.',
];

test('merge two claims from the claim page, see it survive a re-analysis, undo it, then move the version instead', async ({ page, request }) => {
  test.setTimeout(120_000);
  const { slug, editToken } = await createOwnStory(request, 'Corrections', texts);
  const story = await settled(request, slug);
  const embassy = story.claims.find((claim) => claim.summary.startsWith('The embassy in Kyiv remains open'))!;
  const talks = story.claims.find((claim) => claim.summary.startsWith('Talks in Geneva'))!;
  expect(embassy.id).not.toBe(talks.id);

  await page.goto(`/stories/${slug}/claims/${embassy.id}`);
  await page.getByText('Correct this claim').click();
  const merge = page.getByRole('form', { name: 'Merge with another claim' });
  await merge.getByRole('combobox').selectOption({ label: `${story.claims.indexOf(talks) + 1}. ${talks.summary}` });
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'merged into this one' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Outlet 1', 'Outlet 2'], { timeout: 30_000 });
  await expect(page.getByText('edited', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Corrections of this claim' })).toContainText('Merged Outlet 2’s “Talks in Geneva');

  // Any later re-analysis (here: an outlet renamed) keeps the merge, and the merged claim's old link redirects.
  const renamed = await request.patch(`/api/stories/${slug}/articles/${story.articles[1]!.id}`, { data: { outlet: 'Outlet Two' }, headers: editHeaders(editToken) });
  const after = await settled(request, slug, ((await renamed.json()) as { job: { id: number } }).job.id);
  expect(after.claims.find((claim) => claim.id === embassy.id)!.mentions).toHaveLength(2);
  const old = await request.get(`/stories/${slug}/claims/${talks.id}`, { maxRedirects: 0 });
  expect(old.status()).toBe(307);

  await expect(async () => {
    await page.goto(`/stories/${slug}/claims/${embassy.id}`);
    await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Outlet 1', 'Outlet Two'], { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Undo this correction' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction undone.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Outlet 1'], { timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Corrections of this claim' })).toHaveCount(0);

  // The same, the other way: move the talks sentence here as a single version.
  const move = page.getByRole('form', { name: 'Move a version to another claim' });
  // Its page redirected while the claims were merged; the cache serves the undone state within a second.
  await expect(async () => {
    await page.goto(`/stories/${slug}/claims/${talks.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Talks in Geneva', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await page.getByText('Correct this claim').click();
  await move.getByLabel('To claim').selectOption({ label: `${story.claims.indexOf(embassy) + 1}. ${embassy.summary}` });
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'version moved to claim' })).toBeVisible();
  await expect(async () => {
    const response = await request.get(`/stories/${slug}/claims/${talks.id}`, { maxRedirects: 0 });
    expect(response.status()).toBe(307);
  }).toPass({ timeout: 30_000 });
});

test('a correction without an editor token, or naming words no claim has, is refused and changes nothing', async ({ request }) => {
  const slug = await createStory(request, 'Refused corrections', texts);
  const story = await settled(request, slug);
  const anchor = { articleId: story.articles[0]!.id, text: 'The embassy in Kyiv remains open.' };
  const noToken = await request.post(`/api/stories/${slug}/corrections`, { data: { kind: 'dismiss', claim: anchor, type: 'hedging' } });
  expect(noToken.status()).toBe(422);
  const headers = { 'x-editor-token': 'test-editor-token-0001' };
  const unknown = await request.post(`/api/stories/${slug}/corrections`, { headers, data: { kind: 'merge', into: anchor, from: { articleId: story.articles[1]!.id, text: 'Words nobody wrote.' } } });
  expect(unknown.status()).toBe(422);
  expect(((await unknown.json()) as { error: { message: string } }).error.message).toContain('no claim of this story has these words');
  const badKind = await request.post(`/api/stories/${slug}/corrections`, { headers, data: { kind: 'rewrite', claim: anchor } });
  expect(badKind.status()).toBe(422);
  expect(((await (await request.get(`/api/stories/${slug}/corrections`)).json()) as { corrections: unknown[] }).corrections).toEqual([]);
});
