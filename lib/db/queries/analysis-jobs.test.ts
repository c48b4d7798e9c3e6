import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Claim, StoryAnalysis } from '@/lib/analysis';
import { ENGINE_VERSION } from '@/lib/analysis/version';
import type { Database } from '../client';
import { analyses, claimRedirects, mentions } from '../schema';
import { testDatabases } from '../testing';
import {
  claimNextAnalysis,
  ClaimLostError,
  failAnalysisAttempt,
  getLatestAnalysis,
  queueAnalysis,
  queueOutdatedAnalyses,
  releaseInterruptedAnalyses,
  reportProgress,
  saveAnalysis,
  type JobSettings,
} from './analyses';
import { listClaims, resolveClaimId } from './claims';
import { createStory, getStoryArticles } from './stories';

const jobs: JobSettings = { staleAfterSeconds: 120, maxAttempts: 3, engineVersion: ENGINE_VERSION };

async function newStory(db: Database): Promise<number> {
  const story = await createStory(db, {
    title: 'Jobs',
    articles: [
      { outlet: 'A', sourceFormat: 'text', source: 'Officials said half of the staff will leave.' },
      { outlet: 'B', sourceFormat: 'text', source: 'Around half of the staff are leaving, officials said.' },
    ],
  });
  return story.id;
}

/** Makes a running job look abandoned: its heartbeat is older than any stale window. */
async function stopBeating(db: Database, id: number): Promise<void> {
  await db.update(analyses).set({ heartbeatAt: sql`now() - interval '1 hour'` }).where(eq(analyses.id, id));
}

describe.each(testDatabases())('analysis job attempts on $name', ({ open }) => {
  it('queues a failed attempt again until the last, which sets the job aside with its reason; start-up leaves it aside for this engine', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      const { id } = await queueAnalysis(db, storyId);
      const reason = 'The analysis took longer than 300 s and was stopped.';
      for (const attempt of [1, 2]) {
        const claim = (await claimNextAnalysis(db, jobs))!;
        expect(claim).toMatchObject({ id, attempts: attempt, status: 'running' });
        expect(await failAnalysisAttempt(db, claim, reason, jobs)).toBe('queued');
        expect(await getLatestAnalysis(db, storyId)).toMatchObject({ status: 'queued', error: `Attempt ${attempt} of 3: ${reason} Trying again.` });
      }
      const last = (await claimNextAnalysis(db, jobs))!;
      expect(await failAnalysisAttempt(db, last, reason, jobs)).toBe('failed');
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({
        id,
        status: 'failed',
        attempts: 3,
        engineVersion: ENGINE_VERSION,
        error: "Set aside after 3 attempts (last: the analysis took longer than 300 s and was stopped). Change the story's articles to try again.",
      });
      expect(await claimNextAnalysis(db, jobs)).toBeNull();
      expect(await queueOutdatedAnalyses(db, ENGINE_VERSION)).toBe(0);
      // A new engine may succeed where this one failed.
      expect(await queueOutdatedAnalyses(db, '999.0.0')).toBe(1);
    } finally {
      await close();
    }
  });

  it('sets aside, instead of claiming, an abandoned job that has used its attempts (its server died each time)', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      await queueAnalysis(db, storyId);
      for (let attempt = 1; attempt <= 3; attempt++) {
        const claim = (await claimNextAnalysis(db, jobs))!;
        expect(claim.attempts).toBe(attempt);
        await stopBeating(db, claim.id);
      }
      expect(await claimNextAnalysis(db, jobs)).toBeNull();
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({
        status: 'failed',
        attempts: 3,
        error: "Set aside after 3 attempts (last: the server running it stopped). Change the story's articles to try again.",
      });
    } finally {
      await close();
    }
  });

  it('at start-up, queues at once a job left running by a crash, or sets it aside on its last attempt', async () => {
    const { db, close } = await open();
    try {
      const [first, second] = [await newStory(db), await newStory(db)];
      await queueAnalysis(db, first);
      const interrupted = (await claimNextAnalysis(db, jobs))!;
      await queueAnalysis(db, second);
      await db.update(analyses).set({ attempts: 2 }).where(eq(analyses.storyId, second));
      const lastTry = (await claimNextAnalysis(db, jobs))!;
      expect(lastTry.attempts).toBe(3);

      // The heartbeats are fresh: without the release, nothing could be claimed for two minutes.
      expect(await claimNextAnalysis(db, jobs)).toBeNull();
      expect(await releaseInterruptedAnalyses(db, jobs)).toEqual({ resumed: 1, setAside: 1 });
      expect(await getLatestAnalysis(db, second)).toMatchObject({ status: 'failed', error: expect.stringMatching(/^Set aside after 3 attempts \(last: the server stopped while running it\)/) });
      expect(await claimNextAnalysis(db, jobs)).toMatchObject({ id: interrupted.id, attempts: 2, status: 'running' });
    } finally {
      await close();
    }
  });

  it('lets only the claim holding a job beat, fail or save it: a process whose job was taken over saves nothing', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      await queueAnalysis(db, storyId);
      const first = (await claimNextAnalysis(db, jobs))!;
      expect(await reportProgress(db, first)).toBe(true);
      await stopBeating(db, first.id);
      const second = (await claimNextAnalysis(db, jobs))!;
      expect(second).toMatchObject({ id: first.id, attempts: 2 });

      const analysis = emptyAnalysis(storyId, await getStoryArticles(db, storyId));
      expect(await reportProgress(db, first)).toBe(false);
      await expect(saveAnalysis(db, first, storyId, analysis)).rejects.toThrow(ClaimLostError);
      expect(await failAnalysisAttempt(db, first, 'Lost.', jobs)).toBeNull();
      await saveAnalysis(db, second, storyId, analysis);
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({ status: 'done', attempts: 2 });
    } finally {
      await close();
    }
  });

  it('gives a waiting job its full count of attempts again when the story changes', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      await queueAnalysis(db, storyId);
      await failAnalysisAttempt(db, (await claimNextAnalysis(db, jobs))!, 'Failed.', jobs);
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({ status: 'queued', attempts: 1 });
      const requeued = await queueAnalysis(db, storyId);
      expect(requeued).toMatchObject({ status: 'queued', attempts: 0, error: null });
    } finally {
      await close();
    }
  });
});

describe.each(testDatabases())('job errors stored by earlier versions on $name', ({ open }) => {
  it('are replaced by a short sentence (migration 0007) when they hold a failed query or are long', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      const errors = [`Failed query: insert into "claims" values ($1, $2)\nparams: 7,${'x'.repeat(50)}`, 'y'.repeat(301), 'The analysis took longer than 300 s and was stopped.'];
      for (const error of errors) await db.insert(analyses).values({ storyId, status: 'failed', stage: 'failed', error });
      await db.execute(sql.raw(readFileSync(path.join(process.cwd(), 'lib/db/migrations/0007_short_job_errors.sql'), 'utf8')));
      const stored = (await db.select({ error: analyses.error }).from(analyses).where(eq(analyses.storyId, storyId)).orderBy(analyses.id)).map((row) => row.error);
      const replaced = 'The analysis failed (recorded by an earlier version, without a short reason).';
      expect(stored).toEqual([replaced, replaced, errors[2]]);
    } finally {
      await close();
    }
  });
});

describe.each(testDatabases())('saving a large analysis on $name', ({ open }) => {
  // Past the ~8,200 claims at which one INSERT of every claim (8 parameters a row) passed PostgreSQL's
  // 65,535 parameters (chunks.test.ts shows that no chunk of any size passes the limit).
  it('saves 10,000 claims and their mentions in bounded statements, then re-saves with new ids and redirects every old one', async () => {
    const { db, close } = await open();
    try {
      const storyId = await newStory(db);
      const stored = await getStoryArticles(db, storyId);
      const first = largeAnalysis(storyId, stored, 10_000, 'c');
      await queueAnalysis(db, storyId);
      await saveAnalysis(db, (await claimNextAnalysis(db, jobs))!, storyId, first);
      const claims = await listClaims(db, storyId);
      expect(claims).toHaveLength(10_000);
      expect(claims[9_999]).toMatchObject({ id: 'c-9999', position: 9_999, outletCount: 2, mentions: [expect.objectContaining({ start: 9_999 }), expect.anything()] });
      const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(mentions).where(eq(mentions.storyId, storyId));
      expect(count).toBe(20_000);

      // The same mentions under new ids: every old id now leads to the claim holding its mention.
      await queueAnalysis(db, storyId);
      await saveAnalysis(db, (await claimNextAnalysis(db, jobs))!, storyId, largeAnalysis(storyId, stored, 10_000, 'd'));
      expect(await resolveClaimId(db, storyId, 'c-1234')).toEqual({ id: 'd-1234', redirected: true });
      const [{ redirects } = { redirects: 0 }] = await db.select({ redirects: sql<number>`count(*)::int` }).from(claimRedirects).where(eq(claimRedirects.storyId, storyId));
      expect(redirects).toBe(10_000);
    } finally {
      await close();
    }
  }, 120_000);
});

function emptyAnalysis(storyId: number, stored: { id: string; source: string }[]): StoryAnalysis {
  return { storyId: String(storyId), engineVersion: ENGINE_VERSION, articles: stored.map((article) => ({ id: article.id, publishedAt: null, text: article.source, excluded: [] })), claims: [], variants: [] };
}

/** `count` claims, each mentioned once in each of the two articles (offsets need not point at real words here). */
function largeAnalysis(storyId: number, stored: { id: string; source: string }[], count: number, prefix: string): StoryAnalysis {
  const claims: Claim[] = Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    summary: `Claim ${index}`,
    mentions: stored.map((article) => ({ articleId: article.id, start: index, end: index + 5, text: `claim ${index} in ${article.id}` })),
    discrepancies: [],
    variants: [],
    replaces: [],
  }));
  return { ...emptyAnalysis(storyId, stored), claims };
}
