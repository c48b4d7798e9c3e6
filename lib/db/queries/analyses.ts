import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { StoryAnalysis } from '@/lib/analysis/types';
import { writeInChunks, yieldToEventLoop } from '../chunks';
import type { Database } from '../client';
import { analyses, articles, claimRedirects, claims, discrepancies, mentions, variants, type Analysis } from '../schema';

/**
 * Analysis jobs. A job is a row of `analyses`; any app process may claim the oldest queued one with
 * SELECT … FOR UPDATE SKIP LOCKED, so several app servers over one PostgreSQL share the work without
 * claiming a job twice. The process running a job writes its heartbeat while it runs; a running job
 * whose heartbeat is older than the stale window belonged to a process that died (kill -9, crash) and
 * is claimed again. Every claim counts an attempt, and (id, attempts) identifies the claim: only its
 * holder may report progress, fail the job or save it, so a job is saved at most once per claim.
 * A job that fails, or whose process dies, `maxAttempts` times is set aside: status failed, with a
 * short message, and not queued again at start-up while the engine version is the same.
 */
export interface JobSettings {
  /** Seconds without a heartbeat after which a running job counts as abandoned. */
  staleAfterSeconds: number;
  maxAttempts: number;
  /** Recorded on a job set aside: a newer engine tries the story again. */
  engineVersion: string;
}

/** The claim a worker holds on a job. */
export type JobClaim = Pick<Analysis, 'id' | 'attempts'>;

/** The rows of a raw `db.execute` result (both drivers answer `{ rows }`). */
export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Queues an analysis of the story, unless one is already waiting. Returns the waiting job. */
export async function queueAnalysis(db: Database, storyId: number): Promise<Analysis> {
  return db.transaction(async (tx) => {
    // One waiting job per story is enough: the worker always analyses the story as it is then.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${storyId})`);
    const [waiting] = await tx.select().from(analyses).where(and(eq(analyses.storyId, storyId), eq(analyses.status, 'queued')));
    if (waiting) {
      // The story changed since the attempts already made: it gets its full count again.
      if (waiting.attempts === 0) return waiting;
      const [reset] = await tx.update(analyses).set({ attempts: 0, error: null }).where(eq(analyses.id, waiting.id)).returning();
      return reset as Analysis;
    }
    const [created] = await tx.insert(analyses).values({ storyId }).returning();
    return created as Analysis;
  });
}

/**
 * Queues an analysis for every story not yet analysed by this engine version (at start-up, so a new
 * engine re-analyses stored stories). A story whose job this engine version set aside stays set aside.
 * Several app servers may start at once: a transaction-scoped advisory lock lets one of them decide.
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
          AND (a.status IN ('queued', 'running') OR (a.status IN ('done', 'failed') AND a.engine_version = ${engineVersion}))
      )
      RETURNING id`);
    return rowsOf(inserted).length;
  });
}

/**
 * Claims the oldest job that is queued, or running but abandoned; null when there is none. An abandoned
 * job that has used up its attempts (its process died each time) is set aside instead of claimed.
 */
export async function claimNextAnalysis(db: Database, { staleAfterSeconds, maxAttempts, engineVersion }: JobSettings): Promise<Analysis | null> {
  const stale = sql`status = 'running' AND heartbeat_at < now() - make_interval(secs => ${staleAfterSeconds})`;
  await db.execute(sql`
    UPDATE ${analyses}
    SET status = 'failed', stage = 'failed', finished_at = now(), engine_version = ${engineVersion},
        error = ${setAsideMessage(maxAttempts, 'the server running it stopped')}
    WHERE ${stale} AND attempts >= ${maxAttempts}`);
  const rows = await db.execute<{ id: number }>(sql`
    UPDATE ${analyses}
    SET status = 'running', stage = 'analysing', attempts = ${analyses.attempts} + 1,
        started_at = now(), heartbeat_at = now(), error = NULL
    WHERE ${analyses.id} = (
      SELECT id FROM ${analyses}
      WHERE status = 'queued' OR (${stale})
      ORDER BY id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id`);
  const id = rowsOf<{ id: number }>(rows)[0]?.id;
  if (id === undefined) return null;
  const [claimed] = await db.select().from(analyses).where(eq(analyses.id, id));
  return claimed ?? null;
}

/**
 * At start-up on PGlite, where this process is the directory's only opener: a job still marked running
 * was interrupted by a crash of this same server, so it is queued again at once (no stale window to
 * wait out), or set aside if that was its last attempt. Returns how many jobs went each way.
 */
export async function releaseInterruptedAnalyses(db: Database, { maxAttempts, engineVersion }: Pick<JobSettings, 'maxAttempts' | 'engineVersion'>): Promise<{ resumed: number; setAside: number }> {
  const released = await db.execute(sql`
    UPDATE ${analyses}
    SET status = CASE WHEN attempts >= ${maxAttempts} THEN 'failed' ELSE 'queued' END,
        stage = CASE WHEN attempts >= ${maxAttempts} THEN 'failed' ELSE 'queued' END,
        finished_at = CASE WHEN attempts >= ${maxAttempts} THEN now() END,
        engine_version = CASE WHEN attempts >= ${maxAttempts} THEN ${engineVersion} END,
        error = CASE WHEN attempts >= ${maxAttempts} THEN ${setAsideMessage(maxAttempts, 'the server stopped while running it')} END
    WHERE status = 'running'
    RETURNING status`);
  const statuses = rowsOf<{ status: string }>(released).map((row) => row.status);
  return { resumed: statuses.filter((status) => status === 'queued').length, setAside: statuses.filter((status) => status === 'failed').length };
}

/** The claim's job is still running and still this claim's (another process may have taken it over). */
const held = (claim: JobClaim) => and(eq(analyses.id, claim.id), eq(analyses.attempts, claim.attempts), eq(analyses.status, 'running'));

/** Writes the job's heartbeat (and stage); false when the claim was lost. */
export async function reportProgress(db: Database, claim: JobClaim, progress: Partial<Pick<Analysis, 'stage' | 'articlesDone' | 'articlesTotal'>> = {}): Promise<boolean> {
  const updated = await db.update(analyses).set({ ...progress, heartbeatAt: sql`now()` }).where(held(claim)).returning({ id: analyses.id });
  return updated.length > 0;
}

/**
 * Ends a failed attempt: the job is queued again while attempts remain, else set aside. `reason` is a
 * short sentence for people ("The analysis took longer than 300 s and was stopped."), never a raw error.
 * Returns what became of the job, or null when the claim was lost.
 */
export async function failAnalysisAttempt(db: Database, claim: JobClaim, reason: string, { maxAttempts, engineVersion }: Pick<JobSettings, 'maxAttempts' | 'engineVersion'>): Promise<'queued' | 'failed' | null> {
  const last = claim.attempts >= maxAttempts;
  const [updated] = await db
    .update(analyses)
    .set(
      last
        ? { status: 'failed', stage: 'failed', error: setAsideMessage(maxAttempts, reason), finishedAt: sql`now()`, engineVersion }
        : { status: 'queued', stage: 'queued', error: `Attempt ${claim.attempts} of ${maxAttempts}: ${reason} Trying again.` },
    )
    .where(held(claim))
    .returning({ status: analyses.status });
  return updated ? (updated.status as 'queued' | 'failed') : null;
}

/** Puts a job back in the queue without counting the attempt (its server is shutting down). */
export async function releaseAnalysis(db: Database, claim: JobClaim): Promise<void> {
  await db
    .update(analyses)
    .set({ status: 'queued', stage: 'queued', attempts: sql`${analyses.attempts} - 1` })
    .where(held(claim));
}

function setAsideMessage(maxAttempts: number, reason: string): string {
  const because = reason.replace(/^The /, 'the ').replace(/\.$/, '');
  return `Set aside after ${maxAttempts} ${maxAttempts === 1 ? 'attempt' : 'attempts'} (last: ${because}). Change the story's articles to try again.`;
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
 * Every write is cut into bounded statements (see chunks.ts), so a story of any size can be saved.
 */
export interface SaveOptions {
  /** Claims a person's correction changed. */
  edited?: ReadonlySet<string> | readonly string[];
  /** Which articles are one source (wire copy), as groups. */
  sources?: readonly { articleIds: string[]; agency: string | null }[];
}

/** The job was taken over by another process (its heartbeat went stale): this claim must not save. */
export class ClaimLostError extends Error {
  override readonly name = 'ClaimLostError';
}

export async function saveAnalysis(db: Database, job: JobClaim, storyId: number, result: StoryAnalysis, { edited = [], sources = [] }: SaveOptions = {}): Promise<void> {
  const editedIds = new Set(edited);
  const sourceOf = new Map(sources.flatMap((group, index) => group.articleIds.map((articleId) => [articleId, { sourceGroup: index, agency: group.agency }] as const)));
  await db.transaction(async (tx) => {
    // First, and held until commit: the job's row, if this claim still holds it. A process that took the
    // job over meanwhile has a newer attempt number, and its own save waits for this row lock.
    const holding = await tx.update(analyses).set({ stage: 'saving', heartbeatAt: sql`now()` }).where(held(job)).returning({ id: analyses.id });
    if (holding.length === 0) throw new ClaimLostError(`analysis job ${job.id} attempt ${job.attempts} is no longer this process's (taken over, or its story removed)`);

    for (const article of result.articles) {
      await tx
        .update(articles)
        .set({ text: article.text, excluded: article.excluded, detectedPublishedAt: article.publishedAt, ...(sourceOf.get(article.id) ?? { sourceGroup: null, agency: null }) })
        .where(and(eq(articles.id, article.id), eq(articles.storyId, storyId)));
      await yieldToEventLoop();
    }

    const previous = (await tx.select({ id: claims.id }).from(claims).where(eq(claims.storyId, storyId))).map((row) => row.id);
    const current = new Set(result.claims.map((claim) => claim.id));
    const successor = successors(result, await previousMentions(tx, storyId));
    // PGlite's statements settle without a turn of the event loop: each step of a big save ends with one.
    await yieldToEventLoop();

    // The rows that hang off claims go first, a bounded number a statement, so deleting the claims
    // cascades to nothing.
    for (const table of [mentions, discrepancies, variants]) await deleteStoryRows(tx, table, storyId);
    await tx.delete(claims).where(eq(claims.storyId, storyId));
    await yieldToEventLoop();
    // Each chunk's columns are built when it is written, so no step holds the event loop for all claims.
    await writeInChunks(
      result.claims.map((claim, position) => ({ claim, position })),
      (chunk) =>
        tx.execute(sql`
          INSERT INTO ${claims} (story_id, analysis_id, id, position, summary, outlet_count, discrepancy_count, edited, possible_mentions)
          SELECT ${storyId}, ${job.id}, * FROM unnest(
            ${sql.param(chunk.map(({ claim }) => claim.id))}::text[], ${sql.param(chunk.map(({ position }) => position))}::int[],
            ${sql.param(chunk.map(({ claim }) => claim.summary))}::text[],
            ${sql.param(chunk.map(({ claim }) => new Set(claim.mentions.map((mention) => mention.articleId)).size))}::int[],
            ${sql.param(chunk.map(({ claim }) => claim.discrepancies.length))}::int[], ${sql.param(chunk.map(({ claim }) => editedIds.has(claim.id)))}::boolean[],
            ${sql.param(chunk.map(({ claim }) => JSON.stringify(claim.possibleMentions ?? [])))}::jsonb[])`),
      { asArrays: true },
    );
    const mentionRows = result.claims.flatMap((claim) => claim.mentions.map((mention, position) => ({ storyId, claimId: claim.id, position, ...mention })));
    // Claims and mentions are most of a story's rows: one array per column (unnest) binds far faster than
    // a row of parameters each, which matters on PGlite, where the binding runs on the main thread.
    await writeInChunks(
      mentionRows,
      (chunk) =>
        tx.execute(sql`
          INSERT INTO ${mentions} (story_id, claim_id, position, article_id, start, "end", text)
          SELECT ${storyId}, * FROM unnest(
            ${sql.param(chunk.map((row) => row.claimId))}::text[], ${sql.param(chunk.map((row) => row.position))}::int[],
            ${sql.param(chunk.map((row) => row.articleId))}::text[], ${sql.param(chunk.map((row) => row.start))}::int[],
            ${sql.param(chunk.map((row) => row.end))}::int[], ${sql.param(chunk.map((row) => row.text))}::text[])`),
      { asArrays: true },
    );
    const discrepancyRows = result.claims.flatMap((claim) => claim.discrepancies.map((discrepancy, position) => ({ storyId, claimId: claim.id, position, ...discrepancy })));
    await writeInChunks(discrepancyRows, (chunk) => tx.insert(discrepancies).values(chunk));
    const variantRows = [
      ...result.variants.map((variant) => ({ storyId, claimId: null, canonical: variant.canonical, type: variant.type, forms: variant.forms })),
      ...result.claims.flatMap((claim) =>
        claim.variants.map((variant) => ({ storyId, claimId: claim.id, canonical: variant.canonical, type: variant.type, forms: variant.forms })),
      ),
    ];
    await writeInChunks(variantRows, (chunk) => tx.insert(variants).values(chunk));

    // Links: an id that vanished leads to the claim now holding its mention; redirects that led to a
    // vanished id follow it; an id that is a claim again needs no redirect.
    const redirects = previous.filter((id) => !current.has(id) && successor.has(id)).map((id) => ({ storyId, oldId: id, newId: successor.get(id) as string }));
    await writeInChunks(redirects, (chunk) =>
      tx
        .insert(claimRedirects)
        .values(chunk)
        .onConflictDoUpdate({ target: [claimRedirects.storyId, claimRedirects.oldId], set: { newId: sql`excluded.new_id` } }),
    );
    // A successor is always a current claim and never itself vanished, so one pass re-points every chain.
    await writeInChunks([...successor].map(([old, next]) => ({ old, next })), (chunk) =>
      tx.execute(sql`
        UPDATE ${claimRedirects} SET new_id = m.next
        FROM (VALUES ${sql.join(chunk.map(({ old, next }) => sql`(${old}, ${next})`), sql`, `)}) AS m(old, next)
        WHERE ${claimRedirects.storyId} = ${storyId} AND ${claimRedirects.newId} = m.old`),
    );
    await writeInChunks([...current], (chunk) => tx.delete(claimRedirects).where(and(eq(claimRedirects.storyId, storyId), inArray(claimRedirects.oldId, chunk))));

    await tx
      .update(analyses)
      .set({ status: 'done', stage: 'done', engineVersion: result.engineVersion, finishedAt: sql`now()`, heartbeatAt: sql`now()` })
      .where(eq(analyses.id, job.id));
  });
}

const ROWS_PER_STATEMENT = 2_000;

/** The story's stored mentions, read a bounded page at a time in key order. */
async function previousMentions(tx: Database, storyId: number): Promise<{ claimId: string; articleId: string; text: string }[]> {
  const rows: { claimId: string; position: number; articleId: string; text: string }[] = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await tx
      .select({ claimId: mentions.claimId, position: mentions.position, articleId: mentions.articleId, text: mentions.text })
      .from(mentions)
      .where(and(eq(mentions.storyId, storyId), last ? sql`(${mentions.claimId}, ${mentions.position}) > (${last.claimId}, ${last.position})` : undefined))
      .orderBy(mentions.claimId, mentions.position)
      .limit(ROWS_PER_STATEMENT);
    rows.push(...page);
    if (page.length < ROWS_PER_STATEMENT) return rows;
    await yieldToEventLoop();
  }
}

/** Deletes a story's rows of `table`, a bounded number a statement. */
async function deleteStoryRows(tx: Database, table: typeof mentions | typeof discrepancies | typeof variants, storyId: number): Promise<void> {
  for (;;) {
    const deleted = await tx.execute(sql`
      DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} WHERE story_id = ${storyId} LIMIT ${ROWS_PER_STATEMENT})
      RETURNING 1`);
    if (rowsOf(deleted).length < ROWS_PER_STATEMENT) return;
    await yieldToEventLoop();
  }
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

