import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { analyzeStory, type Claim, type Mention, type StoryAnalysis } from '@/lib/analysis';
import { claimId } from '@/lib/analysis/ids';
import { ENGINE_VERSION } from '@/lib/analysis/version';
import { runNextAnalysis, type JobOutcome } from '@/lib/server/analysis-worker';
import { importDefaultStories } from '@/lib/stories/default-stories';
import { analyses, articles, claimRedirects } from '../schema';
import { readSnapshot } from '../client';
import { testDatabases } from '../testing';
import { claimNextAnalysis, getLatestAnalysis, queueAnalysis, queueOutdatedAnalyses, saveAnalysis, type JobSettings } from './analyses';
import { getStoryClaims, listClaims, resolveClaimId } from './claims';
import { getStoryArticles, getStoryBySlug, listStories } from './stories';

const slug = 'embassy-staff-leave-ukraine';
const jobs: JobSettings = { staleAfterSeconds: 120, maxAttempts: 3, engineVersion: ENGINE_VERSION };

// The first job starts the process's analysis thread (the engine's models load in it): give it room.
describe.each(testDatabases())('analysis jobs on $name', { timeout: 120_000 }, ({ open }) => {
  async function withSeedStory(run: (handle: Awaited<ReturnType<typeof open>>, storyId: number) => Promise<void>) {
    const handle = await open();
    try {
      await importDefaultStories(handle.db);
      const story = await getStoryBySlug(handle.db, slug);
      await run(handle, story?.id as number);
    } finally {
      await handle.close();
    }
  }

  it('queues one job per story, runs it, and stores claims whose mentions are exact slices of the stored text', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      const job = await queueAnalysis(db, storyId);
      expect((await queueAnalysis(db, storyId)).id).toBe(job.id);
      expect(await runNextAnalysis(db)).toBe('saved');
      expect(await runNextAnalysis(db)).toBeNull();

      const latest = await getLatestAnalysis(db, storyId);
      expect(latest).toMatchObject({ id: job.id, status: 'done', stage: 'done', engineVersion: ENGINE_VERSION, articlesDone: 3, articlesTotal: 3 });
      const stored = await listClaims(db, storyId);
      expect(stored.length).toBeGreaterThan(50);
      expect(stored.filter((claim) => claim.outletCount >= 2).length).toBeGreaterThanOrEqual(8);
      const texts = new Map((await db.select().from(articles).where(eq(articles.storyId, storyId))).map((article) => [article.id, article.text ?? '']));
      for (const claim of stored) for (const mention of claim.mentions) expect(texts.get(mention.articleId)?.slice(mention.start, mention.end)).toBe(mention.text);
    });
  });

  it('finds the story by full-text search over its title and claims, stemming words', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      const slugs = async (query: string) => (await listStories(db, { query })).map((story) => story.slug);
      expect(await slugs('embassy staff')).toEqual([slug]);
      expect(await slugs('fear')).toEqual([slug]); // "mounting fears" in a claim, stemmed
      expect(await slugs('"Foreign Office" embassy')).toEqual([slug]); // a phrase and a word in one claim
      expect(await slugs('volcano')).toEqual([]);
      expect(await slugs('" & | ! ( -- :*')).toEqual([]); // operators only: no error, no match
      // A result names the story's first claims that match, in story order.
      const [found] = await listStories(db, { query: '"Foreign Office"' });
      const expected = (await listClaims(db, storyId)).filter((claim) => /foreign office/i.test(claim.summary)).slice(0, 3);
      expect(expected.length).toBeGreaterThan(0);
      expect(found?.matchingClaims).toEqual(expected.map(({ id, summary }) => ({ id, summary })));
      expect((await listStories(db))[0]?.matchingClaims).toEqual([]);
    });
  });

  it('a page reading the story while its analysis is saved sees the job with its own claims, never a finished job without them', async () => {
    await withSeedStory(async ({ db, kind }, storyId) => {
      const job = await queueAnalysis(db, storyId);
      let saving: Promise<JobOutcome | null> | undefined;
      const seen = await readSnapshot(db, async (snapshot) => {
        const before = await getLatestAnalysis(snapshot, storyId);
        // The analysis is saved between the snapshot's reads. PostgreSQL lets it commit meanwhile (a
        // reader never blocks a writer); PGlite runs one transaction at a time, so there it waits.
        saving = runNextAnalysis(db);
        if (kind === 'postgres') await saving;
        const { claims } = await getStoryClaims(snapshot, storyId);
        return { before, after: await getLatestAnalysis(snapshot, storyId), claims: claims.length };
      });
      expect(seen).toEqual({ before: expect.objectContaining({ id: job.id, status: 'queued' }), after: expect.objectContaining({ id: job.id, status: 'queued' }), claims: 0 });
      expect(await saving).toBe('saved');
      expect(await getLatestAnalysis(db, storyId)).toMatchObject({ id: job.id, status: 'done' });
      expect((await getStoryClaims(db, storyId)).claims.length).toBeGreaterThan(50);
    });
  });

  it('keeps every claim id when the story is analysed again', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      const before = (await listClaims(db, storyId)).map((claim) => claim.id);
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      expect((await listClaims(db, storyId)).map((claim) => claim.id)).toEqual(before);
    });
  });

  it('redirects the ids of claims anchored in a removed article to the claim that now holds their other mentions', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      const [first] = (await getStoryBySlug(db, slug))?.articles ?? [];
      // Claims of two or more outlets whose id was made from their sentence in the first article (the
      // engine picks the anchor by a canonical article order, not by the order of the columns).
      const anchoredInFirst = (await listClaims(db, storyId)).filter(
        (claim) => claim.outletCount >= 2 && claim.mentions.some((mention) => mention.articleId === first?.id && claimId(mention.articleId, mention.text) === claim.id),
      );
      expect(anchoredInFirst.length).toBeGreaterThan(0);

      await db.delete(articles).where(eq(articles.id, first?.id as string));
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      for (const claim of anchoredInFirst) {
        const resolved = await resolveClaimId(db, storyId, claim.id);
        expect(resolved?.redirected).toBe(true);
        expect(await resolveClaimId(db, storyId, resolved?.id as string)).toEqual({ id: resolved?.id, redirected: false });
      }
      expect(await resolveClaimId(db, storyId, 'c-no-such-claim')).toBeNull();
      expect((await db.select().from(claimRedirects)).length).toBeGreaterThan(0);
    });
  });

  it("stores each claim's possible mentions: an outlet's close sentence and the claim that holds it", async () => {
    await withSeedStory(async ({ db }, storyId) => {
      const [a, b] = await getStoryArticles(db, storyId);
      const mention = (articleId: string, text: string) => ({ articleId, start: 0, end: text.length, text });
      // Hand-made: which sentences the engine offers is the engine's business; that they are kept is this layer's.
      const analysis: StoryAnalysis = {
        storyId: String(storyId),
        engineVersion: ENGINE_VERSION,
        articles: [],
        variants: [],
        claims: [
          { id: 'c-one', summary: 'One', mentions: [mention(a!.id, 'One')], possibleMentions: [{ ...mention(b!.id, 'Uno, "quoted"'), claimId: 'c-two' }], discrepancies: [], variants: [], replaces: [] },
          { id: 'c-two', summary: 'Two', mentions: [mention(b!.id, 'Uno, "quoted"')], discrepancies: [], variants: [], replaces: [] },
        ],
      };
      await queueAnalysis(db, storyId);
      await saveAnalysis(db, (await claimNextAnalysis(db, jobs))!, storyId, analysis);
      const stored = await getStoryClaims(db, storyId);
      expect(stored.claims.map((claim) => claim.possibleMentions)).toEqual([[{ ...mention(b!.id, 'Uno, "quoted"'), claimId: 'c-two' }], []]);
    });
  });

  it('redirects the id of a sentence a newer engine splits to the claim holding its first part', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      const input = (await getStoryArticles(db, storyId)).map((article) => ({ id: article.id, outlet: article.outlet, text: article.source }));
      const split = analyzeStory({ id: String(storyId), articles: input });
      const holding = (start: string) => split.claims.find((claim) => claim.mentions.some((mention) => mention.text.startsWith(start)));
      const first = holding('Vladimir Putin has around 100,000 troops');
      const second = holding('talks to avert a bloody conflict');
      const part = (claim: typeof first, start: string) => claim?.mentions.find((mention) => mention.text.startsWith(start)) as Mention;
      const [head, tail] = [part(first, 'Vladimir Putin'), part(second, 'talks to avert')];
      const text = input.find((article) => article.id === head.articleId)?.text ?? '';
      // What an engine that did not split the sentence stored: one claim for the whole of it.
      const whole: Claim = { id: 'c-whole-sentence', summary: 'Vladimir Putin has around 100,000 troops', mentions: [{ articleId: head.articleId, start: head.start, end: tail.end, text: text.slice(head.start, tail.end) }], discrepancies: [], variants: [], replaces: [] };
      const older: StoryAnalysis = {
        ...split,
        claims: [...split.claims.map((claim) => ({ ...claim, mentions: claim.mentions.filter((mention) => mention !== head && mention !== tail) })).filter((claim) => claim.mentions.length > 0), whole],
      };
      await queueAnalysis(db, storyId);
      await saveAnalysis(db, (await claimNextAnalysis(db, jobs))!, storyId, older);

      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      expect(await resolveClaimId(db, storyId, 'c-whole-sentence')).toEqual({ id: first?.id, redirected: true });
    });
  });

  it('claims a job once, and claims again a running job whose process stopped beating', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      await queueAnalysis(db, storyId);
      const [a, b] = await Promise.all([claimNextAnalysis(db, jobs), claimNextAnalysis(db, jobs)]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      const claimed = (a ?? b) as NonNullable<typeof a>;
      expect(await claimNextAnalysis(db, jobs)).toBeNull();

      await db.update(analyses).set({ heartbeatAt: sql`now() - interval '10 minutes'` }).where(eq(analyses.id, claimed.id));
      const again = await claimNextAnalysis(db, jobs);
      expect(again?.id).toBe(claimed.id);
      expect(again?.attempts).toBe(2);
    });
  });

  it('leaves the previous claims in place when saving fails half-way', async () => {
    await withSeedStory(async ({ db }, storyId) => {
      await queueAnalysis(db, storyId);
      await runNextAnalysis(db);
      const before = await listClaims(db, storyId);
      await queueAnalysis(db, storyId);
      const job = (await claimNextAnalysis(db, jobs))!;
      const [first] = before;
      // A mention of an article that does not exist breaks the write after the claims were replaced.
      const broken = {
        storyId: String(storyId),
        engineVersion: ENGINE_VERSION,
        articles: [],
        variants: [],
        claims: [{ id: 'c-new', summary: 'x', discrepancies: [], variants: [], replaces: [], mentions: [{ articleId: 'no-such-article', start: 0, end: 1, text: 'x' }] }],
      };
      await expect(saveAnalysis(db, job, storyId, broken)).rejects.toThrow();
      expect(await listClaims(db, storyId)).toEqual(before);
      expect(first).toBeDefined();
    });
  });
});

describe.each(testDatabases())('queueOutdatedAnalyses on $name', ({ open }) => {
  it('queues stories never analysed or analysed by another engine version, once', async () => {
    const { db, close } = await open();
    try {
      await importDefaultStories(db);
      expect(await queueOutdatedAnalyses(db, ENGINE_VERSION)).toBe(1);
      expect(await queueOutdatedAnalyses(db, ENGINE_VERSION)).toBe(0);
      await runNextAnalysis(db);
      expect(await queueOutdatedAnalyses(db, ENGINE_VERSION)).toBe(0);
      expect(await queueOutdatedAnalyses(db, '999.0.0')).toBe(1);
    } finally {
      await close();
    }
  });
});
