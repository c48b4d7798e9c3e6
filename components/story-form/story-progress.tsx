'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { fetchJob, STAGE_TEXT } from '@/components/reader/analysis-status';

/** What POST /api/stories answers, as far as the form reads it. */
export type Created = { slug: string; url: string; job: { id: number }; editToken: string };

/** A saved story's analysis, followed until it is done; then the story opens. */
export function Progress({ created }: { created: Created }) {
  const router = useRouter();
  const { data: job } = useQuery({
    queryKey: ['job', created.slug],
    queryFn: () => fetchJob(created.slug),
    refetchInterval: (query) => (query.state.data?.status === 'done' || query.state.data?.status === 'failed' ? false : 700),
  });
  useEffect(() => {
    if (job?.status === 'done') router.push(created.url);
  }, [job?.status, created.url, router]);
  if (job?.status === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        The story was saved, but its analysis failed{job.error ? `: ${job.error}` : '.'}{' '}
        <a className="link" href={created.url}>
          Open the story
        </a>
      </p>
    );
  }
  return (
    <div role="status" className="notice">
      <p className="font-medium">Saved. Analysing the story…</p>
      <p className="text-sm">
        {STAGE_TEXT[job?.stage ?? 'queued'] ?? job?.stage}
        {job && job.articlesTotal > 0 ? ` (${job.articlesDone} of ${job.articlesTotal} articles)` : ''}. The story opens when it is done.
      </p>
      <progress className="mt-2 w-full" max={3} value={job?.stage === 'saving' ? 2 : job?.stage === 'analysing' ? 1 : job?.stage === 'done' ? 3 : 0} aria-label="Analysis progress" />
    </div>
  );
}
