import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** The seed story every server loads at start-up (data/seeds). */
export const SEED_SLUG = 'embassy-staff-leave-ukraine';

/** Three short outlets' versions of one event: one fact in all three, with naming, attribution and hedging differences. */
export const SAMPLE_TEXTS = [
  'Russia has massed 100,000 troops near the Ukrainian border, officials said. The embassy in Kyiv remains open.',
  'Around 100,000 Russian troops are stationed near the border, reports the BBC. The embassy in Kiev will stay open.',
  'An estimated 100,000 troops are at the border. Staff have begun leaving the embassy in Kyiv.',
];

/** What `GET /api/stories/:slug` answers, as far as the tests read it. */
export interface StoryJson {
  slug: string;
  job: { id: number; status: string } | null;
  articles: { id: string; outlet: string | null; publishedAt: string | null; text: string | null }[];
  claims: { id: string; summary: string; edited: boolean; mentions: { articleId: string; start: number; end: number; text: string }[] }[];
}

/** Creates a story through the API (each text from "Outlet n") and returns its slug. */
export async function createStory(request: APIRequestContext, title: string, texts: readonly string[] = SAMPLE_TEXTS): Promise<string> {
  return (await createOwnStory(request, title, texts)).slug;
}

/** Creates a story through the API and returns its slug and its edit token (what changes to it need). */
export async function createOwnStory(request: APIRequestContext, title: string, texts: readonly string[] = SAMPLE_TEXTS): Promise<{ slug: string; editToken: string }> {
  const response = await request.post('/api/stories', { data: { title, articles: texts.map((text, index) => ({ outlet: `Outlet ${index + 1}`, text })) } });
  expect(response.status()).toBe(202);
  return (await response.json()) as { slug: string; editToken: string };
}

/** The header that lets a request change a story. */
export const editHeaders = (editToken: string) => ({ 'X-Edit-Token': editToken });

/** The story once its latest analysis (job `afterJob` or a later one) has finished. */
export async function settled(request: APIRequestContext, slug: string, afterJob = 0): Promise<StoryJson> {
  let story: StoryJson | undefined;
  await expect(async () => {
    const response = await request.get(`/api/stories/${slug}`);
    expect(response.status()).toBe(200);
    story = (await response.json()) as StoryJson;
    expect(story.job?.status).toBe('done');
    expect(story.job?.id ?? 0).toBeGreaterThanOrEqual(afterJob);
  }).toPass({ timeout: 90_000 });
  return story!;
}

/**
 * Opens a story page once it shows the claims grid. The seed story is analysed in the background at
 * start-up, and story pages are regenerated at most once a second, so the first visits may be early.
 */
export async function openAnalysedStory(page: Page, path = `/stories/${SEED_SLUG}`): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: 'Claims', level: 2 })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 90_000 });
}

/** Unfolds the story grid's filters (folded while none is on). */
export async function openFilters(page: Page): Promise<void> {
  const details = page.getByRole('search', { name: 'Filter claims' }).locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  await expect(details).toHaveAttribute('open', '');
}

/** How many stories the API lists, every page counted. */
export async function storyCount(request: APIRequestContext): Promise<number> {
  let total = 0;
  for (let page = 1; ; page++) {
    const body = (await (await request.get(`/api/stories?page=${page}`)).json()) as { stories: unknown[]; hasMore: boolean };
    total += body.stories.length;
    if (!body.hasMore) return total;
  }
}
