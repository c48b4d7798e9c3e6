import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { StoryAnalysis } from '@/lib/analysis/types';
import type { Database } from '../client';
import { analyses, articles, claimRedirects, claims, discrepancies, mentions, variants, type Analysis } from '../schema';

/**
 * Analysis jobs. A job is a row of `analyses`; any app process may claim the oldest queued one with
 * SELECT … FOR UPDATE SKIP LOCKED, so several app servers over one PostgreSQL share the work without
 * claiming a job twice. A running job whose heartbeat is older than STALE_AFTER belonged to a process
 * that died (kill -9, crash) and is claimed again.
 */
export const STALE_AFTER_SECONDS = 120;

/** Queues an analysis of the story, unless one is already waiting. Returns the waiting job. */
export async function queueAnalysis(db: Database, storyId: number): Promise<Analysis> {
  return db.transaction(async (tx) => {
    // One waiting job per story is enough: the worker always analyses the story as it is then.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${storyId})`);
    const [waiting] = await tx.select().from(analyses).where(and(eq(analyses.storyId, storyId), eq(analyses.status, 'queued')));
    if (waiting) return waiting;
    const [created] = await tx.insert(analyses).values({ storyId }).returning();
    return created as Analysis;
  });
}

/**
 * Queues an analysis for every story not yet analysed by this engine version (at start-up, so a new
 * engine re-analyses stored stories). Several app servers may start at once: a transaction-scoped
 * advisory lock lets one of them decide.
 */
export async function queueOutdatedAnalyses(db: Database, engineVersion: string): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(7205011323)`);
    const inserted = await tx.execute(sql`
      INSERT INTO ${analyses} (story_id)
      SELECT s.id FROM stories s
      WHERE NOT EXISTS (
        SELECT 1 FROM ${analyses} a
        WHERE a.story_id = s.id
          AND (a.status IN ('queued', 'running') OR (a.status = 'done' AND a.engine_version = ${engineVersion}))
      )
      RETURNING id`);
    return (inserted as unknown as { rows: unknown[] }).rows.length;
  });
}

/** Claims the oldest job that is queued, or running but abandoned; null when there is none. */
export async function claimNextAnalysis(db: Database): Promise<Analysis | null> {
  const rows = await db.execute<{ id: number }>(sql`
    UPDATE ${analyses}
    SET status = 'running', stage = 'analysing', attempts = ${analyses.attempts} + 1,
        started_at = now(), heartbeat_at = now(), error = NULL
    WHERE ${analyses.id} = (
      SELECT id FROM ${analyses}
      WHERE status = 'queued'
         OR (status = 'running' AND heartbeat_at < now() - make_interval(secs => ${STALE_AFTER_SECONDS}))
      ORDER BY id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id`);
  const id = (rows as unknown as { rows: { id: number }[] }).rows[0]?.id;
  if (id === undefined) return null;
  const [claimed] = await db.select().from(analyses).where(eq(analyses.id, id));
  return claimed ?? null;
}

export async function reportProgress(db: Database, analysisId: number, progress: { stage: Analysis['stage']; articlesDone: number; articlesTotal: number }): Promise<void> {
  await db
    .update(analyses)
    .set({ ...progress, heartbeatAt: sql`now()` })
    .where(eq(analyses.id, analysisId));
}

export async function failAnalysis(db: Database, analysisId: number, error: string): Promise<void> {
  await db
    .update(analyses)
    .set({ status: 'failed', stage: 'failed', error, finishedAt: sql`now()` })
    .where(eq(analyses.id, analysisId));
}

/** The story's latest job, for progress display. */
export async function getLatestAnalysis(db: Database, storyId: number): Promise<Analysis | null> {
  const [latest] = await db.select().from(analyses).where(eq(analyses.storyId, storyId)).orderBy(desc(analyses.id)).limit(1);
  return latest ?? null;
}

/**
 * Replaces the story's claims with a new analysis, in one transaction: a failure leaves the previous
 * claims in place. Claim ids that disappear are redirected to the claim that now holds their mention
 * (the engine lists them in `replaces`), and older redirects are re-pointed, so links stay valid.
 */
export interface SaveOptions {
  /** Claims a person's correction changed. */
  edited?: ReadonlySet<string>;
  /** Which articles are one source (wire copy), as groups. */
  sources?: readonly { articleIds: string[]; agency: string | null }[];
}

export async function saveAnalysis(db: Database, analysisId: number, storyId: number, result: StoryAnalysis, { edited = new Set(), sources = [] }: SaveOptions = {}): Promise<void> {
  const sourceOf = new Map(sources.flatMap((group, index) => group.articleIds.map((articleId) => [articleId, { sourceGroup: index, agency: group.agency }] as const)));
  await db.transaction(async (tx) => {
    for (const article of result.articles) {
      await tx
        .update(articles)
        .set({ text: article.text, excluded: article.excluded, detectedPublishedAt: article.publishedAt, ...(sourceOf.get(article.id) ?? { sourceGroup: null, agency: null }) })
        .where(and(eq(articles.id, article.id), eq(articles.storyId, storyId)));
    }

    const previous = (await tx.select({ id: claims.id }).from(claims).where(eq(claims.storyId, storyId))).map((row) => row.id);
    const current = new Set(result.claims.map((claim) => claim.id));
    const successor = successors(result, await tx.select({ claimId: mentions.claimId, articleId: mentions.articleId, text: mentions.text }).from(mentions).where(eq(mentions.storyId, storyId)));

    await tx.delete(claims).where(eq(claims.storyId, storyId));
    await tx.delete(variants).where(eq(variants.storyId, storyId));
    if (result.claims.length > 0) {
      await tx.insert(claims).values(
        result.claims.map((claim, position) => ({
          storyId,
          id: claim.id,
          analysisId,
          position,
          summary: claim.summary,
          outletCount: new Set(claim.mentions.map((mention) => mention.articleId)).size,
          discrepancyCount: claim.discrepancies.length,
          edited: edited.has(claim.id),
        })),
      );
      const mentionRows = result.claims.flatMap((claim) =>
        claim.mentions.map((mention, position) => ({ storyId, claimId: claim.id, position, ...mention })),
      );
      for (const chunk of chunks(mentionRows, 500)) await tx.insert(mentions).values(chunk);
      const discrepancyRows = result.claims.flatMap((claim) =>
        claim.discrepancies.map((discrepancy, position) => ({ storyId, claimId: claim.id, position, ...discrepancy })),
      );
      for (const chunk of chunks(discrepancyRows, 500)) await tx.insert(discrepancies).values(chunk);
    }
    const variantRows = [
      ...result.variants.map((variant) => ({ storyId, claimId: null, canonical: variant.canonical, type: variant.type, forms: variant.forms })),
      ...result.claims.flatMap((claim) =>
        claim.variants.map((variant) => ({ storyId, claimId: claim.id, canonical: variant.canonical, type: variant.type, forms: variant.forms })),
      ),
    ];
    for (const chunk of chunks(variantRows, 500)) await tx.insert(variants).values(chunk);

    // Links: an id that vanished leads to the claim now holding its mention; redirects that led to a
    // vanished id follow it; an id that is a claim again needs no redirect.
    const redirects = previous.filter((id) => !current.has(id) && successor.has(id)).map((id) => ({ storyId, oldId: id, newId: successor.get(id) as string }));
    for (const chunk of chunks(redirects, 500)) {
      await tx
        .insert(claimRedirects)
        .values(chunk)
        .onConflictDoUpdate({ target: [claimRedirects.storyId, claimRedirects.oldId], set: { newId: sql`excluded.new_id` } });
    }
    for (const [old, next] of successor) {
      await tx.update(claimRedirects).set({ newId: next }).where(and(eq(claimRedirects.storyId, storyId), eq(claimRedirects.newId, old)));
    }
    if (current.size > 0) await tx.delete(claimRedirects).where(and(eq(claimRedirects.storyId, storyId), inArray(claimRedirects.oldId, [...current])));

    await tx
      .update(analyses)
      .set({ status: 'done', stage: 'done', engineVersion: result.engineVersion, finishedAt: sql`now()`, heartbeatAt: sql`now()` })
      .where(eq(analyses.id, analysisId));
  });
}

/**
 * Where each vanished claim id should lead: the new claim that now holds most of its old mentions
 * (an article removed, a claim merged or split), else the claim whose `replaces` lists it. A mention
 * a newer engine cuts differently (a sentence now split in two, or two parts now one) leads to the
 * first new mention of its article that lies inside it or holds it.
 */
function successors(result: StoryAnalysis, oldMentions: readonly { claimId: string; articleId: string; text: string }[]): Map<string, string> {
  const current = new Set(result.claims.map((claim) => claim.id));
  const holder = new Map<string, string>();
  const byArticle = new Map<string, { start: number; text: string; claimId: string }[]>();
  for (const claim of result.claims) {
    for (const mention of claim.mentions) {
      holder.set(`${mention.articleId}\u0000${mention.text}`, claim.id);
      const list = byArticle.get(mention.articleId) ?? [];
      list.push({ start: mention.start, text: mention.text, claimId: claim.id });
      byArticle.set(mention.articleId, list);
    }
  }
  for (const list of byArticle.values()) list.sort((a, b) => a.start - b.start);
  const recut = (articleId: string, text: string) =>
    byArticle.get(articleId)?.find((mention) => text.includes(mention.text) || mention.text.includes(text))?.claimId;
  const votes = new Map<string, Map<string, number>>();
  for (const mention of oldMentions) {
    if (current.has(mention.claimId)) continue;
    const next = holder.get(`${mention.articleId}\u0000${mention.text}`) ?? recut(mention.articleId, mention.text);
    if (!next) continue;
    const tally = votes.get(mention.claimId) ?? new Map<string, number>();
    tally.set(next, (tally.get(next) ?? 0) + 1);
    votes.set(mention.claimId, tally);
  }
  const successor = new Map<string, string>();
  for (const claim of result.claims) for (const old of claim.replaces) if (!current.has(old)) successor.set(old, claim.id);
  for (const [old, tally] of votes) {
    const [best] = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) successor.set(old, best[0]);
  }
  return successor;
}

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < rows.length; index += size) result.push(rows.slice(index, index + size));
  return result;
}
