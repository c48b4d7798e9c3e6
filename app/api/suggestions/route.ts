import { getDatabase } from '@/lib/db';
import { suggestedStories } from '@/lib/db/queries/feeds';
import { handle } from '@/lib/errors';
import { SUGGESTION_WINDOW_HOURS } from '@/lib/server/feed-poll';

export const dynamic = 'force-dynamic';

/** Events two or more followed feeds reported in the last three days, newest first. */
export function GET(): Promise<Response> {
  return handle(async () => {
    const { db } = await getDatabase();
    return Response.json({ suggestions: await suggestedStories(db, SUGGESTION_WINDOW_HOURS, 50) }, { headers: { 'Cache-Control': 'no-store' } });
  });
}
