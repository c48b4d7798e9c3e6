import { analyzeStory, applyCorrections, findSourceGroups } from '@/lib/analysis';
import type { ArticleInput } from '@/lib/analysis/types';
import type { Database } from '@/lib/db';
import { claimNextAnalysis, failAnalysis, reportProgress, saveAnalysis } from '@/lib/db/queries/analyses';
import { correctionsInForce } from '@/lib/db/queries/corrections';
import { getStoryArticles } from '@/lib/db/queries/stories';

/**
 * Runs the oldest waiting analysis job, if any: loads the story as it is now, runs the engine and
 * saves the result in one transaction. Returns whether a job was run.
 */
export async function runNextAnalysis(db: Database): Promise<boolean> {
  const job = await claimNextAnalysis(db);
  if (!job) return false;
  try {
    const storyArticles = await getStoryArticles(db, job.storyId);
    await reportProgress(db, job.id, { stage: 'analysing', articlesDone: 0, articlesTotal: storyArticles.length });
    const input: ArticleInput[] = storyArticles.map((article) => ({
      id: article.id,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      ...(article.url ? { url: article.url } : {}),
      ...(article.title ? { title: article.title } : {}),
      ...(article.sourceFormat === 'html' ? { html: article.source } : { text: article.source }),
    }));
    // People's corrections are applied on top of every analysis, so they survive it.
    const corrected = applyCorrections(
      analyzeStory({ id: String(job.storyId), articles: input }),
      await correctionsInForce(db, job.storyId),
      new Map(storyArticles.map((article) => [article.id, article.outlet])),
    );
    await reportProgress(db, job.id, { stage: 'saving', articlesDone: storyArticles.length, articlesTotal: storyArticles.length });
    await saveAnalysis(db, job.id, job.storyId, corrected.analysis, { edited: corrected.edited, sources: findSourceGroups(corrected.analysis.articles) });
  } catch (error) {
    await failAnalysis(db, job.id, error instanceof Error ? error.message : String(error));
  }
  return true;
}

/**
 * Polls for jobs in the background of an app process. Every process runs one; the database decides
 * who runs which job. Returns a function that stops the worker after the job in hand.
 */
export function startAnalysisWorker(db: Database, { pollMs = 1000 } = {}): () => Promise<void> {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = async () => {
    if (stopped) return;
    running = (async () => {
      // Drain the queue, then wait for the next poll.
      for (;;) {
        if (stopped || !(await runNextAnalysis(db))) break;
      }
    })().catch((error: unknown) => console.error('analysis worker:', error));
    await running;
    if (!stopped) timer = setTimeout(() => void tick(), pollMs);
    timer?.unref?.();
  };
  void tick();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
