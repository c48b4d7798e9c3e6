import { getDatabase, readSnapshot } from '@/lib/db';
import { getLatestAnalysis } from '@/lib/db/queries/analyses';
import { getStoryClaims } from '@/lib/db/queries/claims';
import { getStoryBySlug, removeStory, updateStory } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { noteRemoved } from '@/lib/server/removed-stories';
import { paramsOr404 } from '@/lib/server/route-params';
import { missingStory, storyToChange } from '@/lib/server/story-changes';
import { limitWrites } from '@/lib/server/write-limit';
import { storyParams, updateStorySchema } from '../schema';

export const dynamic = 'force-dynamic';

type Params = { params: Promise<{ slug: string }> };

export function GET(_request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    const read = await readSnapshot(db, async (snapshot) => {
      const story = await getStoryBySlug(snapshot, slug);
      return story && { story, job: await getLatestAnalysis(snapshot, story.id), ...(await getStoryClaims(snapshot, story.id)) };
    });
    if (!read) throw await missingStory(db, slug);
    const { story, job, claims, variants } = read;
    return Response.json({
      slug: story.slug,
      title: story.title,
      unlisted: story.unlisted,
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


/** Renames the story, or lists / unlists it; needs its edit token. No re-analysis: the articles are unchanged. */
export function PATCH(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug } = paramsOr404(storyParams, await params);
    const parsed = updateStorySchema.safeParse(await readJsonBody(request, 64 * 1024));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'story');
    const { db } = await getDatabase();
    const story = await storyToChange(db, slug, request);
    const updated = await updateStory(db, story.id, parsed.data);
    if (!updated) throw await missingStory(db, slug);
    return Response.json({ slug: updated.slug, title: updated.title, unlisted: updated.unlisted });
  });
}

/** Deletes the story with everything of it; its address then answers 410. Needs its edit token. */
export function DELETE(request: Request, { params }: Params): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const { slug } = paramsOr404(storyParams, await params);
    const { db } = await getDatabase();
    await storyToChange(db, slug, request);
    if (!(await removeStory(db, slug))) throw await missingStory(db, slug);
    noteRemoved(slug);
    return new Response(null, { status: 204 });
  });
}
