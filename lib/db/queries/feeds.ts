import { and, desc, eq, gte, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { feedItems, feeds, type Feed, type FeedItem } from '../schema';
import { rowsOf } from './analyses';

/** A followed feed as the feeds page lists it. */
export interface FeedSummary {
  id: number;
  url: string;
  title: string | null;
  createdAt: Date;
  lastPolledAt: Date | null;
  nextPollAt: Date;
  lastError: string | null;
  items: number;
}

/** Follows a feed (its first poll is due at once); the feed already followed at that address, if any. */
export async function addFeed(db: Database, url: string): Promise<{ feed: Feed; added: boolean }> {
  const [created] = await db.insert(feeds).values({ url }).onConflictDoNothing({ target: feeds.url }).returning();
  if (created) return { feed: created, added: true };
  const [existing] = await db.select().from(feeds).where(eq(feeds.url, url));
  if (!existing) throw new Error('a feed conflicted on its address but cannot be found');
  return { feed: existing, added: false };
}

export async function listFeeds(db: Database): Promise<FeedSummary[]> {
  return db
    .select({
      id: feeds.id,
      url: feeds.url,
      title: feeds.title,
      createdAt: feeds.createdAt,
      lastPolledAt: feeds.lastPolledAt,
      nextPollAt: feeds.nextPollAt,
      lastError: feeds.lastError,
      items: sql<number>`count(${feedItems.id})`.mapWith(Number),
    })
    .from(feeds)
    .leftJoin(feedItems, eq(feedItems.feedId, feeds.id))
    .groupBy(feeds.id)
    .orderBy(feeds.id);
}

/** Stops following a feed; its items go with it. False when there was no such feed. */
export async function removeFeed(db: Database, id: number): Promise<boolean> {
  const removed = await db.delete(feeds).where(eq(feeds.id, id)).returning({ id: feeds.id });
  return removed.length > 0;
}

/**
 * Claims the feed most overdue for a poll, for `leaseSeconds`: FOR UPDATE SKIP LOCKED, so two servers
 * asking at once get different feeds, and the lease keeps others off it while it is fetched (a server
 * that dies mid-poll lets it go when the lease ends). Null when no feed is due.
 */
export async function claimDueFeed(db: Database, leaseSeconds: number): Promise<Feed | null> {
  const rows = await db.execute<{ id: number }>(sql`
    UPDATE ${feeds}
    SET claimed_until = now() + make_interval(secs => ${leaseSeconds})
    WHERE ${feeds.id} = (
      SELECT id FROM ${feeds}
      WHERE next_poll_at <= now() AND (claimed_until IS NULL OR claimed_until < now())
      ORDER BY next_poll_at, id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id`);
  const id = rowsOf<{ id: number }>(rows)[0]?.id;
  if (id === undefined) return null;
  const [claimed] = await db.select().from(feeds).where(eq(feeds.id, id));
  return claimed ?? null;
}

export interface PolledEntry {
  key: string;
  url: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
}

/**
 * Ends a poll: the items not seen before are kept (one per feed and key), the feed's title or the reason
 * the poll failed is noted, and the next poll is due in `everySeconds`. Returns how many items were new.
 */
export async function savePoll(db: Database, feedId: number, result: { title: string | null; entries: PolledEntry[] } | { error: string }, everySeconds: number): Promise<number> {
  return db.transaction(async (tx) => {
    const next = sql`now() + make_interval(secs => ${everySeconds})`;
    if ('error' in result) {
      await tx.update(feeds).set({ lastError: result.error, lastPolledAt: sql`now()`, nextPollAt: next, claimedUntil: null }).where(eq(feeds.id, feedId));
      return 0;
    }
    const [feed] = await tx
      .update(feeds)
      .set({ ...(result.title ? { title: result.title } : {}), lastError: null, lastPolledAt: sql`now()`, nextPollAt: next, claimedUntil: null })
      .where(eq(feeds.id, feedId))
      .returning();
    // The feed was removed while it was being fetched.
    if (!feed || result.entries.length === 0) return 0;
    const outlet = feed.title ?? new URL(feed.url).hostname;
    const inserted = await tx
      .insert(feedItems)
      .values(result.entries.map((entry) => ({ feedId, outlet, ...entry })))
      .onConflictDoNothing({ target: [feedItems.feedId, feedItems.key] })
      .returning({ id: feedItems.id });
    return inserted.length;
  });
}

/** Items first seen in the last `hours` hours, newest first, at most `limit`: what is grouped into suggestions. */
export async function recentItems(db: Database, hours: number, limit: number): Promise<FeedItem[]> {
  return db
    .select()
    .from(feedItems)
    .where(gte(feedItems.firstSeenAt, sql`now() - make_interval(hours => ${hours})`))
    .orderBy(desc(feedItems.firstSeenAt), desc(feedItems.id))
    .limit(limit);
}

/** Records each item's event group: the lowest item id of its group. */
export async function saveEventGroups(db: Database, groups: readonly (readonly number[])[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const group of groups) {
      if (group.length === 0) continue;
      await tx.update(feedItems).set({ eventGroup: Math.min(...group) }).where(inArray(feedItems.id, [...group]));
    }
  });
}

/** A suggested story: one event's items from two or more outlets, the first report first. */
export interface Suggestion {
  group: number;
  items: Pick<FeedItem, 'id' | 'url' | 'title' | 'summary' | 'outlet' | 'publishedAt' | 'firstSeenAt' | 'eventGroup'>[];
  outlets: string[];
  latest: Date;
}

/** Groups of recent items that two or more outlets report, the most recent first. */
export async function suggestedStories(db: Database, hours: number, limit: number): Promise<Suggestion[]> {
  const items = await db
    .select({ id: feedItems.id, url: feedItems.url, title: feedItems.title, summary: feedItems.summary, outlet: feedItems.outlet, publishedAt: feedItems.publishedAt, firstSeenAt: feedItems.firstSeenAt, eventGroup: feedItems.eventGroup })
    .from(feedItems)
    .where(and(isNotNull(feedItems.eventGroup), gte(feedItems.firstSeenAt, sql`now() - make_interval(hours => ${hours})`)))
    // The first report first: its headline names the suggestion.
    .orderBy(sql`coalesce(${feedItems.publishedAt}, ${feedItems.firstSeenAt})`, feedItems.id);
  const byGroup = new Map<number, typeof items>();
  for (const item of items) byGroup.set(item.eventGroup as number, [...(byGroup.get(item.eventGroup as number) ?? []), item]);
  const suggestions: Suggestion[] = [];
  for (const [group, members] of byGroup) {
    const outlets = [...new Set(members.map((item) => item.outlet ?? ''))].filter(Boolean);
    if (outlets.length < 2) continue;
    const latest = new Date(Math.max(...members.map((item) => (item.publishedAt ?? item.firstSeenAt).getTime())));
    suggestions.push({ group, items: members, outlets, latest });
  }
  return suggestions.sort((a, b) => b.latest.getTime() - a.latest.getTime() || a.group - b.group).slice(0, limit);
}
