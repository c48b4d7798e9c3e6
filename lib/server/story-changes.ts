import type { Database } from '@/lib/db';
import { queueAnalysis } from '@/lib/db/queries/analyses';
import { getStoryBySlug, wasRemoved } from '@/lib/db/queries/stories';
import { AppError } from '@/lib/errors';
import { analysisQueued } from './analysis-wake';
import { requireEditToken } from './edit-token';

/** The story a request is addressed to, or a 404 naming it (410 when its editor removed it). */
export async function storyOr404(db: Database, slug: string) {
  const story = await getStoryBySlug(db, slug);
  if (!story) throw await missingStory(db, slug);
  return story;
}

/** The error for a story that is not there: removed by its editor (410), or never there (404). */
export async function missingStory(db: Database, slug: string): Promise<AppError> {
  return (await wasRemoved(db, slug))
    ? new AppError('gone', 'story', `Story "${slug}" was removed by its editor.`)
    : new AppError('not_found', 'story', `There is no story "${slug}".`);
}

/** The story a change is addressed to, when the request carries its edit token (404, 410 or 403 otherwise). */
export async function storyToChange(db: Database, slug: string, request: Request) {
  const story = await storyOr404(db, slug);
  requireEditToken(story, request);
  return story;
}

/** Every change re-analyses the story; the answer says where to follow the job. */
export async function reanalyse(db: Database, storyId: number, slug: string, body: Record<string, unknown> = {}): Promise<Response> {
  const job = await queueAnalysis(db, storyId);
  analysisQueued();
  return Response.json({ ...body, job: { id: job.id, status: job.status, stage: job.stage } }, { status: 202, headers: { Location: `/api/stories/${slug}` } });
}
