import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createOwnStory, editHeaders, SAMPLE_TEXTS, SEED_SLUG, settled } from './helpers';

test('an edit token renames, unlists and deletes a story; without it nothing changes; a deleted story answers 410 everywhere', async ({ request }) => {
  const title = `Managed story ${Date.now()}`;
  const { slug, editToken } = await createOwnStory(request, title);
  expect(editToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const story = await settled(request, slug);
  const claim = story.claims[0]!.id;
  const inList = async (query = '') => ((await (await request.get(`/api/stories${query}`)).json()) as { stories: { slug: string }[] }).stories.some((listed) => listed.slug === slug);

  // Without the story's token: refused, and the story is unchanged.
  for (const headers of [{}, editHeaders('made-up-token'), editHeaders(`${editToken}x`)]) {
    const refused = await request.patch(`/api/stories/${slug}`, { data: { title: 'Hijacked' }, headers });
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('forbidden:edit-token');
    expect((await request.delete(`/api/stories/${slug}`, { headers })).status()).toBe(403);
    expect((await request.post(`/api/stories/${slug}/articles`, { data: { outlet: 'Intruder', text: 'Troops left the border on Friday, officials said.' }, headers })).status()).toBe(403);
  }
  expect((await request.patch(`/api/stories/${SEED_SLUG}`, { data: { title: 'Renamed seed' }, headers: editHeaders(editToken) })).status()).toBe(403);
  expect(((await (await request.get(`/api/stories/${slug}`)).json()) as { title: string }).title).toBe(title);

  // With it: a bad change is refused with the field named, a good one is saved.
  const empty = await request.patch(`/api/stories/${slug}`, { data: { title: ' ' }, headers: editHeaders(editToken) });
  expect(empty.status()).toBe(422);
  const renamed = await request.patch(`/api/stories/${slug}`, { data: { title: `${title} (renamed)`, unlisted: true }, headers: editHeaders(editToken) });
  expect(renamed.status()).toBe(200);
  expect(await renamed.json()).toEqual({ slug, title: `${title} (renamed)`, unlisted: true });
  // Unlisted: off the list and out of search, still there by its link.
  expect(await inList()).toBe(false);
  expect(await inList(`?q=${encodeURIComponent('"Managed story"')}`)).toBe(false);
  expect((await request.get(`/stories/${slug}`)).status()).toBe(200);
  expect(await request.patch(`/api/stories/${slug}`, { data: { unlisted: false }, headers: editHeaders(editToken) }).then((response) => response.status())).toBe(200);
  expect(await inList()).toBe(true);

  const deleted = await request.delete(`/api/stories/${slug}`, { headers: editHeaders(editToken) });
  expect(deleted.status()).toBe(204);
  expect(await inList()).toBe(false);
  for (const path of [`/api/stories/${slug}`, `/api/stories/${slug}/claims/${claim}`, `/api/stories/${slug}/status`, `/api/stories/${slug}/export?format=csv`]) {
    const gone = await request.get(path);
    expect(gone.status(), path).toBe(410);
    expect(((await gone.json()) as { error: { code: string } }).error.code).toBe('gone:story');
  }
  for (const path of [`/stories/${slug}`, `/stories/${slug}/claims/${claim}`, `/stories/${slug}/lesson`, `/stories/${slug}/edit`]) {
    const gone = await request.get(path);
    expect(gone.status(), path).toBe(410);
    expect(await gone.text()).toContain('This story was removed');
  }
  expect((await request.delete(`/api/stories/${slug}`, { headers: editHeaders(editToken) })).status()).toBe(410);
  // A story that never was is still "not found".
  expect((await request.get('/stories/never-there-0a0a0a')).status()).toBe(404);
});

test("the creating browser is shown the edit link once; the link opens the editor in another browser, which renames and deletes the story", async ({ page, browser }) => {
  await page.goto('/stories/new');
  await page.getByLabel('Title').fill('Story with an edit link');
  for (const [index, text] of SAMPLE_TEXTS.slice(0, 2).entries()) {
    const article = page.getByRole('group', { name: `Article ${index + 1}` });
    await article.getByLabel('Outlet').fill(`Outlet ${index + 1}`);
    await article.getByLabel('Text').fill(text);
  }
  await page.getByRole('button', { name: 'Compare these articles' }).click();
  await expect(page).toHaveURL(/\/stories\/story-with-an-edit-link-[0-9a-f]+$/, { timeout: 60_000 });
  const slug = new URL(page.url()).pathname.split('/').pop()!;

  const notice = page.getByRole('region', { name: 'Keep this story’s edit link' });
  await expect(notice).toBeVisible();
  const link = await notice.getByLabel('Edit link').inputValue();
  expect(link).toMatch(new RegExp(`/stories/${slug}/edit#key=[A-Za-z0-9_-]{32}$`));
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await notice.getByRole('button', { name: 'I have kept it' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Story with an edit link');
  await expect(notice).toHaveCount(0);
  // This browser keeps the token: its editor opens without the link.
  await page.getByRole('link', { name: 'Edit the story' }).click();
  await expect(page.getByRole('form', { name: 'The story' })).toBeVisible();

  // Another browser: no editor without the link; with it, the editor, and the token leaves the address bar.
  const other = await browser.newContext();
  const elsewhere = await other.newPage();
  await elsewhere.goto(`/stories/${slug}/edit`);
  await expect(elsewhere.getByText('Only whoever holds this story’s edit link can change it.')).toBeVisible();
  await expect(elsewhere.getByRole('form', { name: 'The story' })).toHaveCount(0);
  await elsewhere.goto(link);
  const settings = elsewhere.getByRole('form', { name: 'The story' });
  await expect(settings).toBeVisible();
  await expect(elsewhere).toHaveURL(new RegExp(`/stories/${slug}/edit$`));
  await settings.getByLabel('Title').fill('Story renamed from the link');
  await settings.getByRole('button', { name: 'Save the title and listing' }).click();
  await expect(settings.getByRole('status')).toHaveText('Saved.');
  await expect(elsewhere.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Story renamed from the link');

  // Deleting asks first, and "Keep it" keeps it.
  const danger = elsewhere.getByRole('region', { name: 'Delete the story' });
  await danger.getByRole('button', { name: 'Delete the story…' }).click();
  await danger.getByRole('button', { name: 'Keep it' }).click();
  expect((await elsewhere.request.get(`/api/stories/${slug}`)).status()).toBe(200);
  await danger.getByRole('button', { name: 'Delete the story…' }).click();
  await danger.getByRole('button', { name: 'Yes, delete the story' }).click();
  await expect(elsewhere.getByRole('status').filter({ hasText: 'The story was deleted.' })).toBeVisible();
  const gone = await elsewhere.goto(`/stories/${slug}`);
  expect(gone?.status()).toBe(410);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('This story was removed');
  await other.close();
});
