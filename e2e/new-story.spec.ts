import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { storyCount } from './helpers';
import { FIXTURE_PORT } from './ports';

const itv =
  'Some British staff and dependants are being withdrawn from the embassy in Ukraine amid mounting fears of a Russian invasion. ' +
  'Officials said that around half of the staff working in Kyiv will return to the UK.';
const sun = 'BRITAIN has begun withdrawing some embassy staff from Ukraine over fears Russia will invade any day. Around half of staff are expected to leave, reports the BBC.';
const lbcHtml = `<!doctype html><html><head><title>Embassy staff leave Kyiv</title>
<meta property="og:site_name" content="LBC"><meta property="og:url" content="https://www.lbc.co.uk/news/embassy-staff">
<meta property="article:published_time" content="2022-01-24T09:00:00Z">
<script>alert('script in the head')</script></head>
<body><nav>Home News Sport</nav><article><h1>Embassy staff leave Kyiv</h1>
<p>Around half of the embassy staff in Kiev are returning to Britain, officials said.</p>
<p>Some British staff are being withdrawn from the embassy amid fears of a Russian invasion.</p>
<img src="x" onerror="alert('onerror')"><script>alert('script in the body')</script></article></body></html>`;

/** The form's error summary (Next's route announcer is an alert too). */
function problems(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'The story was not saved' });
}

function article(page: Page, number: number) {
  return page.getByRole('group', { name: `Article ${number}` });
}

test.beforeEach(async ({ page }) => {
  // No script from a pasted page may ever run.
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto('/stories/new');
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
});

test('paste two articles and drop a third as an HTML file, follow the analysis, land on the story with claims aligned', async ({ page }) => {
  await page.getByLabel('Title').fill('Embassy staff leave Ukraine (pasted)');
  await article(page, 1).getByLabel('Outlet').fill('ITV News');
  await article(page, 1).getByLabel('Text').fill(itv);
  await article(page, 2).getByLabel('Outlet').fill('The Sun');
  await article(page, 2).getByLabel('Text').fill(sun);
  await page.getByRole('button', { name: 'Add another article' }).click();
  await article(page, 3).getByLabel('File for article 3').setInputFiles({ name: 'lbc.html', mimeType: 'text/html', buffer: Buffer.from(lbcHtml) });
  // The outlet, address and date come from the page's own metadata.
  await expect(article(page, 3).getByLabel('Outlet')).toHaveValue('LBC');
  await expect(article(page, 3).getByLabel('Web address (optional)')).toHaveValue('https://www.lbc.co.uk/news/embassy-staff');
  await expect(article(page, 3).getByLabel('Date (optional)')).toHaveValue('2022-01-24');

  await page.getByRole('button', { name: 'Compare these articles' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Saved\. Analysing the story/ }).or(page.getByRole('heading', { name: 'Claims' })).first()).toBeVisible();
  await expect(page).toHaveURL(/\/stories\/embassy-staff-leave-ukraine-pasted-[0-9a-f]+$/, { timeout: 60_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Embassy staff leave Ukraine (pasted)');
  await expect(page.getByRole('list', { name: 'Outlets' })).toContainText('LBC');
  // The "around half" claim is reported by all three.
  const everywhere = page.locator('[data-claim-id]').filter({ hasNot: page.locator('[data-reported="false"]') });
  await expect(everywhere.filter({ hasText: /half of/i })).toHaveCount(1);
  // The saved draft is gone: the form starts empty again.
  await page.goto('/stories/new');
  await expect(page.getByLabel('Title')).toHaveValue('');
});

test('a refresh in the middle of pasting keeps the text', async ({ page }) => {
  await page.getByLabel('Title').fill('Half-written');
  await article(page, 2).getByLabel('Text').fill(sun);
  await page.reload();
  await expect(page.getByLabel('Title')).toHaveValue('Half-written');
  await expect(article(page, 2).getByLabel('Text')).toHaveValue(sun);
});

test('removing an article and starting over can each be undone', async ({ page }) => {
  await page.getByLabel('Title').fill('Keep my work');
  await article(page, 1).getByLabel('Text').fill(itv);
  await article(page, 2).getByLabel('Text').fill(sun);
  await page.getByRole('button', { name: 'Remove article 1' }).click();
  await expect(article(page, 1).getByLabel('Text')).toHaveValue(sun);
  await page.getByRole('status').filter({ hasText: 'Article 1 was removed.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(article(page, 1).getByLabel('Text')).toHaveValue(itv);
  await expect(article(page, 2).getByLabel('Text')).toHaveValue(sun);

  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('');
  await page.getByRole('status').filter({ hasText: 'The form was cleared.' }).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Title')).toHaveValue('Keep my work');
  await expect(article(page, 2).getByLabel('Text')).toHaveValue(sun);
  // The draft brought back is the one kept in the browser.
  await page.reload();
  await expect(article(page, 1).getByLabel('Text')).toHaveValue(itv);
});

test('offline, nothing is sent, the draft stays and the form says why', async ({ page, context, request }) => {
  const before = await storyCount(request);
  await page.getByLabel('Title').fill('Written on a train');
  await article(page, 1).getByLabel('Text').fill(itv);
  await article(page, 2).getByLabel('Text').fill(sun);
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Compare these articles' }).click();
  await expect(problems(page)).toContainText('You are offline, so nothing was sent. What you entered is still here');
  await context.setOffline(false);
  await expect(article(page, 2).getByLabel('Text')).toHaveValue(sun);
  expect(await storyCount(request)).toBe(before);
});

test.describe('bad input gets a clear message, nothing is saved and no script runs', () => {
  test('a web address pasted as the article', async ({ page, request }) => {
    const before = await storyCount(request);
    await page.getByLabel('Title').fill('Links only');
    await article(page, 1).getByLabel('Text').fill(itv);
    await article(page, 2).getByLabel('Text').fill('https://www.thesun.co.uk/news/17431415/british-embassy-staff-ukraine/');
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(problems(page)).toContainText('Article 2, text: is only a web address: give it as the article’s "url" without "text" and Parallax fetches the page');
    await expect(article(page, 2).getByLabel('Text')).toHaveAttribute('aria-invalid', 'true');
    expect(await storyCount(request)).toBe(before);
    // One click makes it an address to fetch.
    await article(page, 2).getByRole('button', { name: 'Fetch this page instead' }).click();
    await expect(article(page, 2).getByLabel('Web address (fetched when you save)')).toHaveValue('https://www.thesun.co.uk/news/17431415/british-embassy-staff-ukraine/');
    await expect(article(page, 2).getByLabel('Text')).toHaveValue('');
  });

  test('one article only', async ({ page, request }) => {
    const before = await storyCount(request);
    await page.getByLabel('Title').fill('Lonely');
    await article(page, 1).getByLabel('Text').fill(itv);
    await page.getByRole('button', { name: 'Remove article 2' }).click();
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(problems(page)).toContainText('Articles: a comparison needs at least 2 articles');
    expect(await storyCount(request)).toBe(before);
  });

  test('an empty article', async ({ page, request }) => {
    const before = await storyCount(request);
    await page.getByLabel('Title').fill('Half empty');
    await article(page, 1).getByLabel('Text').fill(itv);
    await article(page, 2).getByLabel('Text').fill('   ');
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(problems(page)).toContainText('Article 2, text: must not be empty');
    await expect(article(page, 2).getByLabel('Text')).toHaveAttribute('aria-invalid', 'true');
    expect(await storyCount(request)).toBe(before);
  });

  test('the same article pasted twice', async ({ page, request }) => {
    const before = await storyCount(request);
    await page.getByLabel('Title').fill('Agency copy twice');
    await article(page, 1).getByLabel('Outlet').fill('ITV News');
    await article(page, 1).getByLabel('Text').fill(itv);
    await article(page, 2).getByLabel('Outlet').fill('The Sun');
    await article(page, 2).getByLabel('Text').fill(itv);
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(problems(page)).toContainText('Article 2, text: is identical to article 1 (ITV News): articles 1 and 2 have the same text, so remove one of them');
    await expect(article(page, 2).getByLabel('Text')).toHaveAttribute('aria-invalid', 'true');
    await expect(article(page, 2)).toContainText('is identical to article 1 (ITV News)');
    expect(await storyCount(request)).toBe(before);
  });

  test('a 5 MB paste', async ({ page, request }) => {
    const before = await storyCount(request);
    await page.getByLabel('Title').fill('Too long');
    await article(page, 1).getByLabel('Text').fill(itv);
    await article(page, 2).getByLabel('Text').fill('Troops gathered. '.repeat(300_000));
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(problems(page)).toContainText('Article 2, text: must be at most 300,000 characters');
    expect(await storyCount(request)).toBe(before);
  });

  test('a binary file', async ({ page, request }) => {
    const before = await storyCount(request);
    await article(page, 1).getByLabel('File for article 1').setInputFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    await expect(problems(page)).toContainText('Article 1: photo.txt is not a text file (it holds binary data).');
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    expect(await storyCount(request)).toBe(before);
  });

  test('HTML full of scripts is reduced to its text and never runs', async ({ page }) => {
    await page.getByLabel('Title').fill('Scripts everywhere');
    await article(page, 1).getByLabel('Text').fill(itv);
    await article(page, 2).getByLabel('File for article 2').setInputFiles({ name: 'lbc.html', mimeType: 'text/html', buffer: Buffer.from(lbcHtml) });
    await page.getByRole('button', { name: 'Compare these articles' }).click();
    await expect(page).toHaveURL(/\/stories\/scripts-everywhere-[0-9a-f]+$/, { timeout: 60_000 });
    await page.getByRole('link', { name: 'Full text of LBC' }).click();
    await expect(page.locator('main')).toContainText('Around half of the embassy staff in Kiev');
    await expect(page.locator('main')).not.toContainText('alert(');
  });
});

test('the form passes axe', async ({ page }) => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('paste five web addresses at once: the pages are fetched and become the story; a refused one is named with its reason', async ({ page }) => {
  const site = `http://127.0.0.1:${FIXTURE_PORT}`;
  const paths = ['/news/derailment-marlow-creek', '/2026/11/12/train-derailment', '/story/marlow-creek-rail-spill', '/world/rail/derailed-train-alder-river', '/local/derailment'];
  await page.getByLabel('Title').fill('Marlow Creek derailment (by address)');
  const addresses = page.getByLabel('Add articles by web address');
  await addresses.fill([...paths.map((path) => `${site}${path}`), 'not an address', `${site}/refuse/json`].join('\n'));
  await page.getByRole('button', { name: 'Add these articles' }).click();
  await expect(page.getByRole('status').filter({ hasText: '6 articles added below' })).toContainText('Not web addresses, so left out: not an address.');
  // The two blank articles made way for the six addresses.
  await expect(article(page, 6).getByLabel('Web address (fetched when you save)')).toHaveValue(`${site}/refuse/json`);
  await expect(article(page, 7)).toHaveCount(0);

  await page.getByRole('button', { name: 'Compare these articles' }).click();
  await expect(problems(page)).toContainText(`Article 6, web address: ${site}/refuse/json is application/json, not an HTML page`);
  await article(page, 6).getByRole('button', { name: 'Remove article 6' }).click();

  const started = Date.now();
  await page.getByRole('button', { name: 'Compare these articles' }).click();
  await expect(page).toHaveURL(/\/stories\/marlow-creek-derailment-by-address-[0-9a-f]+$/, { timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Claims' })).toBeVisible();
  // Reported, not asserted (timings vary by machine): issue 19's target is under 10 s.
  console.log(`five web addresses to a story page: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const outlet of ['Northern Herald', 'Daily Courier', 'Valley Post', 'Metro Wire', 'Easton Gazette']) await expect(page.getByText(outlet).first()).toBeVisible();
});
