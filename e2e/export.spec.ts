import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openAnalysedStory, openFilters, SEED_SLUG } from './helpers';

test('download the grid as CSV from the story page: a header naming every outlet and one row per claim', async ({ page }) => {
  await openAnalysedStory(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`${SEED_SLUG}.csv`);
  const lines = (await readFile((await download.path())!, 'utf8')).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('claim,link,claim text,ITV News,The Sun,LBC,possibly reported by,differences,explanations,independent sources,edited');
  const claims = Number((await page.getByText(/^\d+ claims ·/).innerText()).match(/^(\d+)/)![1]);
  expect(lines).toHaveLength(claims + 1);
  // The "around half" claim: ITV's and The Sun's words, nothing from LBC, its differences explained, two independent sources.
  const half = lines.find((line) => line.includes('Officials said that around half of the staff'))!;
  expect(half).toMatch(new RegExp(`^\\d+,https?://[^,]+/stories/${SEED_SLUG}/claims/c[0-9a-z]+,`));
  expect(half).toContain('reports the BBC');
  expect(half).toMatch(/,,[^,]*,"?[a-z, ]*attribution[a-z, ]*"?,"?[^"]*credits[^"]*"?,2,$/);
  expect(half).toContain('ITV News credits “Officials”');
  expect(half).toContain('The Sun credits “the BBC”');
});

test('the printable view keeps the filtered view, lays the claims out for paper and hides the controls', async ({ page }) => {
  await openAnalysedStory(page);
  await openFilters(page);
  await page.getByRole('checkbox', { name: /attribution/ }).check();
  const showing = Number((await page.getByText(/^Showing \d+ of/).innerText()).match(/^Showing (\d+)/)![1]);
  await page.getByRole('link', { name: 'Printable view of these claims' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SEED_SLUG}/print\\?type=attribution$`));
  await expect(page.getByText(/All claims · differences in attribution · Story order: \d+ of \d+ claims\./)).toBeVisible();

  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(showing);
  for (const row of await rows.all()) await expect(row.getByRole('list', { name: 'Differences' })).toContainText('attribution');
  await expect(page.getByRole('columnheader')).toHaveText(['Claim', 'ITV News', 'The Sun', 'LBC']);
  const half = rows.filter({ hasText: 'half of the staff working in Kyiv will return' });
  await expect(half.getByRole('cell').nth(2)).toHaveText('Not reported');
  await expect(half.locator('mark[data-type="attribution"]').first()).toHaveText('Officials (ITV News: attribution differs)');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
  await expect(page.getByRole('table')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Back to the story' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SEED_SLUG}\\?type=attribution$`));
  await expect(page.getByText(`Showing ${showing} of`)).toBeVisible();
});
