import { ENGINE_VERSION } from '@/lib/analysis/version';
import type { ArticleInput } from '@/lib/analysis/types';
import type { Database } from '@/lib/db';
import {
  claimNextAnalysis,
  ClaimLostError,
  failAnalysisAttempt,
  releaseAnalysis,
  reportProgress,
  saveAnalysis,
  type JobClaim,
  type JobSettings,
} from '@/lib/db/queries/analyses';
import { correctionsInForce } from '@/lib/db/queries/corrections';
import { getStoryArticles } from '@/lib/db/queries/stories';
import { getEnv, type Env } from '@/lib/env';
import { describeError } from '@/lib/errors';
import { onAnalysisQueued } from './analysis-wake';
import { AnalysisRunError, AnalysisThread, type AnalysisBudget } from './analysis-thread';
import { feedSettings, runNextFeedPoll, type FeedSettings } from './feed-poll';

/** How jobs run: claim and retry rules, the engine's budget, and how often a running job beats. */
export interface AnalysisSettings {
  jobs: JobSettings;
  budget: AnalysisBudget;
  heartbeatMs: number;
  feeds: FeedSettings;
}

export function analysisSettings(env: Env = getEnv()): AnalysisSettings {
  return {
    jobs: { staleAfterSeconds: env.ANALYSIS_STALE_SECONDS, maxAttempts: env.ANALYSIS_MAX_ATTEMPTS, engineVersion: ENGINE_VERSION },
    budget: { timeoutMs: env.ANALYSIS_TIMEOUT_SECONDS * 1000, memoryMb: env.ANALYSIS_MEMORY_MB },
    // Several beats fit in the stale window, so one slow write never makes a live job look abandoned.
    heartbeatMs: Math.max(250, (env.ANALYSIS_STALE_SECONDS * 1000) / 6),
    feeds: feedSettings(env.FEED_POLL_MINUTES),
  };
}

/** What became of a claimed job: saved; queued again or set aside after a failure; or taken over by another process. */
export type JobOutcome = 'saved' | 'retry' | 'set-aside' | 'released' | 'lost';

export interface Runner {
  thread: AnalysisThread;
  settings: AnalysisSettings;
}

// Tests and scripts that call runNextAnalysis without a runner share one thread per process.
const sharedKey = Symbol.for('parallax.analysis-runner');
type GlobalWithRunner = typeof globalThis & { [sharedKey]?: Runner };

function sharedRunner(): Runner {
  const holder = globalThis as GlobalWithRunner;
  if (!holder[sharedKey]) {
    const settings = analysisSettings();
    holder[sharedKey] = { thread: new AnalysisThread(settings.budget), settings };
  }
  return holder[sharedKey];
}

/**
 * Runs the oldest waiting analysis job, if any: loads the story as it is now, runs the engine in the
 * analysis thread while the job's heartbeat is written, and saves the result in one transaction.
 * Returns what became of the job, or null when no job was waiting.
 */
export async function runNextAnalysis(db: Database, runner: Runner = sharedRunner()): Promise<JobOutcome | null> {
  const { thread, settings } = runner;
  const job = await claimNextAnalysis(db, settings.jobs);
  if (!job) return null;
  const claim: JobClaim = { id: job.id, attempts: job.attempts };
  const heartbeat = setInterval(() => {
    reportProgress(db, claim)
      .then((held) => {
        if (!held) console.warn(`analysis job ${claim.id}: another process took it over; this attempt will not be saved`);
      })
      .catch((error: unknown) => console.error(`analysis job ${claim.id}: heartbeat failed: ${describeError(error).summary}`));
  }, settings.heartbeatMs);
  heartbeat.unref();
  try {
    const storyArticles = await getStoryArticles(db, job.storyId);
    const total = storyArticles.length;
    await reportProgress(db, claim, { stage: 'analysing', articlesDone: 0, articlesTotal: total });
    const input: ArticleInput[] = storyArticles.map((article) => ({
      id: article.id,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.sourceFormat === 'html' ? { html: article.source } : { text: article.source }),
    }));
    const engineStart = performance.now();
    const output = await thread.run(job.id, { storyId: job.storyId, articles: input, corrections: await correctionsInForce(db, job.storyId) });
    // The save holds the job's row from its first statement, so no beat is needed past this point.
    clearInterval(heartbeat);
    const saveStart = performance.now();
    await reportProgress(db, claim, { stage: 'saving', articlesDone: total, articlesTotal: total });
    await saveAnalysis(db, claim, job.storyId, output.analysis, { edited: output.edited, sources: output.sources });
    const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
    console.log(
      `analysis job ${claim.id}: saved (attempt ${claim.attempts}, ${output.analysis.claims.length} claims; engine ${seconds(engineStart, saveStart)}, save ${seconds(saveStart, performance.now())})`,
    );
    return 'saved';
  } catch (error) {
    clearInterval(heartbeat);
    return await endFailedAttempt(db, claim, error, settings.jobs);
  }
}

async function endFailedAttempt(db: Database, claim: JobClaim, error: unknown, jobs: JobSettings): Promise<JobOutcome> {
  if (error instanceof ClaimLostError) {
    console.warn(`analysis job ${claim.id}: not saved, another process took it over or the story was removed`);
    return 'lost';
  }
  if (error instanceof AnalysisRunError && error.reason === 'stopped') {
    // The server is shutting down: the job goes back to the queue for the next server, uncounted.
    await releaseAnalysis(db, claim);
    return 'released';
  }
  const [reason, detail] =
    error instanceof AnalysisRunError ? [error.message, error.detail] : [`Saving the analysis failed (${databaseCode(error)}).`, describeError(error).summary];
  console.error(`analysis job ${claim.id}: attempt ${claim.attempts} of ${jobs.maxAttempts} failed: ${detail}`);
  const next = await failAnalysisAttempt(db, claim, reason, jobs);
  return next === 'failed' ? 'set-aside' : next === 'queued' ? 'retry' : 'lost';
}

function databaseCode(error: unknown): string {
  const { code } = describeError(error);
  return code ? `database error ${code}` : 'an unexpected error';
}

/**
 * Polls for jobs in the background of an app process: story analyses, then news feeds due a poll
 * (lib/server/feed-poll.ts). Every process runs one, with one analysis thread; the database decides who
 * runs which job (FOR UPDATE SKIP LOCKED on both). Returns a function that stops the worker: the job
 * in hand is put back in the queue for another server (or this one's next start) and the thread ends.
 */
export function startAnalysisWorker(db: Database, { pollMs = 1000, settings = analysisSettings() }: { pollMs?: number; settings?: AnalysisSettings } = {}): () => Promise<void> {
  const runner: Runner = { thread: new AnalysisThread(settings.budget), settings };
  // The thread loads the engine now, not when the first story arrives.
  runner.thread.start();
  let stopped = false;
  let draining = false;
  // A job queued while the queue is being drained is looked for once more before the worker sleeps.
  let queuedMeanwhile = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped || draining) return;
    if (timer) clearTimeout(timer);
    draining = true;
    running = (async () => {
      // Drain the queue (analyses first, then feeds due a poll, one at a time), then wait for the next poll.
      for (;;) {
        queuedMeanwhile = false;
        if (stopped) break;
        if ((await runNextAnalysis(db, runner)) !== null || queuedMeanwhile) continue;
        if (stopped || ((await runNextFeedPoll(db, runner.thread, settings.feeds)) === null && !queuedMeanwhile)) break;
      }
    })().catch((error: unknown) => console.error(`analysis worker: ${describeError(error).summary}`));
    await running;
    draining = false;
    if (!stopped) timer = setTimeout(() => void tick(), pollMs);
    timer?.unref?.();
  };
  onAnalysisQueued(() => {
    queuedMeanwhile = true;
    void tick();
  });
  void tick();
  return async () => {
    stopped = true;
    onAnalysisQueued(null);
    if (timer) clearTimeout(timer);
    await runner.thread.close();
    await running;
  };
}
