import { getDatabase } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { getStoryClaims } from '@/lib/db/queries/claims';
import { getStoryBySlug } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  return handle(async () => {
    const { slug } = await params;
    const { db } = await getDatabase();
    const story = await getStoryBySlug(db, slug);
    if (!story) throw new AppError('not_found', 'story', `There is no story "${slug}".`);
    const [job, { claims, variants }] = await Promise.all([getLatestAnalysis(db, story.id), getStoryClaims(db, story.id)]);
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
