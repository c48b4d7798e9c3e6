import { expect, test } from '@playwright/test';
import { openAnalysedStory, settled } from './helpers';

const ap = `KYIV, Ukraine (AP) — The United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense.`;
const reprint = `US orders diplomats' families out of Ukraine\nThe United States ordered the families of all American personnel at the U.S. Embassy in Ukraine to leave the country on Sunday amid heightened fears of a Russian invasion. The State Department also said non-essential embassy staff could leave Ukraine at government expense.`;
const own = `The withdrawal came after the State Department ordered the families of all American personnel at the US Embassy in Ukraine to leave the country. Our correspondent in Kyiv says the mood is calm.`;

test('five reprints do not look like five confirmations: wire copy is grouped and a claim counts independent sources', async ({ page, request }) => {
  const created = await request.post('/api/stories', {
    data: { title: 'Wire copy', articles: [{ outlet: 'AP', text: ap }, { outlet: 'Daily Example', text: reprint }, { outlet: 'Own Reporting', text: own }] },
  });
  const { slug } = (await created.json()) as { slug: string };
  await settled(request, slug);
  await openAnalysedStory(page, `/stories/${slug}`);
  const outlets = page.getByRole('list', { name: 'Outlets' });
  const outlet = (name: string) => outlets.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  await expect(outlet('Daily Example')).toContainText('AP agency copy: same text as AP');
  await expect(outlet('AP')).toContainText('AP agency copy: same text as Daily Example');
  await expect(outlet('Own Reporting')).not.toContainText('copy');

  // The agency sentence and its reprint: two outlets, one source.
  const row = page.locator('[data-claim-id]').filter({ hasText: '2 of 3 outlets · 1 independent' }).first();
  await expect(row).toBeVisible();
  await row.getByRole('link', { name: /Claim \d+/ }).click();
  await expect(page.getByText(/independent sources: 1 of 2 \(some are copies of the same wire story\)/)).toBeVisible();
});
