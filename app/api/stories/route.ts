import { getDatabase } from '@/lib/db';
import { listStories } from '@/lib/db/queries/stories';
import { AppError, handle } from '@/lib/errors';
import { createStoryOnce } from '@/lib/server/create-story';
import { fetchArticles } from '@/lib/server/fetch/fetch-articles';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { limitWrites } from '@/lib/server/write-limit';
import { createStorySchema, idempotencyKeySchema, listStoriesQuery, MAX_REQUEST_BYTES, toNewArticle } from './schema';

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
    const key = idempotencyKeySchema.safeParse(request.headers.get('idempotency-key'));
    if (!key.success) {
      const issues = key.error.issues.map((issue) => ({ path: 'Idempotency-Key', message: issue.message }));
      throw new AppError('bad_request', 'idempotency-key', `Invalid Idempotency-Key header: ${issues.map((issue) => issue.message).join('; ')}`, issues);
    }
    const parsed = createStorySchema.safeParse(await readJsonBody(request, MAX_REQUEST_BYTES));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'story');
    // Articles given as a web address alone are fetched now; the whole story is then checked again with
    // their pages (size, limits, identical texts), so a fetched page meets the rules a pasted one does.
    const fetched = await fetchArticles(parsed.data.articles, (index) => `articles.${index}.url`);
    const complete = fetched === parsed.data.articles ? parsed : createStorySchema.safeParse({ ...parsed.data, articles: fetched });
    if (!complete.success) throw AppError.fromZod(complete.error, 'story');
    const { db } = await getDatabase();
    const { created, replayed } = await createStoryOnce(
      db,
      { title: complete.data.title, articles: complete.data.articles.map(toNewArticle) },
      key.data ? { key: key.data, request: parsed.data } : null,
    );
    return Response.json(created, {
      status: 202,
      headers: { Location: `/api/stories/${created.slug}`, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) },
    });
  });
}
