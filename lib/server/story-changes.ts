import type { Database } from '@/lib/db';
import { queueAnalysis } from '@/lib/db/queries/analyses';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { AppError } from '@/lib/errors';
import { analysisQueued } from './analysis-wake';

/** The story a change is addressed to, or a 404 naming it. */
export async function storyOr404(db: Database, slug: string) {
  const story = await getStoryBySlug(db, slug);
  if (!story) throw new AppError('not_found', 'story', `There is no story "${slug}".`);
  return story;
}

/** Every change re-analyses the story; the answer says where to follow the job. */
export async function reanalyse(db: Database, storyId: number, slug: string, body: Record<string, unknown> = {}): Promise<Response> {
  const job = await queueAnalysis(db, storyId);
  analysisQueued();
  return Response.json({ ...body, job: { id: job.id, status: job.status, stage: job.stage } }, { status: 202, headers: { Location: `/api/stories/${slug}` } });
}
