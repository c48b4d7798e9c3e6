'use client';

import { useQuery } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { QueryProvider } from '@/components/query-provider';

export interface JobState {
  id: number;
  status: 'queued' | 'running' | 'done' | 'failed';
  stage: string;
  articlesDone: number;
  articlesTotal: number;
  error: string | null;
}

/** What each stage of an analysis job means, for people. */
export const STAGE_TEXT: Record<string, string> = {
  queued: 'Waiting for the analyser',
  analysing: 'Reading the articles and lining up their claims',
  saving: 'Saving the comparison',
};

const JOB_QUEUED = 'parallax:job-queued';

/** Tells the page's status poller that a change queued a new analysis, so it follows that job too. */
export function announceJob(slug: string, jobId: number): void {
  window.dispatchEvent(new CustomEvent(JOB_QUEUED, { detail: { slug, jobId } }));
}

/** The story's latest analysis job, from the status endpoint. */
export async function fetchJob(slug: string): Promise<JobState | null> {
  const response = await fetch(`/api/stories/${encodeURIComponent(slug)}/status`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`status ${response.status}`);
  return ((await response.json()) as { job: JobState | null }).job;
}

function isSettled(job: JobState | null): boolean {
  return job === null || job.status === 'done' || job.status === 'failed';
}

/**
 * Shows an analysis in progress and keeps the page current: the page is served from a cache, so while
 * the job it was rendered with differs from the latest one, it polls the job and refreshes the page.
 */
interface Props {
  slug: string;
  rendered: JobState | null;
  hasClaims: boolean;
  /** What happens when the job is done, if not the default for a story page. */
  whenDone?: string;
}

function StatusPoller({ slug, rendered, hasClaims, whenDone }: Props) {
  const router = useRouter();
  // The newest job a change on this page queued: the cached page may not know about it yet.
  const [expected, setExpected] = useState(0);
  useEffect(() => {
    const onQueued = (event: Event) => {
      const { slug: queuedFor, jobId } = (event as CustomEvent<{ slug: string; jobId: number }>).detail;
      if (queuedFor === slug) setExpected((current) => Math.max(current, jobId));
    };
    window.addEventListener(JOB_QUEUED, onQueued);
    return () => window.removeEventListener(JOB_QUEUED, onQueued);
  }, [slug]);
  const renderedId = rendered?.id ?? 0;
  const { data: latest, dataUpdatedAt } = useQuery({
    queryKey: ['job', slug],
    queryFn: () => fetchJob(slug),
    initialData: rendered,
    initialDataUpdatedAt: 0,
    refetchInterval: (query) => {
      const job = query.state.data ?? null;
      const current = job?.id === rendered?.id && job?.status === rendered?.status;
      return current && isSettled(job) && renderedId >= expected ? false : 1500;
    },
  });
  const job = (latest?.id ?? 0) >= expected ? (latest ?? rendered) : { id: expected, status: 'queued' as const, stage: 'queued', articlesDone: 0, articlesTotal: 0, error: null };
  // New results exist once the latest job has settled and is not the one the page shows; until the
  // cache serves the new page, every poll asks for it again.
  const outdated = isSettled(job) && (job?.id !== rendered?.id || job?.status !== rendered?.status);

  useEffect(() => {
    if (outdated) router.refresh();
  }, [outdated, dataUpdatedAt, router]);

  // Between the job finishing and the cache serving the new page (up to a few seconds under load) the
  // page would otherwise show neither the progress nor the claims.
  if (job?.status === 'done' && outdated) {
    return (
      <p role="status" className="notice font-medium">
        {hasClaims ? 'Re-analysing this story… done; loading the new comparison.' : 'Analysing this story… done; loading the comparison.'}
      </p>
    );
  }
  if (!job || job.status === 'done') return null;
  if (job.status === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        The analysis failed{job.error ? `: ${job.error}` : '.'} {hasClaims ? 'The claims below are from the previous analysis.' : ''}
      </p>
    );
  }
  const progress = job.articlesTotal > 0 ? ` (${job.articlesDone} of ${job.articlesTotal} articles)` : '';
  return (
    <div role="status" className="notice">
      <p className="font-medium">{hasClaims ? 'Re-analysing this story…' : 'Analysing this story…'}</p>
      <p className="text-sm">
        {STAGE_TEXT[job.stage] ?? job.stage}
        {progress}. {whenDone ?? (hasClaims ? 'The claims below are from the previous analysis; the page updates when it is done.' : 'The comparison appears here when it is done.')}
      </p>
    </div>
  );
}

export function AnalysisStatus(props: Props) {
  return (
    <QueryProvider>
      <StatusPoller {...props} />
    </QueryProvider>
  );
}
