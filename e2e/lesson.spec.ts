import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { extractText } from 'unpdf';
import { SEED_SLUG } from './helpers';

const lessonPath = `/stories/${SEED_SLUG}/lesson?claims=2&blind=1`;

test('a blind-mode lesson: one question answered right, one wrong, each with feedback', async ({ page }) => {
  await expect(async () => {
    await page.goto(lessonPath);
    await expect(page.getByRole('heading', { name: 'Question 2', level: 2 })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000 });
  const question = (number: number) => page.getByRole('region', { name: `Question ${number}`, exact: true });
  // Blind: the worksheet never names an outlet.
  for (const number of [1, 2]) await expect(question(number)).not.toContainText(/ITV|The Sun|LBC/);
  await expect(question(1).getByRole('group', { name: 'Outlet A' })).toBeVisible();

  // The teacher's key says what is right.
  await page.getByRole('button', { name: 'Show the answer key' }).click();
  const key = page.getByRole('region', { name: 'Answer key' }).getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Question 1:/ }) });
  const types = (await key.getByRole('heading').innerText()).replace(/^Question 1: /, '').split(', ');
  const versions = await key.getByRole('list', { name: 'Versions' }).getByRole('listitem').all();
  for (const version of versions) {
    const label = (await version.locator('span.font-semibold').innerText()).replace(/:$/, '');
    const marked = await version.locator('mark').evaluateAll((marks) => marks.map((mark) => mark.firstChild?.textContent ?? ''));
    for (const word of marked.join(' ').match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []) {
      for (const button of await question(1).getByRole('group', { name: label }).getByRole('button', { name: word, exact: true }).all()) await button.click();
    }
  }
  for (const type of types) await question(1).getByRole('checkbox', { name: type, exact: true }).check();
  await question(1).getByRole('button', { name: 'Check question 1' }).click();
  await expect(question(1).getByRole('status')).toContainText('Well spotted: you found every difference.');

  await question(2).getByRole('checkbox', { name: 'contradiction', exact: true }).check();
  await question(2).getByRole('button', { name: 'Check question 2' }).click();
  await expect(question(2).getByRole('status')).toContainText('Not quite.');
  await expect(question(2).getByRole('status')).toContainText('Not here: they do not differ in contradiction.');
  await expect(question(2).getByRole('status')).toContainText('Why:');

  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test('the lesson options make a shareable link, and the lesson fits a tablet', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto(`/stories/${SEED_SLUG}/lesson`);
  await page.getByLabel('Questions').selectOption('3');
  await page.getByLabel('Hide outlet names (blind mode)').check();
  await page.getByRole('button', { name: 'Make the worksheet' }).click();
  await expect(page).toHaveURL(/\/lesson\?claims=3&blind=1/);
  await expect(page.getByRole('heading', { name: /^Question \d$/, level: 2 })).toHaveCount(3);
  const link = await page.getByRole('link', { name: /\/lesson\?claims=3/ }).getAttribute('href');
  expect(link).toBe(`/stories/${SEED_SLUG}/lesson?claims=3&blind=1`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  const file = testInfo.outputPath('lesson-tablet.png');
  await page.screenshot({ path: file, fullPage: false });
  await testInfo.attach('lesson-tablet', { path: file, contentType: 'image/png' });
});

// On paper the words are text, not buttons: every version's sentence prints in full (it once printed as
// punctuation only), with an instruction for a pen.
test('a printed worksheet shows every version in full', async ({ page }) => {
  await page.goto(`${lessonPath.replace('claims=2', 'claims=4')}`);
  await expect(page.getByRole('heading', { name: 'Question 1', level: 2 })).toBeVisible();
  const versions = await page.getByRole('group').filter({ has: page.locator('button.word') }).all();
  expect(versions.length).toBeGreaterThanOrEqual(2);
  const sentences = await Promise.all(versions.map((version) => version.locator('bdi').innerText()));
  await page.emulateMedia({ media: 'print' });
  for (const [index, version] of versions.entries()) {
    await expect(version.locator('bdi')).toBeVisible();
    expect(await version.locator('bdi').innerText()).toBe(sentences[index]);
    expect(sentences[index]).toMatch(/\p{L}{3,}/u);
  }
  await expect(page.getByText('Underline the words that differ between the versions, then tick how they differ.').first()).toBeVisible();
  // Room to write under every question, on paper only.
  const writing = page.getByText('Why might the outlets tell it differently?');
  await expect(writing).toHaveCount(await page.getByRole('heading', { name: /^Question \d+$/, level: 2 }).count());
  await expect(writing.first()).toBeVisible();
  await expect(page.getByText('Tap the words that differ').first()).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(writing.first()).toBeHidden();
});

test("a teacher chooses the claims; the students' link shows that worksheet alone, with no way to the outlets in blind mode", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}/lesson?blind=1`);
  await page.getByText('Choose the claims yourself').click();
  const choices = page.getByRole('group', { name: /Tick the claims to ask about/ }).getByRole('checkbox');
  expect(await choices.count()).toBeGreaterThanOrEqual(3);
  await choices.nth(2).check();
  await choices.nth(0).check();
  await page.getByRole('button', { name: 'Make the worksheet' }).click();
  await expect(page).toHaveURL(/blind=1&pick=[a-z0-9-]+&pick=[a-z0-9-]+/);
  await expect(page.getByRole('heading', { name: /^Question \d$/, level: 2 })).toHaveCount(2);
  const teacherSentences = await page.getByRole('region', { name: 'Question 1', exact: true }).locator('bdi').allInnerTexts();

  const studentsPath = await page.getByRole('link', { name: /\/lesson\/students\?/ }).getAttribute('href');
  expect(studentsPath).toMatch(/^\/stories\/[^/]+\/lesson\/students\?claims=5&blind=1&pick=/);
  await page.goto(studentsPath!);
  await expect(page.getByRole('heading', { name: /^Question \d$/, level: 2 })).toHaveCount(2);
  expect(await page.getByRole('region', { name: 'Question 1', exact: true }).locator('bdi').allInnerTexts()).toEqual(teacherSentences);
  // The worksheet alone: no options, no key, no link to the story or its claims, and no outlet named.
  await expect(page.getByRole('form', { name: 'Lesson options' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show the answer key' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Answer key' })).toHaveCount(0);
  const links = await page.locator('main a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
  expect(links.filter((href) => href?.includes('/stories/') || href === '/guide')).toEqual([]);
  expect(await page.locator('main').innerText()).not.toMatch(/ITV|The Sun|LBC/);
  expect(await page.title()).not.toMatch(/ITV|The Sun|LBC/);

  // Students still check their own answers.
  await page.getByRole('region', { name: 'Question 1', exact: true }).getByRole('checkbox', { name: 'contradiction', exact: true }).check();
  await page.getByRole('button', { name: 'Check question 1' }).click();
  await expect(page.getByRole('region', { name: 'Question 1', exact: true }).getByRole('status')).toContainText('Why:');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

test("a 45-minute lesson plan from the teacher's page: the students' link, four timed parts, and prompts from the story's own differences", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}/lesson?claims=3&blind=1`);
  await page.getByRole('link', { name: 'A 45-minute lesson plan for this worksheet' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SEED_SLUG}/lesson/plan\\?claims=3&blind=1$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^A 45-minute lesson: /);
  const students = page.getByRole('link', { name: /\/lesson\/students\?claims=3&blind=1$/ });
  await expect(students).toHaveAttribute('href', `/stories/${SEED_SLUG}/lesson/students?claims=3&blind=1`);
  const minutes = await page.getByRole('heading', { level: 2, name: / · \d+ minutes$/ }).allInnerTexts();
  expect(minutes.map((heading) => heading.replace(/ · .*/, ''))).toEqual(['Warm-up', 'Worksheet', 'Discussion', 'Wrap-up']);
  expect(minutes.reduce((sum, heading) => sum + Number(/(\d+) minutes/.exec(heading)?.[1]), 0)).toBe(45);
  // The discussion asks about the seed story's own differences, each leading to its claim.
  const prompts = page.getByRole('list', { name: 'Discussion prompts' }).getByRole('listitem');
  expect(await prompts.count()).toBeGreaterThanOrEqual(2);
  await expect(prompts.first()).toContainText(/Ask: .+\?/);
  await prompts.first().getByRole('link', { name: /^The claim side by side/ }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SEED_SLUG}/claims/c[0-9a-z-]+$`));
  await page.goBack();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
});

// The worksheet a teacher hands out as a PDF: what "Print or save as PDF" gives, here printed by Chromium.
test("the students' worksheet saved as a PDF holds every question's sentences", async ({ page }) => {
  await page.goto(`/stories/${SEED_SLUG}/lesson/students?claims=4&blind=1`);
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
  const normal = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const sentences = (await page.locator('section bdi').allInnerTexts()).map(normal);
  expect(sentences.length).toBeGreaterThanOrEqual(8);
  const { text } = await extractText(new Uint8Array(await page.pdf({ format: 'A4' })), { mergePages: true });
  const printed = normal(text);
  for (const sentence of sentences) expect(printed).toContain(sentence);
  for (let number = 1; number <= 4; number++) expect(printed).toContain(`Question ${number}`);
  expect(printed).not.toMatch(/Answer key|ITV|The Sun|LBC/);
});

