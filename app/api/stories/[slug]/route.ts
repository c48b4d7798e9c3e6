import { getDatabase, readSnapshot } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { getStoryClaims } from '@/lib/db/queries/claims';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { paramsOr404 } from '@/lib/server/route-params';
import { storyParams } from '../schema';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    const read = await readSnapshot(db, async (snapshot) => {
      const story = await getStoryBySlug(snapshot, slug);
      return story && { story, job: await getLatestAnalysis(snapshot, story.id), ...(await getStoryClaims(snapshot, story.id)) };
    });
    if (!read) throw new AppError('not_found', 'story', `There is no story "${slug}".`);
    const { story, job, claims, variants } = read;
    return Response.json({
      slug: story.slug,
      title: story.title,
      articles: story.articles.map((article) => ({
        id: article.id,
        outlet: article.outlet,
        url: article.url,
        title: article.title,
        publishedAt: article.publishedAt ?? article.detectedPublishedAt,
        text: article.text,
        excluded: article.excluded ?? [],
      })),
      job: job && { id: job.id, status: job.status, stage: job.stage, articlesDone: job.articlesDone, articlesTotal: job.articlesTotal, engineVersion: job.engineVersion, error: job.error },
      claims,
      variants,
    });
  });
}
