import { getDatabase } from '@/lib/db';
import { queueAnalysis } from '@/lib/db/queries/analyses';
import { createStory, listStories } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { limitWrites } from '@/lib/server/write-limit';
import { createStorySchema, listStoriesQuery, MAX_REQUEST_BYTES, toNewArticle } from './schema';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 20;

export function GET(request: Request): Promise<Response> {
  return handle(async () => {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const parsed = listStoriesQuery.safeParse(params);
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'query');
    const { db } = await getDatabase();
    const { q, page } = parsed.data;
    const found = await listStories(db, { limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, ...(q ? { query: q } : {}) });
    return Response.json({ stories: found.slice(0, PAGE_SIZE), page, hasMore: found.length > PAGE_SIZE });
  });
}

export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const parsed = createStorySchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'story');
    const { db } = await getDatabase();
    const story = await createStory(db, {
      title: parsed.data.title,
      articles: parsed.data.articles.map(toNewArticle),
    });
    // If the process dies before this, start-up queues every story without an analysis.
    const job = await queueAnalysis(db, story.id);
    const url = `/stories/${story.slug}`;
    return Response.json(
      { slug: story.slug, url, job: { id: job.id, status: job.status, stage: job.stage } },
      { status: 202, headers: { Location: `/api/stories/${story.slug}` } },
    );
  });
}
