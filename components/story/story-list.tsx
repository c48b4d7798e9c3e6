import Link from 'next/link';
import type { StorySummary } from '@/lib/db/queries/stories';
import { claimPath } from '@/lib/paths';
import { truncate } from '@/lib/reader/truncate';

function formatDateRange(first: string | null, last: string | null): string | null {
  if (!first || !last) return first ?? last;
  return first === last ? first : `${first} – ${last}`;
}

function analysisLine(story: StorySummary): string {
  if (story.analysisStatus === 'queued' || story.analysisStatus === 'running') return 'Analysing…';
  if (story.analysisStatus === 'failed' && story.claimCount === 0) return 'Analysis failed';
  if (story.claimCount === 0) return 'Not analysed yet';
  return `${story.claimCount} claims · ${story.claimsWithDiscrepancies} with differences between outlets`;
}

export function StoryList({ stories }: { stories: StorySummary[] }) {
  if (stories.length === 0) {
    return <p className="text-zinc-600 dark:text-zinc-400">No stories yet.</p>;
  }
  return (
    <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" aria-label="Stories">
      {stories.map((story) => {
        const dates = formatDateRange(story.firstPublishedAt, story.lastPublishedAt);
        return (
          <li key={story.slug} className="py-4">
            <h2 className="font-serif text-xl font-semibold">
              <Link href={`/stories/${story.slug}`} className="hover:underline">
                {story.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              {story.articleCount} articles
              {story.outlets.length > 0 && <> · {story.outlets.join(', ')}</>}
              {dates && <> · {dates}</>}
            </p>
            <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{analysisLine(story)}</p>
            {story.matchingClaims.length > 0 && (
              <ul className="mt-2 grid gap-1 border-l-2 border-zinc-300 pl-3 text-sm dark:border-zinc-700" aria-label={`Claims of “${story.title}” that match`}>
                {story.matchingClaims.map((claim) => (
                  <li key={claim.id}>
                    <Link className="link" href={claimPath(story.slug, claim.id)}>
                      <bdi>{truncate(claim.summary, 160)}</bdi>
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
