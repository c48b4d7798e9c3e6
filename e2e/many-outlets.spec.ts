import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { manyOutletStory } from '../scripts/bench/corpus';
import { evalPath } from '../scripts/eval/shared-data';
import { settled } from './helpers';

/**
 * A story told by 70 outlets with over 1,000 claims (real articles from ../shared/eval, as the benchmark
 * reads them): the story page shows the compact matrix, which stays usable at any width and light enough to send.
 */
test.describe.configure({ mode: 'serial' });
test.skip(!evalPath('allsides', 'stories'), 'needs ../shared/eval (the 70 articles come from it)');

let slug = '';
let outlets: string[] = [];

test.beforeAll(async ({ request }) => {
  const input = manyOutletStory(70);
  outlets = input.articles.map((article) => article.outlet);
  const response = await request.post('/api/stories', { data: input });
  expect(response.status()).toBe(202);
  slug = ((await response.json()) as { slug: string }).slug;
  expect((await settled(request, slug)).claims.length).toBeGreaterThanOrEqual(1000);
});

test('the page is a matrix of marks, under 400 KB gzipped, with every outlet a column header and every claim a row header', async ({ page, request }) => {
  const html = await (await request.get(`/stories/${slug}`)).text();
  expect(gzipSync(html).length).toBeLessThanOrEqual(400 * 1024);
  await page.goto(`/stories/${slug}`);
  // (CSS locators: role queries over a table of 50,000 cells are slow; the roles are the elements' own.)
  const matrix = page.locator('table.claim-matrix');
  await expect(matrix.locator('thead th[scope="col"]')).toHaveCount(71);
  for (const index of [0, 69]) await expect(matrix.locator('thead th[scope="col"]').nth(index + 1)).toHaveAccessibleName(outlets[index]!);
  const story = await (await request.get(`/api/stories/${slug}`)).json();
  // Rows come fifty at a time; the filters and the count cover every claim.
  await expect(matrix.locator('tbody th[scope="row"]')).toHaveCount(50);
  await expect(page.getByRole('status').filter({ hasText: `Showing ${story.claims.length} of ${story.claims.length} claims` })).toBeVisible();
  await page.getByRole('button', { name: 'Show 50 more claims' }).click();
  await expect(matrix.locator('tbody th[scope="row"]')).toHaveCount(100);
  // A claim two outlets report: its row says so under their columns, and "not reported" under another's.
  const shared = (story.claims as { id: string; mentions: { articleId: string }[] }[]).slice(0, 100).find((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size >= 2)!;
  const columnOf = (articleId: string) => (story.articles as { id: string }[]).findIndex((article) => article.id === articleId);
  const row = matrix.locator(`tr[data-claim-id="${shared.id}"]`);
  const reporting = columnOf(shared.mentions[0]!.articleId);
  await expect(row.locator('td').nth(reporting)).toHaveText(/^reported/);
  const silent = (story.articles as { id: string }[]).findIndex((article) => !shared.mentions.some((mention) => mention.articleId === article.id));
  await expect(row.locator('td').nth(silent)).toHaveText(/not reported|possibly reported/);
});

for (const [width, height] of [[1440, 900], [390, 844]] as const) {
  test(`at ${width} px the page never scrolls sideways, and the matrix keeps its outlets and claims in view as it scrolls`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`/stories/${slug}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const region = page.getByRole('region', { name: 'Claims by outlet' });
    await region.scrollIntoViewIfNeeded();
    const regionBox = (await region.boundingBox())!;
    const firstOutlet = page.locator('thead th[scope="col"]').nth(1);
    const firstClaim = page.locator('tbody th[scope="row"]').nth(30);
    await region.evaluate((element) => {
      element.scrollTop = 600;
      element.scrollLeft = 800;
    });
    // The header row stays at the top of the matrix, the claim column at its left edge.
    const header = (await page.locator('thead th[scope="col"]').first().boundingBox())!;
    expect(Math.abs(header.y - regionBox.y)).toBeLessThanOrEqual(2);
    expect(Math.abs(header.x - regionBox.x)).toBeLessThanOrEqual(2);
    expect(Math.abs((await firstClaim.boundingBox())!.x - regionBox.x)).toBeLessThanOrEqual(2);
    await expect(firstOutlet).toBeAttached();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test('from the keyboard, a row opens to each outlet’s own words and closes again; axe finds nothing in light or dark', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`/stories/${slug}`);
  const toggle = page.locator('tbody tr').first().locator('button');
  await expect(toggle).toHaveAccessibleName('Each outlet’s words: claim 1');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const words = page.locator(`#${await toggle.getAttribute('aria-controls')}`);
  await expect(words.locator('.cell-outlet').first()).toBeVisible();
  await expect(words).toContainText(/Not reported by \d+ of 70 outlets/);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // The whole page but the matrix's rows past the 20th (the same markup 700 times over; axe takes minutes on it).
    const results = await new AxeBuilder({ page }).exclude('.claim-matrix tbody tr:nth-child(n+21)').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => `${scheme}: ${violation.id}`)).toEqual([]);
  }
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(words).toHaveCount(0);
});
