import { claimDueFeed, recentItems, saveEventGroups, savePoll } from '@/lib/db/queries/feeds';
import type { Database } from '@/lib/db';
import { describeError } from '@/lib/errors';
import type { AnalysisThread } from './analysis-thread';
import { readFeed } from './fetch/read-feed';
import { fetchOptions, fetchText, NEWS_FEED, type FetchOptions } from './fetch/safe-fetch';

/** How feeds are polled and their items grouped. */
export interface FeedSettings {
  /** Seconds between two polls of one feed (FEED_POLL_MINUTES). */
  everySeconds: number;
  /** Seconds a claimed poll keeps other servers off its feed: longer than a fetch can take. */
  leaseSeconds: number;
  /** Items first seen this many hours ago or less are grouped into suggestions. */
  windowHours: number;
  /** At most this many of them, newest first. */
  maxItems: number;
}

export const SUGGESTION_WINDOW_HOURS = 72;

export function feedSettings(pollMinutes: number): FeedSettings {
  return { everySeconds: pollMinutes * 60, leaseSeconds: 120, windowHours: SUGGESTION_WINDOW_HOURS, maxItems: 300 };
}

/**
 * Polls the feed most overdue, if one is due: claims it (no other server polls it meanwhile), fetches
 * it under the same rules as an article's page, keeps its new items, and when there are any groups the
 * recent items by event again in the analysis thread (never on the event loop). Returns what happened,
 * or null when no feed was due.
 */
export async function runNextFeedPoll(db: Database, thread: AnalysisThread, settings: FeedSettings, options: FetchOptions = fetchOptions()): Promise<'polled' | 'failed' | null> {
  const feed = await claimDueFeed(db, settings.leaseSeconds);
  if (!feed) return null;
  const fetched = await fetchText(feed.url, options, NEWS_FEED);
  const read = fetched.ok ? readFeed(fetched.text, fetched.url) : null;
  if (!read) {
    const reason = fetched.ok ? 'is not an RSS or Atom feed' : fetched.reason;
    await savePoll(db, feed.id, { error: `The feed ${reason}.` }, settings.everySeconds);
    console.warn(`feed ${feed.id}: ${feed.url} ${reason}`);
    return 'failed';
  }
  const added = await savePoll(db, feed.id, read, settings.everySeconds);
  if (added > 0) await regroup(db, thread, settings, feed.id);
  return 'polled';
}

/** Groups the recent items by event again (every poll that brings new items). */
export async function regroup(db: Database, thread: AnalysisThread, settings: FeedSettings, jobId: number): Promise<void> {
  const items = await recentItems(db, settings.windowHours, settings.maxItems);
  try {
    // Feed jobs are numbered below zero, apart from analysis jobs.
    const groups = await thread.groupNews(-jobId, items.map((item) => ({ title: item.title, lead: item.summary })));
    await saveEventGroups(
      db,
      groups.map((group) => group.map((index) => (items[index] as (typeof items)[number]).id)),
    );
  } catch (error) {
    console.error(`feed ${jobId}: grouping the items failed: ${describeError(error).summary}`);
  }
}
