import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ENGINE_VERSION } from '@/lib/analysis/version';
import { openDatabase, type Database } from '@/lib/db/client';
import { getLatestAnalysis, queueAnalysis } from '@/lib/db/queries/analyses';
import { createStory } from '@/lib/db/queries/stories';
import { analyses } from '@/lib/db/schema';
import { createScratchDatabase, dropScratchDatabase, testDatabases } from '@/lib/db/testing';
import { getEnv } from '@/lib/env';
import { syntheticStory } from '@/lib/testing/synthetic-story';
import { runAnalysisJob, type AnalysisJobInput } from './analysis-job';
import { AnalysisThread } from './analysis-thread';
import { analysisQueued } from './analysis-wake';
import { runNextAnalysis, startAnalysisWorker, type AnalysisSettings, type JobOutcome, type Runner } from './analysis-worker';
import { feedSettings } from './feed-poll';

const settings = (changes: { timeoutMs?: number; memoryMb?: number; heartbeatMs?: number; staleAfterSeconds?: number } = {}): AnalysisSettings => ({
  jobs: { staleAfterSeconds: changes.staleAfterSeconds ?? 120, maxAttempts: 3, engineVersion: ENGINE_VERSION },
  budget: { timeoutMs: changes.timeoutMs ?? 300_000, memoryMb: changes.memoryMb ?? 1024 },
  heartbeatMs: changes.heartbeatMs ?? 20_000,
  feeds: feedSettings(15),
});

const runners: Runner[] = [];
function runner(changes: Parameters<typeof settings>[0] = {}): Runner {
  const made = { thread: new AnalysisThread(settings(changes).budget), settings: settings(changes) };
  runners.push(made);
  return made;
}
/** Jobs with the ordinary budget share one thread, as they do in a server. */
let ordinary: Runner | undefined;
const ordinaryRunner = () => (ordinary ??= runner({ heartbeatMs: 50 }));

afterAll(async () => {
  for (const made of runners) await made.thread.close();
});

/** A story of `articles` × `characters` made from the seed story's sentences. */
async function storyOf(db: Database, articles: number, characters: number): Promise<number> {
  const story = syntheticStory({ articles, charactersPerArticle: characters });
  const created = await createStory(db, { title: story.title, articles: story.articles.map((article) => ({ outlet: article.outlet, sourceFormat: 'text', source: article.text })) });
  return created.id;
}

// The first job of a thread starts it (the engine's models load in it, from TypeScript here): give it room.
describe.each(testDatabases())('the analysis worker on $name', { timeout: 120_000 }, ({ open }) => {
  it('runs the engine in its thread while the job keeps beating, and saves the result', async () => {
    const { db, close } = await open();
    try {
      const storyId = await storyOf(db, 4, 20_000);
      const job = await queueAnalysis(db, storyId);
      const running = runNextAnalysis(db, ordinaryRunner());
      // The main thread is free while the engine runs: this loop reads the job's beats meanwhile.
      let beats = 0;
      for (let settled = false; !settled; ) {
        const [row] = await db.select().from(analyses).where(eq(analyses.id, job.id));
        if (row?.status === 'running' && row.stage === 'analysing' && row.heartbeatAt! > row.startedAt!) beats++;
        settled = row?.status === 'done';
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await running).toBe('saved');
      expect(beats).toBeGreaterThan(0);
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({ status: 'done', attempts: 1, articlesDone: 4, error: null });
    } finally {
      await close();
    }
  });

  it('stops a job past its time budget, tries it again, and sets it aside after the last attempt', async () => {
    const { db, close } = await open();
    try {
      const storyId = await storyOf(db, 2, 5_000);
      await queueAnalysis(db, storyId);
      const hurried = runner({ timeoutMs: 1 });
      const outcomes: (JobOutcome | null)[] = [];
      for (let attempt = 0; attempt < 4; attempt++) outcomes.push(await runNextAnalysis(db, hurried));
      expect(outcomes).toEqual(['retry', 'retry', 'set-aside', null]);
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({
        status: 'failed',
        attempts: 3,
        error: "Set aside after 3 attempts (last: the analysis took longer than 1 ms and was stopped). Change the story's articles to try again.",
      });
    } finally {
      await close();
    }
  });

  it('stops a job past its memory budget in the thread, and the process goes on', async () => {
    const { db, close } = await open();
    try {
      const storyId = await storyOf(db, 2, 5_000);
      await queueAnalysis(db, storyId);
      expect(await runNextAnalysis(db, runner({ memoryMb: 16 }))).toBe('retry');
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({
        status: 'queued',
        error: 'Attempt 1 of 3: The analysis needed more than 16 MB of memory and was stopped. Trying again.',
      });
    } finally {
      await close();
    }
  });

  it('records a database error while saving as one short line with its code: no SQL and no parameters, for users or in the log', async () => {
    const { db, close } = await open();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const storyId = await storyOf(db, 2, 5_000);
      // A real database error during the save, raised by PostgreSQL itself.
      await db.execute(sql.raw(`CREATE FUNCTION refuse_mention() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'mention refused'; END $$`));
      await db.execute(sql.raw(`CREATE TRIGGER refuse_mention BEFORE INSERT ON mentions FOR EACH ROW EXECUTE FUNCTION refuse_mention()`));
      await queueAnalysis(db, storyId);
      expect(await runNextAnalysis(db, ordinaryRunner())).toBe('retry');
      const { error } = (await getLatestAnalysis(db, storyId))!;
      expect(error).toBe('Attempt 1 of 3: Saving the analysis failed (database error P0001). Trying again.');
      const lines = logged.mock.calls.map((call) => call.map(String).join(' '));
      expect(lines).toEqual([expect.stringMatching(/^analysis job \d+: attempt 1 of 3 failed: \w+ P0001: mention refused$/)]);
    } finally {
      logged.mockRestore();
      await close();
    }
  });

  it('when stopped during a job, puts the job back in the queue without counting the attempt', async () => {
    const { db, close } = await open();
    try {
      const storyId = await storyOf(db, 4, 20_000);
      const job = await queueAnalysis(db, storyId);
      const stop = startAnalysisWorker(db, { pollMs: 50, settings: settings() });
      for (let row = await getLatestAnalysis(db, storyId); row?.status !== 'running'; row = await getLatestAnalysis(db, storyId)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await stop();
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({ id: job.id, status: 'queued', attempts: 0 });
    } finally {
      await close();
    }
  });

  // The worker polls rarely here (an hour): the jobs can only run because they were announced, the
  // second while the worker was busy with the first.
  it('starts a job queued in its own process at once, without waiting for its next poll', async () => {
    const { db, close } = await open();
    const stop = startAnalysisWorker(db, { pollMs: 3_600_000, settings: settings() });
    try {
      const settledJob = async (storyId: number) => {
        for (let row = await getLatestAnalysis(db, storyId); ; row = await getLatestAnalysis(db, storyId)) {
          if (row?.status === 'done' || row?.status === 'failed') return row;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };
      const [first, second] = [await storyOf(db, 2, 2_000), await storyOf(db, 2, 2_000)];
      await queueAnalysis(db, first);
      analysisQueued();
      for (let row = await getLatestAnalysis(db, first); row?.status === 'queued'; row = await getLatestAnalysis(db, first)) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await queueAnalysis(db, second);
      analysisQueued();
      expect(await settledJob(first)).toMatchObject({ status: 'done' });
      expect(await settledJob(second)).toMatchObject({ status: 'done' });
    } finally {
      await stop();
      await close();
    }
  });
});

const postgresUrl = getEnv().DATABASE_URL;

// PostgreSQL only (when DATABASE_URL is set): PGlite has one opener per data directory.
for (const adminUrl of postgresUrl ? [postgresUrl] : []) {
describe('two app servers over one PostgreSQL', { timeout: 180_000 }, () => {
  it('claim a job that runs longer than the stale window once, and save it once', async () => {
    const url = await createScratchDatabase(adminUrl);
    const [first, second] = [await openDatabase({ kind: 'postgres', url }), await openDatabase({ kind: 'postgres', url })];
    try {
      // A stale window of 1 s, beats every 200 ms: without the beats the second server would take the
      // job over after a second, and both would save it.
      const quick = { staleAfterSeconds: 1, heartbeatMs: 200 };
      const storyId = await storyOf(first.db, 24, 40_000);
      const job = await queueAnalysis(first.db, storyId);
      const running = runNextAnalysis(first.db, runner(quick));
      const secondServer = runner(quick);
      const secondOutcomes: (JobOutcome | null)[] = [];
      let done = false;
      void running.finally(() => (done = true));
      while (!done) {
        secondOutcomes.push(await runNextAnalysis(second.db, secondServer));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(await running).toBe('saved');
      expect(secondOutcomes.every((outcome) => outcome === null)).toBe(true);
      const [row] = await first.db.select().from(analyses).where(eq(analyses.id, job.id));
      expect(row).toMatchObject({ status: 'done', attempts: 1 });
      // The premise: the run outlasted the stale window several times over.
      const seconds = (row!.finishedAt!.getTime() - row!.startedAt!.getTime()) / 1000;
      expect(seconds).toBeGreaterThan(quick.staleAfterSeconds * 2);
      console.log(`two servers: one job of ${seconds.toFixed(1)} s (stale window 1 s) claimed ${row!.attempts} time(s); the second server polled ${secondOutcomes.length} times and ran nothing`);
    } finally {
      await first.close();
      await second.close();
      await dropScratchDatabase(adminUrl, url);
    }
  });
});
}

describe('the analysis thread', { timeout: 120_000 }, () => {
  // Its answer comes in batches of claims, so a big story never holds the event loop while it is read.
  it('answers a story of thousands of claims with exactly what the engine gives, claims in order', async () => {
    const lines = Array.from({ length: 4_500 }, (_, index) => `Lot ${index + 1} was sold for ${(index + 1) * 7} dollars.`);
    const input: AnalysisJobInput = {
      storyId: 1,
      corrections: [],
      articles: [
        { id: 'a', outlet: 'A', text: lines.join('\n\n') },
        { id: 'b', outlet: 'B', text: lines.slice(0, 3).join(' ') },
      ],
    };
    const thread = runner().thread;
    const answer = await thread.run(1, input);
    expect(answer.analysis.claims.length).toBeGreaterThan(3_000);
    expect(answer).toEqual(runAnalysisJob(input));
  });
});
