import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { FIXTURE_PORT } from './ports';

const site = `http://127.0.0.1:${FIXTURE_PORT}`;

test('follow two feeds, see their events suggested, and compare one with a click', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/feeds');
  const form = page.getByRole('form', { name: 'Follow a feed' });
  const address = form.getByLabel('Feed address (RSS or Atom)');

  // A page that is not a feed is refused with its reason, and nothing is followed.
  await address.fill(`${site}/news/derailment-marlow-creek`);
  await form.getByRole('button', { name: 'Follow this feed' }).click();
  await expect(form.getByRole('alert')).toHaveText(`Not added: ${site}/news/derailment-marlow-creek is text/html, not an RSS or Atom feed`);

  await address.fill(`${site}/feeds/herald.xml`);
  await form.getByRole('button', { name: 'Follow this feed' }).click();
  await expect(form.getByRole('status')).toContainText('Following Northern Herald (10 items now)');
  await address.fill(`${site}/feeds/courier.atom`);
  await form.getByRole('button', { name: 'Follow this feed' }).click();
  await expect(form.getByRole('status')).toContainText('Following Daily Courier (10 items now)');
  const followed = page.getByRole('list', { name: 'Followed feeds' });
  await expect(followed.getByRole('listitem')).toHaveCount(2);

  // The worker reads both feeds at once and groups their items: each of the four events is suggested, from both outlets
  // (the stadium's follow-ups, fans' joy and residents' challenge, make a suggestion of their own).
  const suggestions = page.getByRole('list', { name: 'Suggested stories' });
  const events = [/derail/i, /Helix|Quanta/, /stadium/i, /wildfire|evacuat/i];
  await expect(async () => {
    await page.goto('/suggested');
    for (const words of events) await expect(suggestions.getByRole('heading', { name: words }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  for (const item of await suggestions.getByRole('listitem').filter({ has: page.getByRole('heading') }).all()) {
    await expect(item).toContainText('Northern Herald, Daily Courier');
  }
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  const derailment = suggestions.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /derail/i }) });
  await derailment.getByRole('button', { name: /^Compare these \d articles$/ }).click();
  await expect(page).toHaveURL(/\/stories\/[a-z0-9-]+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Claims' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Outlets' })).toContainText('Northern Herald');
  await expect(page.getByRole('list', { name: 'Outlets' })).toContainText('Daily Courier');

  // Unfollowing a feed drops its items, and with them the suggestions that needed it.
  await page.goto('/feeds');
  const herald = followed.getByRole('listitem').filter({ hasText: 'Northern Herald' });
  await herald.getByRole('button', { name: 'Stop following Northern Herald' }).click();
  await herald.getByRole('button', { name: 'Yes, stop' }).click();
  await expect(followed.getByRole('listitem')).toHaveCount(1);
  await page.goto('/suggested');
  await expect(page.getByText('No event is reported by two outlets yet.')).toBeVisible();
});
