import { createHash, randomBytes } from 'node:crypto';
import { and, asc, count, eq, max, min, ne, sql } from 'drizzle-orm';
import { writeInChunks } from '../chunks';
import type { Database } from '../client';
import { analyses, articles, claims, removedStories, stories, type Article, type Story } from '../schema';

export interface NewArticleInput {
  outlet: string | null;
  url?: string | null;
  publishedAt?: string | null;
  title?: string | null;
  sourceFormat: 'text' | 'html';
  source: string;
  sourceFile?: string | null;
}

export interface NewStoryInput {
  slug: string;
  title: string;
  articles: NewArticleInput[];
  /** SHA-256 of the story's edit token; none for stories no one may change (the imported ones). */
  editTokenHash?: string | null;
}

export function contentHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** A short, URL-safe article id. Derived from a seed when one is given, so imports are reproducible. */
export function newArticleId(seed?: string): string {
  const bytes = seed === undefined ? randomBytes(8) : createHash('sha256').update(seed).digest().subarray(0, 8);
  return bytes.readBigUInt64BE().toString(36).padStart(13, '0').slice(0, 12);
}

function articleRow(article: NewArticleInput, storyId: number, position: number, id: string) {
  return {
    id,
    storyId,
    position,
    outlet: article.outlet,
    url: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    title: article.title ?? null,
    sourceFormat: article.sourceFormat,
    source: article.source,
    sourceFile: article.sourceFile ?? null,
    contentHash: contentHash(article.source),
  };
}

/**
 * Saves a story and its articles in one transaction. Returns null, writing nothing, when a story with
 * the same slug exists or existed (a removed story's address is never handed out again).
 */
export async function createStoryIfAbsent(
  db: Database,
  input: NewStoryInput,
  articleIdSeed?: (article: NewArticleInput, position: number) => string,
): Promise<Story | null> {
  return db.transaction(async (tx) => {
    const [removed] = await tx.select({ slug: removedStories.slug }).from(removedStories).where(eq(removedStories.slug, input.slug));
    if (removed) return null;
    const [story] = await tx
      .insert(stories)
      .values({ slug: input.slug, title: input.title, editTokenHash: input.editTokenHash ?? null })
      .onConflictDoNothing({ target: stories.slug })
      .returning();
    if (!story) return null;
    const rows = input.articles.map((article, position) => articleRow(article, story.id, position, newArticleId(articleIdSeed?.(article, position))));
    await writeInChunks(rows, (chunk) => tx.insert(articles).values(chunk));
    return story;
  });
}

export interface StorySummary {
  slug: string;
  title: string;
  articleCount: number;
  outlets: string[];
  firstPublishedAt: string | null;
  lastPublishedAt: string | null;
  updatedAt: Date;
  claimCount: number;
  claimsWithDiscrepancies: number;
  /** Status of the latest analysis job, or null when the story was never queued. */
  analysisStatus: 'queued' | 'running' | 'done' | 'failed' | null;
  /** With a search: the story's first claims that match it, in story order (at most MATCHING_CLAIMS). */
  matchingClaims: { id: string; summary: string }[];
}

/** How many matching claims a search result names under its story. */
export const MATCHING_CLAIMS = 3;

/** Turns a title into the readable part of a slug: "British staff leave Kyiv" → "british-staff-leave-kyiv". */
export function slugify(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return base || 'story';
}

/** Saves a new story under a fresh slug (title words plus a random suffix). */
export async function createStory(db: Database, input: Omit<NewStoryInput, 'slug'>): Promise<Story> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const slug = `${slugify(input.title)}-${randomBytes(3).toString('hex')}`;
    const story = await createStoryIfAbsent(db, { ...input, slug });
    if (story) return story;
  }
  throw new Error('could not find a free slug');
}

/**
 * Listed stories for the home page, most recently changed first (unlisted ones only by their link). `query` is a web-style search ("troops
 * border", "\"half of staff\"", "Kyiv OR Kiev") over story titles, article titles and claims, using
 * PostgreSQL full-text search (the same in PGlite).
 */
export async function listStories(db: Database, { limit = 50, offset = 0, query }: { limit?: number; offset?: number; query?: string } = {}): Promise<StorySummary[]> {
  const tsQuery = sql`websearch_to_tsquery('english', ${query ?? ''})`;
  const search = query
    ? sql`(to_tsvector('english', ${stories.title}) @@ ${tsQuery}
        OR EXISTS (SELECT 1 FROM ${claims} WHERE ${claims.storyId} = ${stories.id} AND to_tsvector('english', ${claims.summary}) @@ ${tsQuery})
        OR EXISTS (SELECT 1 FROM ${articles} a WHERE a.story_id = ${stories.id} AND to_tsvector('english', coalesce(a.title, '')) @@ ${tsQuery}))`
    : undefined;
  const rows = await db
    .select({
      slug: stories.slug,
      title: stories.title,
      updatedAt: stories.updatedAt,
      articleCount: count(articles.id),
      outlets: sql<(string | null)[]>`array_agg(${articles.outlet} ORDER BY ${articles.position})`,
      firstPublishedAt: min(articles.publishedAt),
      lastPublishedAt: max(articles.publishedAt),
      claimCount: sql<number>`(SELECT count(*)::int FROM ${claims} WHERE ${claims.storyId} = ${stories.id})`,
      claimsWithDiscrepancies: sql<number>`(SELECT count(*)::int FROM ${claims} WHERE ${claims.storyId} = ${stories.id} AND ${claims.discrepancyCount} > 0)`,
      analysisStatus: sql<StorySummary['analysisStatus']>`(SELECT ${analyses.status} FROM ${analyses} WHERE ${analyses.storyId} = ${stories.id} ORDER BY ${analyses.id} DESC LIMIT 1)`,
      matchingClaims: query
        ? sql<StorySummary['matchingClaims']>`(SELECT coalesce(json_agg(json_build_object('id', m.id, 'summary', m.summary) ORDER BY m.position), '[]'::json)
            FROM (SELECT c.id, c.summary, c.position FROM ${claims} c
                  WHERE c.story_id = ${stories.id} AND to_tsvector('english', c.summary) @@ ${tsQuery}
                  ORDER BY c.position LIMIT ${MATCHING_CLAIMS}) m)`
        : sql<StorySummary['matchingClaims']>`'[]'::json`,
    })
    .from(stories)
    .leftJoin(articles, eq(articles.storyId, stories.id))
    .where(and(eq(stories.unlisted, false), search))
    .groupBy(stories.id)
    .orderBy(sql`${stories.updatedAt} DESC`, asc(stories.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({
    ...row,
    claimCount: Number(row.claimCount),
    claimsWithDiscrepancies: Number(row.claimsWithDiscrepancies),
    outlets: (row.outlets ?? []).filter((outlet): outlet is string => outlet !== null),
    matchingClaims: row.matchingClaims ?? [],
  }));
}

export async function getStoryBySlug(
  db: Database,
  slug: string,
): Promise<(Story & { articles: Article[] }) | null> {
  const [story] = await db.select().from(stories).where(eq(stories.slug, slug));
  if (!story) return null;
  return { ...story, articles: await getStoryArticles(db, story.id) };
}

/** A story's articles in their order (what the analysis worker reads). */
export async function getStoryArticles(db: Database, storyId: number): Promise<Article[]> {
  return db.select().from(articles).where(eq(articles.storyId, storyId)).orderBy(asc(articles.position));
}

/** Adds an article at the end of a story; null when the story already holds the same text. */
export async function addArticle(db: Database, storyId: number, article: NewArticleInput): Promise<Article | null> {
  return db.transaction(async (tx) => {
    const [last] = await tx.select({ position: max(articles.position) }).from(articles).where(eq(articles.storyId, storyId));
    const [created] = await tx
      .insert(articles)
      .values(articleRow(article, storyId, (last?.position ?? -1) + 1, newArticleId()))
      .onConflictDoNothing()
      .returning();
    if (created) await tx.update(stories).set({ updatedAt: sql`now()` }).where(eq(stories.id, storyId));
    return created ?? null;
  });
}

/**
 * Corrects an article's outlet, date, address or title, or replaces its text (then its source is that
 * text, whatever it was given as; the analysed text and offsets change at the next analysis). Null when
 * the story has no such article; `{ sameTextAs }` when another article of the story has that text already.
 */
export async function updateArticle(
  db: Database,
  storyId: number,
  articleId: string,
  { text, ...changes }: Partial<Pick<Article, 'outlet' | 'publishedAt' | 'url' | 'title'>> & { text?: string },
): Promise<Article | { sameTextAs: Article } | null> {
  return db.transaction(async (tx) => {
    const source = text === undefined ? {} : { source: text, sourceFormat: 'text' as const, sourceFile: null, contentHash: contentHash(text) };
    if (source.contentHash) {
      const [twin] = await tx.select().from(articles).where(and(eq(articles.storyId, storyId), eq(articles.contentHash, source.contentHash), ne(articles.id, articleId)));
      if (twin) return { sameTextAs: twin };
    }
    const [updated] = await tx.update(articles).set({ ...changes, ...source }).where(and(eq(articles.storyId, storyId), eq(articles.id, articleId))).returning();
    if (updated) await tx.update(stories).set({ updatedAt: sql`now()` }).where(eq(stories.id, storyId));
    return updated ?? null;
  });
}

/**
 * Removes an article, keeping at least two in the story. Returns "removed", "missing" or
 * "last-two" (refused: a comparison needs two articles).
 */
export async function deleteArticle(db: Database, storyId: number, articleId: string): Promise<'removed' | 'missing' | 'last-two'> {
  return db.transaction(async (tx) => {
    // Serialise changes to one story's articles, so two deletions cannot both pass the count check.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${storyId})`);
    const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(articles).where(eq(articles.storyId, storyId));
    const [existing] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.storyId, storyId), eq(articles.id, articleId)));
    if (!existing) return 'missing';
    if (total <= 2) return 'last-two';
    await tx.delete(articles).where(eq(articles.id, articleId));
    await tx.update(stories).set({ updatedAt: sql`now()` }).where(eq(stories.id, storyId));
    return 'removed';
  });
}

/** Renames a story or lists / unlists it; null when there is no such story. */
export async function updateStory(db: Database, storyId: number, changes: Partial<Pick<Story, 'title' | 'unlisted'>>): Promise<Story | null> {
  const [updated] = await db.update(stories).set({ ...changes, updatedAt: sql`now()` }).where(eq(stories.id, storyId)).returning();
  return updated ?? null;
}

/**
 * Deletes a story and everything of it (articles, analyses, claims, corrections), keeping only its
 * address as removed. False when there was no such story.
 */
export async function removeStory(db: Database, slug: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx.delete(stories).where(eq(stories.slug, slug)).returning({ id: stories.id });
    if (!deleted) return false;
    await tx.insert(removedStories).values({ slug }).onConflictDoNothing();
    return true;
  });
}

/** Whether a story was at this address and its editor removed it. */
export async function wasRemoved(db: Database, slug: string): Promise<boolean> {
  const [removed] = await db.select({ slug: removedStories.slug }).from(removedStories).where(eq(removedStories.slug, slug));
  return removed !== undefined;
}
