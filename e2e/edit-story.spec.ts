import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createOwnStory, openFilters, settled } from './helpers';
import { FIXTURE_PORT } from './ports';

test('renaming an outlet shows the new name everywhere, and the claim links keep working', async ({ page, request }) => {
  const { slug, editToken } = await createOwnStory(request, 'Rename an outlet');
  await settled(request, slug);
  // The edit link leaves its token with this browser, whose "Edit the story" link then opens the editor.
  await page.goto(`/stories/${slug}/edit#key=${editToken}`);
  await expect(page.getByRole('form', { name: 'The story' })).toBeVisible();
  await page.goto(`/stories/${slug}`);
  const claimLink = await page.locator('[data-claim-id] a').first().getAttribute('href');
  await page.getByRole('link', { name: 'Edit the story' }).click();
  const first = page.getByRole('form', { name: 'Article 1: Outlet 1' });
  await first.getByLabel('Outlet').fill('The Daily Example');
  await first.getByLabel('Date').fill('2022-01-24');
  await first.getByRole('button', { name: 'Save changes to Outlet 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Article 1: The Daily Example' })).toBeVisible();
  await settled(request, slug);

  await expect(async () => {
    await page.goto(`/stories/${slug}`);
    await expect(page.getByRole('list', { name: 'Outlets' })).toContainText('The Daily Example', { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole('list', { name: 'Outlets' })).toContainText('2022-01-24');
  await openFilters(page);
  await expect(page.getByRole('checkbox', { name: 'The Daily Example' })).toBeVisible();
  const claim = await page.goto(claimLink!);
  expect(claim?.status()).toBe(200);
});

test('an article is added and another removed from the editor; removing one of the last two is refused with a message', async ({ page, request }) => {
  const { slug, editToken } = await createOwnStory(request, 'Add and remove');
  await settled(request, slug);
  await page.goto(`/stories/${slug}/edit#key=${editToken}`);
  const add = page.getByRole('form', { name: 'Add an article' });
  await add.getByLabel('Outlet').fill('Outlet 4');
  await add.getByLabel('Text').fill('Staff began leaving the embassy in Kyiv as 100,000 troops waited at the border.');
  await add.getByRole('button', { name: 'Add to the story' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Article added.' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Article 4: Outlet 4' })).toBeVisible();
  // By its web address alone: the page is fetched, and names its outlet.
  await add.getByLabel('Web address').fill(`http://127.0.0.1:${FIXTURE_PORT}/news/derailment-marlow-creek`);
  await add.getByRole('button', { name: 'Add to the story' }).click();
  await expect(page.getByRole('form', { name: 'Article 5: Northern Herald' })).toBeVisible();

  for (const outlet of ['Outlet 1', 'Outlet 2', 'Outlet 4']) {
    const form = page.getByRole('form', { name: new RegExp(`: ${outlet}$`) });
    await form.getByRole('button', { name: `Remove ${outlet}’s article` }).click();
    await form.getByRole('button', { name: 'Yes, remove it' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Article removed.' })).toBeVisible();
    await expect(form).toHaveCount(0);
  }
  const last = page.getByRole('form', { name: /: Outlet 3$/ });
  await last.getByRole('button', { name: 'Remove Outlet 3’s article' }).click();
  await last.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed.' })).toContainText('A comparison needs at least two articles');
  await expect(page.getByRole('form', { name: /^Article \d: / })).toHaveCount(2);

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("an article's text is edited in place: the story is analysed again and its old claim links still lead somewhere", async ({ page, request }) => {
  const { slug, editToken } = await createOwnStory(request, 'Edit a text');
  const before = await settled(request, slug);
  const oldLinks = before.claims.map((claim) => `/stories/${slug}/claims/${claim.id}`);
  await page.goto(`/stories/${slug}/edit#key=${editToken}`);
  const first = page.getByRole('form', { name: 'Article 1: Outlet 1' });
  await first.getByRole('button', { name: 'Edit the text of Outlet 1' }).click();
  const text = first.getByLabel('Text of Outlet 1');
  await expect(text).toHaveValue(/Russia has massed 100,000 troops/);
  // The text another article has is refused, on this article, and nothing changes.
  await text.fill(before.articles[1]!.text!);
  await first.getByRole('button', { name: 'Save the text of Outlet 1' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was changed.' })).toContainText('is identical to article 2 (Outlet 2)');
  await text.fill('Russia has massed 130,000 troops near the Ukrainian border, officials said. The embassy in Kyiv remains open.');
  await first.getByRole('button', { name: 'Save the text of Outlet 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Text saved.' })).toBeVisible();
  const after = await settled(request, slug, (before.job?.id ?? 0) + 1);
  expect(after.articles[0]!.text).toContain('130,000 troops');
  for (const link of oldLinks) expect((await page.goto(link))?.status()).toBe(200);
});
