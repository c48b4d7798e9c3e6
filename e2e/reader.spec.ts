import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { claimId } from '../lib/analysis/ids';
import { createOwnStory, createStory, editHeaders, openAnalysedStory, openFilters, SAMPLE_TEXTS, SEED_SLUG as slug, settled } from './helpers';

const storyPath = `/stories/${slug}`;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
}

// The row that reports the sentence (another row may offer it as "possibly reported").
const halfClaim = (page: Page) =>
  page.locator('[data-claim-id]').filter({ has: page.locator('.claim-cell[data-reported="true"]', { hasText: 'half of the staff working in Kyiv will return' }) });

test('the "around half of staff" claim shows ITV News and The Sun side by side, with the attribution difference highlighted', async ({ page }) => {
  await openAnalysedStory(page);
  await expect(page.getByText(/\d+ claims · \d+ reported by all 3 outlets · \d+ with differences · \d+ reported by only one outlet/)).toBeVisible();
  const row = halfClaim(page);
  await expect(row).toHaveCount(1);
  await expect(row.locator('[data-article-id][data-reported="true"]')).toHaveCount(2);
  const sun = row.locator('.claim-cell[data-reported="true"]').nth(1);
  await expect(sun).toContainText('half of staff are expected');
  const attribution = sun.locator('mark[data-types~="attribution"]');
  await expect(attribution).toContainText('BBC');
  await expect(attribution).toContainText('The Sun: attribution differs');
  await expect(row.locator('.claim-cell[data-reported="false"]')).toContainText('Not reported');
});

test('the story page says first what differs, each difference linking to its claim', async ({ page }) => {
  await openAnalysedStory(page);
  const summary = page.getByRole('region', { name: 'What differs' });
  const attribution = summary.getByRole('listitem').filter({ hasText: /^attribution \d+ claims?, as in / });
  await expect(attribution).toContainText('ITV News credits “Officials”');
  await expect(summary.getByText('Names written differently:')).toBeVisible();
  // The summary comes before the grid, and its links lead to the claims' pages.
  const [summaryBox, gridBox] = [await summary.boundingBox(), await page.getByRole('region', { name: 'Claims by outlet' }).boundingBox()];
  expect(summaryBox!.y).toBeLessThan(gridBox!.y);
  await attribution.getByRole('link', { name: /credits/ }).click();
  await expect(page).toHaveURL(/\/claims\/c[0-9a-z]+$/);
  await expect(page.getByRole('heading', { name: 'Differences', exact: true })).toBeVisible();
});

test('a story page reads in full without JavaScript, even on its first, uncached render', async ({ browser, request }) => {
  const slug = await createStory(request, 'Read without JavaScript');
  const story = await settled(request, slug);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/stories/${slug}`);
  await expect(page.getByRole('heading', { name: 'What differs', level: 2 })).toBeVisible();
  await expect(page.getByText(/^Loading/)).toHaveCount(0);
  await expect(page.locator('[data-claim-id]')).toHaveCount(story.claims.length);
  // Each row is titled by its claim.
  for (const [index, claim] of story.claims.entries()) {
    await expect(page.getByRole('link', { name: `Claim ${index + 1}: ${claim.summary}`, exact: true })).toHaveCount(1);
  }
  await context.close();
});

test('seven outlets: the grid scrolls sideways within itself, never the page, and keeps the row title and each cell\'s outlet in view', async ({ page, request }) => {
  const texts = Array.from({ length: 7 }, (_, index) => `${SAMPLE_TEXTS[index % 3]} This came from the ${'ABCDEFG'[index]} desk.`);
  const slug = await createStory(request, 'Seven outlets', texts);
  await settled(request, slug);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/stories/${slug}`);
  const region = page.getByRole('region', { name: 'Claims by outlet' });
  await expect(region).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  const row = page.locator('[data-claim-id]').first();
  await row.scrollIntoViewIfNeeded();
  await expect(row.locator('.cell-outlet').first()).toBeVisible();
  await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
  await expect(row.locator('.cell-outlet').last()).toBeInViewport();
  await expect(row.locator('.cell-outlet').last()).toHaveText('Outlet 7');
  const [title, box] = [await row.getByRole('heading', { level: 3 }).boundingBox(), await region.boundingBox()];
  expect(title!.x).toBeGreaterThanOrEqual(box!.x - 1);
});

test('a cell that says "possibly reported" links the outlet\'s close sentence to the row that holds it', async ({ page }) => {
  await openAnalysedStory(page);
  const cell = page.locator('.claim-cell[data-reported="possibly"]').first();
  await expect(cell).toContainText('Possibly reported');
  const link = cell.getByRole('link');
  const sentence = ((await link.textContent()) ?? '').replace(/^“|”$/g, '');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${storyPath}/claims/`));
  // Each outlet's words as they read on screen: a highlight's note for screen readers splits the text.
  const versions = page.getByRole('region', { name: 'Each outlet’s words' }).locator('blockquote');
  const shown = () =>
    versions.evaluateAll((quotes) =>
      quotes.map((quote) => {
        const copy = quote.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.sr-only').forEach((note) => note.remove());
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    );
  await expect.poll(shown).toContainEqual(expect.stringContaining(sentence.slice(0, 40)));
});

test('filtering to attribution keeps the filter in the URL, across a reload', async ({ page }) => {
  await openAnalysedStory(page);
  const total = await page.locator('[data-claim-id]').count();
  await openFilters(page);
  await page.getByRole('checkbox', { name: /attribution/ }).check();
  await expect(page).toHaveURL(/\?type=attribution$/);
  const rows = page.locator('[data-claim-id]');
  await expect(rows).not.toHaveCount(total);
  for (const row of await rows.all()) await expect(row.getByRole('list', { name: 'Differences' })).toContainText('attribution');
  await expect(halfClaim(page)).toHaveCount(1);
  const shown = await rows.count();
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(`Showing ${shown} of ${total} claims`);

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /attribution/ })).toBeChecked();
  await expect(rows).toHaveCount(shown);

  await page.getByLabel('Sort').selectOption('discrepancies');
  await expect(page).toHaveURL(/\?type=attribution&sort=discrepancies$/);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
  await expect(rows).toHaveCount(total);
});

test('a claim permalink reads the same with JavaScript off, has a PNG share card and JSON-LD with one appearance per outlet', async ({ page, browser, request }) => {
  await openAnalysedStory(page, `${storyPath}?show=everywhere`);
  const row = page.locator('[data-claim-id]').first();
  await expect(row.locator('[data-reported="false"]')).toHaveCount(0);
  await row.getByRole('link', { name: /Claim \d+/ }).click();
  await expect(page).toHaveURL(/\/claims\/c[0-9a-z]+$/);
  await expect(page.getByRole('heading', { name: 'Each outlet’s words' })).toBeVisible();
  const url = page.url();
  const withJs = await page.locator('main').innerText();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const noJs = await context.newPage();
  await noJs.goto(url);
  const withoutJs = await noJs.locator('main').innerText();
  // The copy button only appears once JavaScript runs; everything else is the same.
  expect(withoutJs).toBe(withJs.replace(/\n?Copy link/, ''));
  await expect(noJs.getByRole('heading', { name: 'Each outlet’s words' })).toBeVisible();
  await expect(noJs.getByRole('heading', { level: 3 })).toHaveText(['ITV News', 'The Sun', 'LBC']);

  const ogImage = await noJs.locator('meta[property="og:image"]').getAttribute('content');
  const image = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
  expect((await image.body()).subarray(1, 4).toString()).toBe('PNG');

  const jsonLd = JSON.parse((await noJs.locator('script[type="application/ld+json"]').textContent())!) as {
    '@type': string;
    appearance: { '@type': string; publisher: { name: string } }[];
    firstAppearance: unknown;
  };
  expect(jsonLd['@type']).toBe('Claim');
  expect(jsonLd.appearance.map((appearance) => appearance.publisher.name)).toEqual(['ITV News', 'The Sun', 'LBC']);
  expect(jsonLd.firstAppearance).toBeTruthy();
  await context.close();
});

test('the copy button copies the permanent link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openAnalysedStory(page);
  await halfClaim(page).getByRole('link', { name: /Claim \d+/ }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/stories\/embassy-staff-leave-ukraine\/claims\/c[0-9a-z]+$/);
});

test('keyboard only: from the home page to a claim permalink, with a visible focus at every step', async ({ page }) => {
  await openAnalysedStory(page);
  await page.goto('/');
  const tabTo = async (name: RegExp) => {
    for (let presses = 0; presses < 200; presses++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        return { label: (element.getAttribute('aria-label') ?? element.innerText).trim(), outline: getComputedStyle(element).outlineStyle };
      });
      if (focused) expect(focused.outline, `focus on "${focused.label}" is visible`).not.toBe('none');
      if (focused && name.test(focused.label)) return;
    }
    throw new Error(`never reached ${name}`);
  };
  await tabTo(/^British and US embassy staff leave Ukraine/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
  await tabTo(/^Claim 3:/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/claims\/c[0-9a-z]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the source view greys what is not the article, with the reason, and links each claim sentence', async ({ page }) => {
  await openAnalysedStory(page);
  await page.getByRole('link', { name: 'Full text of LBC' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('LBC: full text');
  await expect(page.locator('.excluded[data-reason="navigation"]').first()).toContainText('site navigation');
  const claimLinks = page.locator('a.claim-link');
  expect(await claimLinks.count()).toBeGreaterThan(5);
  // Nothing in the navigation tail is a claim.
  await expect(page.locator('.excluded a.claim-link')).toHaveCount(0);
  await claimLinks.first().click();
  await expect(page).toHaveURL(/\/claims\/c[0-9a-z]+$/);
});

test('every reader page passes axe (WCAG 2.2 AA) in light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  await openAnalysedStory(page);
  const claimPath = await halfClaim(page).getByRole('link', { name: /Claim \d+/ }).getAttribute('href');
  const articlePath = await page.getByRole('link', { name: 'Full text of The Sun' }).getAttribute('href');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ['/', '/about', '/guide', storyPath, `${storyPath}?type=attribution`, claimPath!, articlePath!, '/stories/no-such-story', `${storyPath}/claims/no-such-claim`]) {
      await page.goto(path);
      await test.step(`${scheme} ${path}`, () => expectNoAxeViolations(page));
    }
  }
});

test('an unknown claim answers 404 with a page that says so', async ({ page }) => {
  const response = await page.goto(`${storyPath}/claims/c-no-such-claim`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Claim not found');
  // It names the story the link came from, and leads back to it.
  await expect(page).toHaveTitle(/^Claim not found in “.+” · Parallax$/);
  await page.getByRole('link', { name: /^Back to “.+”$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${storyPath}$`));
});

test('screenshots of the story and claim pages: light, dark and narrow', async ({ page }, testInfo) => {
  await openAnalysedStory(page);
  const claimPath = await halfClaim(page).getByRole('link', { name: /Claim \d+/ }).getAttribute('href');
  for (const [name, path] of [['story', storyPath], ['claim', claimPath!]] as const) {
    for (const [variant, scheme, width] of [['light', 'light', 1280], ['dark', 'dark', 1280], ['narrow', 'light', 390]] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const file = testInfo.outputPath(`${name}-${variant}.png`);
      await page.screenshot({ path: file, fullPage: false });
      await testInfo.attach(`${name}-${variant}`, { path: file, contentType: 'image/png' });
    }
  }
});

test('a claim link that was replaced by a re-analysis redirects to the claim that replaced it', async ({ page, request }) => {
  const { slug: newSlug, editToken } = await createOwnStory(request, 'Redirected claims');
  const before = await settled(request, newSlug);
  // A claim of two or more outlets, and the article whose sentence its id was made from (the engine
  // picks it by a canonical article order, not by the order of the columns).
  const anchored = before.claims.find((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size >= 2);
  expect(anchored).toBeDefined();
  const first = anchored!.mentions.find((mention) => claimId(mention.articleId, mention.text) === anchored!.id)!.articleId;
  const removed = await request.delete(`/api/stories/${newSlug}/articles/${first}`, { headers: editHeaders(editToken) });
  await settled(request, newSlug, ((await removed.json()) as { job: { id: number } }).job.id);

  const old = await request.get(`/stories/${newSlug}/claims/${anchored!.id}`, { maxRedirects: 0 });
  expect(old.status()).toBe(307);
  const target = old.headers()['location']!;
  expect(target).toMatch(new RegExp(`/stories/${newSlug}/claims/c[0-9a-z]+$`));
  const response = await page.goto(`/stories/${newSlug}/claims/${anchored!.id}`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe(target.split(",")[0]!.trim());
});

test('a story opened while it is being analysed shows the job, then the claims without a reload', async ({ page, request }) => {
  const newSlug = await createStory(request, 'Opened while analysing', ['Officials said 40 staff left the embassy on Monday.', 'Forty embassy staff left on Monday, reports the BBC.']);
  let loads = 0;
  page.on('load', () => loads++);
  // Records any moment the page shows neither the progress nor the claims (after the job finished, the
  // cached page can take seconds to be regenerated).
  await page.addInitScript(() => {
    const shown = () => document.querySelector('#claims-heading') !== null || [...document.querySelectorAll('[role="status"]')].some((status) => /Analysing this story/.test(status.textContent ?? ''));
    document.addEventListener('DOMContentLoaded', () => {
      const check = () => {
        if (!shown()) (window as unknown as { blank: boolean }).blank = true;
      };
      check();
      new MutationObserver(check).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.goto(`/stories/${newSlug}`);
  const grid = page.getByRole('heading', { name: 'Claims', level: 2 });
  // Either state may be the first one rendered (the job can finish before the page loads): whichever
  // it is, the claims then appear in the same page, with no second load and no blank moment between.
  await expect(page.getByRole('status').filter({ hasText: /Analysing this story/ }).or(grid).first()).toBeVisible();
  await expect(grid).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-claim-id]').first()).toBeVisible();
  expect(loads).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { blank?: boolean }).blank ?? false)).toBe(false);
});
