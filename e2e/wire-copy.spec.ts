import { expect, test } from '@playwright/test';

const ap = `KYIV, Ukraine (AP) — The United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense.`;
const reprint = `US orders diplomats' families out of Ukraine\nThe United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense.`;
const own = `The withdrawal came after the State Department ordered the families of all American personnel at the US Embassy in Ukraine to leave the country. Our correspondent in Kyiv says the mood is calm.`;

test('five reprints do not look like five confirmations: wire copy is grouped and a claim counts independent sources', async ({ page, request }) => {
  const created = await request.post('/api/stories', {
    data: { title: 'Wire copy', articles: [{ outlet: 'AP', text: ap }, { outlet: 'Daily Example', text: reprint }, { outlet: 'Own Reporting', text: own }] },
  });
  const { slug } = (await created.json()) as { slug: string };
  await expect(async () => {
    const { job } = (await (await request.get(`/api/stories/${slug}/status`)).json()) as { job: { status: string } | null };
    expect(job?.status).toBe('done');
  }).toPass({ timeout: 60_000 });

  await expect(async () => {
    await page.goto(`/stories/${slug}`);
    await expect(page.getByRole('heading', { name: 'Claims', level: 2 })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  const outlets = page.getByRole('list', { name: 'Outlets' });
  await expect(outlets.getByRole('listitem').filter({ hasText: 'Daily Example' })).toContainText('AP agency copy: same text as AP');
  await expect(outlets.getByRole('listitem').filter({ hasText: 'Own Reporting' })).not.toContainText('copy');

  const row = page.locator('[data-claim-id]').filter({ hasNot: page.locator('[data-reported="false"]') }).first();
  await expect(row).toContainText('3 of 3 outlets · 2 independent');
  await row.getByRole('link', { name: /Claim \d+/ }).click();
  await expect(page.getByText(/independent sources: 2 of 3 \(some are copies of the same wire story\)/)).toBeVisible();
});
