import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SEED_SLUG } from './helpers';

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

test('a teacher gives a worksheet to a class; a student joins, works (a reload keeps it) and hands in; the teacher sees it, downloads it and closes the class', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await page.goto(`/stories/${SEED_SLUG}/lesson?claims=2&blind=1`);
  await page.getByRole('button', { name: 'Give this worksheet to a class' }).click();
  const given = page.getByRole('region', { name: /^Class code/ });
  await expect(given).toBeVisible();
  const code = (await given.getByRole('heading').textContent())!.replace('Class code', '').trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{6}$/);
  const teacherLink = await given.getByLabel(/Your link to the class’s answers/).inputValue();
  expect(teacherLink).toMatch(new RegExp(`/classes/${code}/teacher#key=[A-Za-z0-9_-]{32}$`));
  await expect(given.getByRole('link', { name: 'Share to Google Classroom' })).toHaveAttribute('href', new RegExp(`^https://classroom\\.google\\.com/share\\?url=.*%2Fclasses%2F${code}$`));

  // A student, in a browser of their own, types the code.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await student.goto('/classes');
  await student.getByLabel('The class code your teacher gave you').fill(code.toLowerCase());
  await student.getByRole('button', { name: 'Join' }).click();
  await expect(student).toHaveURL(new RegExp(`/classes/${code}$`));
  await expect(student.getByText('ITV News')).toHaveCount(0);
  await student.getByLabel(/Your first name or a nickname/).fill('Sam');
  await student.getByRole('button', { name: 'Start the worksheet' }).click();
  await expect(student.getByText('Working as Sam.')).toBeVisible();
  await axe(student);

  // Work is saved as it goes: a marked word survives a reload.
  const first = student.getByRole('region', { name: 'Question 1' });
  const word = first.getByRole('group').first().getByRole('button').first();
  const saved = student.waitForResponse((response) => response.url().endsWith(`/api/classes/${code}/answers/1`) && response.request().method() === 'POST');
  await word.click();
  expect((await saved).status()).toBe(200);
  await student.reload();
  await expect(student.getByRole('region', { name: 'Question 1' }).getByRole('group').first().getByRole('button').first()).toHaveAttribute('aria-pressed', 'true');
  await student.getByRole('region', { name: 'Question 1' }).getByRole('button', { name: 'Check question 1' }).click();
  await expect(student.getByRole('region', { name: 'Question 1' }).getByRole('status')).toContainText(/Well spotted|Not quite/);

  await student.getByRole('button', { name: 'Hand in…' }).click();
  await student.getByRole('button', { name: 'Yes, hand in' }).click();
  await expect(student.getByRole('status').filter({ hasText: 'You handed this worksheet in.' })).toBeVisible();
  await expect(student.getByRole('button', { name: 'Check question 1' })).toHaveCount(0);

  // The teacher, in another browser, with the teacher's link.
  const teacherContext = await browser.newContext({ acceptDownloads: true });
  const teacher = await teacherContext.newPage();
  await teacher.goto(`/classes/${code}/teacher`);
  await expect(teacher.getByText('The class’s answers are for its teacher')).toBeVisible();
  await teacher.goto(teacherLink);
  await expect(teacher).toHaveURL(new RegExp(`/classes/${code}/teacher$`));
  const byStudent = teacher.getByRole('region', { name: 'Answers by student' });
  await expect(byStudent.getByRole('row', { name: /Sam/ })).toBeVisible();
  await expect(byStudent.getByRole('row', { name: /Sam/ })).not.toContainText('not yet');
  await axe(teacher);
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Download as CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const lines = readFileSync(file!, 'utf8').split('\r\n');
  expect(lines[0]).toBe('student,handed in,questions all right,question 1,question 1: kinds chosen,question 2,question 2: kinds chosen');
  expect(lines[1]).toMatch(/^Sam,\d{4}-/);

  await teacher.getByRole('button', { name: 'Close the assignment' }).click();
  await expect(teacher.getByRole('status').filter({ hasText: 'Closed: no new students or answers.' })).toBeVisible();
  const late = await (await browser.newContext()).newPage();
  await late.goto(`/classes/${code}`);
  await expect(late.getByText('Your teacher has closed this assignment: it takes no new students.')).toBeVisible();
  await studentContext.close();
  await teacherContext.close();
});

test('25 students, in browsers of their own (five at a time), join and hand in; the teacher’s page and CSV count them right; the pages fit a tablet and a phone', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const created = await (await request.post(`/api/stories/${SEED_SLUG}/assignments`, { data: { claims: 2 } })).json();
  const { code, teacherUrl, teacherToken } = created as { code: string; teacherUrl: string; teacherToken: string };
  const names = Array.from({ length: 25 }, (_, index) => `Student ${index + 1}`);
  // Odd-numbered students check question 1 with nothing marked (so: answered, not all right); the others
  // answer nothing. Everyone hands in.
  const answering = names.filter((_, index) => index % 2 === 0);
  const work = async (name: string, index: number) => {
    const context = await browser.newContext({ viewport: index === 0 ? { width: 390, height: 844 } : { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.goto(`/classes/${code}`);
    await page.getByLabel(/Your first name or a nickname/).fill(name);
    await page.getByRole('button', { name: 'Start the worksheet' }).click();
    await expect(page.getByText(`Working as ${name}.`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    if (answering.includes(name)) {
      const question = page.getByRole('region', { name: 'Question 1' });
      await question.getByRole('button', { name: 'Check question 1' }).click();
      await expect(question.getByRole('status')).toContainText('Not quite.');
    }
    await page.getByRole('button', { name: 'Hand in…' }).click();
    await page.getByRole('button', { name: 'Yes, hand in' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'You handed this worksheet in.' })).toBeVisible();
    await context.close();
  };
  for (let from = 0; from < names.length; from += 5) await Promise.all(names.slice(from, from + 5).map((name, offset) => work(name, from + offset)));

  const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
  const teacher = await context.newPage();
  await teacher.goto(`${teacherUrl}#key=${teacherToken}`);
  const byQuestion = teacher.getByRole('region', { name: 'By question' });
  await expect(byQuestion.getByRole('row')).toHaveCount(3);
  await expect(byQuestion.getByRole('row').nth(1)).toContainText(`${answering.length} of 25`);
  await expect(byQuestion.getByRole('row').nth(2)).toContainText('0 of 25');
  const byStudent = teacher.getByRole('region', { name: 'Answers by student' });
  await expect(byStudent.getByRole('row')).toHaveCount(26);
  await expect(byStudent.getByRole('row').filter({ hasText: 'not yet' })).toHaveCount(0);
  expect(await teacher.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const csv = await (await request.get(`/api/classes/${code}/results?format=csv`, { headers: { 'X-Teacher-Token': teacherToken } })).text();
  const rows = csv.trimEnd().split('\r\n').slice(1).map((line) => line.split(','));
  // In the order they joined (five joined at once at a time).
  expect(rows.map((row) => row[0]).sort()).toEqual([...names].sort());
  for (const row of rows) {
    expect(row[1]).toMatch(/^\d{4}-\d\d-\d\dT/);
    if (answering.includes(row[0]!)) expect(row[3]).toMatch(/^not quite \(0 of \d+ words\)$/);
    else expect(row[3]).toBe('');
  }
  await context.close();
});
