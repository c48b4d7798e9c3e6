import type { Metadata } from 'next';
import Link from 'next/link';
import { StoryList } from '@/components/story/story-list';
import { getDatabase } from '@/lib/db';
import { listStories } from '@/lib/db/queries/stories';
import { textProblem } from '@/lib/server/safe-text';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: { absolute: 'Parallax — one event, every outlet, claim by claim' } };

interface Props {
  searchParams: Promise<{ q?: string | string[] }>;
}

export default async function HomePage({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 200) ?? '';
  // A search for a control character (a NUL byte the database refuses) is answered here, not searched.
  const problem = query ? textProblem(query) : null;
  const { db } = await getDatabase();
  const stories = problem ? [] : await listStories(db, query ? { query } : {});
  return (
    <>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Stories</h1>
          <p className="mt-1 max-w-prose text-sm text-muted">
            Each story puts several outlets’ articles about one event side by side, claim by claim.{' '}
            <Link className="link" href="/about">
              How to read a comparison
            </Link>
          </p>
        </div>
        <form role="search" action="/" className="flex gap-2">
          <label htmlFor="story-search" className="sr-only">
            Search stories and claims
          </label>
          <input id="story-search" name="q" type="search" defaultValue={problem ? '' : query} placeholder="Search stories and claims" className="input w-64" />
          <button type="submit" className="button">
            Search
          </button>
        </form>
      </div>
      {query && (
        <p className="mb-2 text-sm" role="status">
          {problem ? `The search ${problem}.` : stories.length === 0 ? `No story matches “${query}”.` : `${stories.length} ${stories.length === 1 ? 'story matches' : 'stories match'} “${query}”.`}{' '}
          <Link className="link" href="/">
            Show all stories
          </Link>
        </p>
      )}
      {(stories.length > 0 || !query) && <StoryList stories={stories} />}
    </>
  );
}
