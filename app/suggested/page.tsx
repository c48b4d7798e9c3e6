import type { Metadata } from 'next';
import Link from 'next/link';
import { CompareSuggestionButton } from '@/components/feeds/compare-suggestion-button';
import { getDatabase } from '@/lib/db';
import { suggestedStories } from '@/lib/db/queries/feeds';
import { SUGGESTION_WINDOW_HOURS } from '@/lib/server/feed-poll';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Suggested stories', description: 'Events that two or more followed outlets reported recently, ready to compare.' };

export default async function SuggestedPage() {
  const { db } = await getDatabase();
  const suggestions = await suggestedStories(db, SUGGESTION_WINDOW_HOURS, 50);
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-semibold">Suggested stories</h1>
      <p className="mb-6 max-w-prose text-sm text-muted">
        Events that two or more of the <Link className="link" href="/feeds">followed feeds</Link> reported in the last three days, grouped by what their headlines
        and first lines say. The grouping can be wrong: check the headlines before you compare.
      </p>
      {suggestions.length === 0 ? (
        <p className="text-muted">
          No event is reported by two outlets yet. <Link className="link" href="/feeds">Follow more feeds</Link>, or{' '}
          <Link className="link" href="/stories/new">compare articles you choose</Link>.
        </p>
      ) : (
        <ol className="grid gap-4" aria-label="Suggested stories">
          {suggestions.map((suggestion) => {
            const headline = suggestion.items[0]!.title;
            return (
              <li key={suggestion.group} className="panel grid gap-3">
                <h2 className="text-lg font-semibold">
                  <bdi>{headline}</bdi>
                </h2>
                <p className="text-sm text-muted">
                  {suggestion.outlets.join(', ')} · {suggestion.items.length} articles · latest {suggestion.latest.toISOString().slice(0, 10)}
                </p>
                <ul className="grid gap-1 text-sm">
                  {suggestion.items.map((item) => (
                    <li key={item.id}>
                      <span className="font-medium">{item.outlet}</span>:{' '}
                      <a className="link" href={item.url} rel="noopener noreferrer nofollow">
                        <bdi>{item.title}</bdi>
                      </a>
                    </li>
                  ))}
                </ul>
                <CompareSuggestionButton title={headline} articles={suggestion.items.map((item) => ({ url: item.url, outlet: item.outlet, title: item.title }))} />
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
