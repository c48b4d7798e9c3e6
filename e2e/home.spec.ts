import { expect, test } from '@playwright/test';

test('the home page lists the seed story and opens it', async ({ page }) => {
  await page.goto('/');
  const story = page.getByRole('link', { name: 'British and US embassy staff leave Ukraine as Russian troops mass at the border' });
  await expect(story).toBeVisible();
  await expect(page.getByRole('list', { name: 'Stories' })).toContainText('ITV News, The Sun, LBC');
  await story.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/British and US embassy staff/);
  await expect(page.getByRole('list', { name: 'Outlets' }).getByRole('listitem')).toHaveCount(3);
  for (const outlet of ['ITV News', 'The Sun', 'LBC']) {
    await expect(page.getByRole('list', { name: 'Outlets' })).toContainText(outlet);
  }
});

test('the search box finds stories by their claims, and says when nothing matches', async ({ page }) => {
  await expect(async () => {
    await page.goto('/?q=Kiev');
    await expect(page.getByRole('link', { name: /British and US embassy staff/ })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  // The result names the claims that match, each linking to its page.
  const matching = page.getByRole('list', { name: /^Claims of “British and US embassy staff.*” that match$/ }).getByRole('link');
  await expect(matching.first()).toContainText('Kiev');
  await matching.first().click();
  await expect(page).toHaveURL(/\/claims\/c[0-9a-z]+$/);
  await page.goBack();
  await page.getByRole('searchbox', { name: 'Search stories and claims' }).fill('zeppelin');
  await page.getByRole('searchbox', { name: 'Search stories and claims' }).press('Enter');
  await expect(page).toHaveURL(/\?q=zeppelin$/);
  await expect(page.getByRole('status')).toHaveText(/No story matches “zeppelin”/);
});

test('the seed story is analysed in the background and the home page says how many claims it has', async ({ page }) => {
  // The server queues the analysis at start-up; reload until the worker has finished it.
  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('list', { name: 'Stories' })).toContainText(/\d{2,} claims · \d+ with differences between outlets/, { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
});

test('an unknown story answers 404', async ({ page }) => {
  const response = await page.goto('/stories/no-such-story');
  expect(response?.status()).toBe(404);
});
