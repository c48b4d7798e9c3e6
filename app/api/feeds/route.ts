import { getDatabase } from '@/lib/db';
import { addFeed, listFeeds } from '@/lib/db/queries/feeds';
import { AppError, handle } from '@/lib/errors';
import { analysisQueued } from '@/lib/server/analysis-wake';
import { readFeed } from '@/lib/server/fetch/read-feed';
import { fetchOptions, fetchText, NEWS_FEED } from '@/lib/server/fetch/safe-fetch';
import { checkOrigin, readJsonBody } from '@/lib/server/http';
import { limitWrites } from '@/lib/server/write-limit';
import { addFeedSchema } from './schema';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return handle(async () => {
    const { db } = await getDatabase();
    return Response.json({ feeds: await listFeeds(db) }, { headers: { 'Cache-Control': 'no-store' } });
  });
}

/**
 * Follows a feed. It is fetched once now, under the rules every fetch follows, so that an address that is
 * not a feed is refused at once with its reason; the worker then polls it (at once, and on its schedule).
 */
export function POST(request: Request): Promise<Response> {
  return handle(async () => {
    checkOrigin(request);
    await limitWrites(request);
    const parsed = addFeedSchema.safeParse(await readJsonBody(request, 10_000));
    if (!parsed.success) throw AppError.fromZod(parsed.error, 'feed');
    const { url } = parsed.data;
    const fetched = await fetchText(url, fetchOptions(), NEWS_FEED);
    const read = fetched.ok ? readFeed(fetched.text, fetched.url) : null;
    if (!read) {
      const message = `${url} ${fetched.ok ? 'is not an RSS or Atom feed' : fetched.reason}`;
      throw new AppError('invalid', 'feed', `The feed was not added: ${message}.`, [{ path: 'url', message }]);
    }
    const { db } = await getDatabase();
    const { feed, added } = await addFeed(db, url);
    if (added) analysisQueued();
    return Response.json({ feed: { id: feed.id, url: feed.url, title: read.title, items: read.entries.length }, added }, { status: added ? 201 : 200 });
  });
}
