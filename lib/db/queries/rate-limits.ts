import { lt, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { rateLimitWindows } from '../schema';

/** The time a statement counts at: the database's clock (one clock for every app server), or `at` in tests. */
const clock = (at?: Date) => (at ? sql`${at.toISOString()}::timestamptz` : sql`now()`);

/**
 * Counts one write by `key` in the current minute and returns the count so far. One upsert: the row
 * lock of INSERT … ON CONFLICT DO UPDATE serialises concurrent writers of one key across every app
 * server, so no write goes uncounted. A row from an earlier minute starts again at 1.
 */
export async function countWrite(db: Database, key: string, at?: Date): Promise<{ hits: number; retryAfterSeconds: number }> {
  const now = clock(at);
  const [row] = await db
    .insert(rateLimitWindows)
    .values({ key, windowStart: sql`date_trunc('minute', ${now})`, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimitWindows.key,
      set: {
        hits: sql`CASE WHEN ${rateLimitWindows.windowStart} >= excluded.window_start THEN ${rateLimitWindows.hits} + 1 ELSE 1 END`,
        windowStart: sql`GREATEST(${rateLimitWindows.windowStart}, excluded.window_start)`,
      },
    })
    .returning({
      hits: rateLimitWindows.hits,
      retryAfterSeconds: sql<number>`GREATEST(1, ceil(extract(epoch FROM ${rateLimitWindows.windowStart} + interval '1 minute' - ${now})))::int`,
    });
  return { hits: row!.hits, retryAfterSeconds: Number(row!.retryAfterSeconds) };
}

/** Deletes the counts of minutes that are over (they would start again at 1 anyway). Returns how many. */
export async function pruneWriteCounts(db: Database, at?: Date): Promise<number> {
  const deleted = await db
    .delete(rateLimitWindows)
    .where(lt(rateLimitWindows.windowStart, sql`date_trunc('minute', ${clock(at)})`))
    .returning({ key: rateLimitWindows.key });
  return deleted.length;
}
