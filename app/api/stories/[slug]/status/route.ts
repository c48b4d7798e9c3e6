import { getDatabase } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { paramsOr404 } from '@/lib/server/route-params';
import { storyOr404 } from '@/lib/server/story-changes';
import { handle } from '@/lib/errors';
import { storyParams } from '../../schema';

export const dynamic = 'force-dynamic';

/** The story's latest analysis job: cheap to poll while a story is being analysed. */
export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    const story = await storyOr404(db, slug);
    const job = await getLatestAnalysis(db, story.id);
    return Response.json(
      { job: job && { id: job.id, status: job.status, stage: job.stage, articlesDone: job.articlesDone, articlesTotal: job.articlesTotal, error: job.error } },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  });
}
