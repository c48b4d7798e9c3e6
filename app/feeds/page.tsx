import type { Metadata } from 'next';
import Link from 'next/link';
import { AddFeedForm } from '@/components/feeds/add-feed-form';
import { RemoveFeedButton } from '@/components/feeds/remove-feed-button';
import { getDatabase } from '@/lib/db';
import { listFeeds } from '@/lib/db/queries/feeds';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Feeds', description: 'The news feeds whose items Parallax groups into suggested stories.' };

const when = (date: Date | null) => (date ? date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC' : 'not yet');

export default async function FeedsPage() {
  const { db } = await getDatabase();
  const feeds = await listFeeds(db);
  const minutes = getEnv().FEED_POLL_MINUTES;
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-semibold">Feeds</h1>
      <p className="mb-6 max-w-prose text-sm text-muted">
        Parallax reads these RSS and Atom feeds every {minutes} {minutes === 1 ? 'minute' : 'minutes'}, groups their new items by the event they report, and lists
        the events two or more outlets report as <Link className="link" href="/suggested">suggested stories</Link>.
      </p>
      <AddFeedForm />
      <h2 className="mb-2 mt-8 text-lg font-semibold">Followed feeds</h2>
      {feeds.length === 0 ? (
        <p className="text-muted">No feed is followed yet.</p>
      ) : (
        <ul className="grid gap-3" aria-label="Followed feeds">
          {feeds.map((feed) => (
            <li key={feed.id} className="panel grid gap-1">
              <p className="font-medium">
                <bdi>{feed.title ?? feed.url}</bdi>
              </p>
              <p className="break-all text-xs text-muted">{feed.url}</p>
              <p className="text-sm">
                {feed.items} {feed.items === 1 ? 'item' : 'items'} · last read {when(feed.lastPolledAt)} · next {when(feed.nextPollAt)}
              </p>
              {feed.lastError && <p className="text-sm text-red-700 dark:text-red-300">Last read failed: {feed.lastError}</p>}
              <div>
                <RemoveFeedButton id={feed.id} name={feed.title ?? feed.url} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
