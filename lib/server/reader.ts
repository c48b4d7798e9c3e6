import { cache } from 'react';
import { getDatabase, readSnapshot } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { getStoryClaims, resolveClaimId } from '@/lib/db/queries/claims';
import { listCorrections } from '@/lib/db/queries/corrections';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { claimViews, outletColumns, summaryCounts } from '@/lib/reader/story-view';
import { isPublicId } from './route-params';

/**
 * Everything the story, claim and source pages show of a story, or null when there is no such story.
 * Cached per request, so a page and its metadata read the database once.
 */
export const loadStory = cache(async (slug: string) => {
  // A path segment that cannot be a slug names no story (and may hold bytes the database refuses).
  if (!isPublicId(slug)) return null;
  const { db } = await getDatabase();
  // One snapshot: a page rendered while an analysis is saved shows its job with its own claims.
  const read = await readSnapshot(db, async (snapshot) => {
    const story = await getStoryBySlug(snapshot, slug);
    if (!story) return null;
    return { story, job: await getLatestAnalysis(snapshot, story.id), ...(await getStoryClaims(snapshot, story.id)), corrections: await listCorrections(snapshot, story.id) };
  });
  if (!read) return null;
  const { story, job, claims, variants, corrections } = read;
  const columns = outletColumns(story.articles);
  const views = claimViews(claims, columns);
  return {
    id: story.id,
    slug: story.slug,
    title: story.title,
    articles: story.articles.map(({ id, text, excluded }) => ({ id, text, excluded: excluded ?? [] })),
    columns,
    claims: views,
    variants,
    counts: summaryCounts(views, columns.length),
    corrections: corrections.map(({ id, change, editor, createdAt }) => ({ id, change, editor, createdAt: createdAt.toISOString() })),
    job: job && { id: job.id, status: job.status, stage: job.stage, articlesDone: job.articlesDone, articlesTotal: job.articlesTotal, error: job.error },
  };
});

export type StoryPageData = NonNullable<Awaited<ReturnType<typeof loadStory>>>;
export type ClaimPageData = StoryPageData['claims'][number];

/** Where a claim link leads: the claim, the claim that replaced it, or nothing. */
export const resolveClaim = cache(async (storyId: number, claimId: string) => {
  if (!isPublicId(claimId)) return null;
  const { db } = await getDatabase();
  return resolveClaimId(db, storyId, claimId);
});
