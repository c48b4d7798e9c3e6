import { createHash, randomBytes } from 'node:crypto';
import { asc, count, eq, max, min, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { analyses, articles, claims, stories, type Article, type Story } from '../schema';

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
}

export function contentHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** A short, URL-safe article id. Derived from a seed when one is given, so imports are reproducible. */
export function newArticleId(seed?: string): string {
  const bytes = seed === undefined ? randomBytes(8) : createHash('sha256').update(seed).digest().subarray(0, 8);
  return bytes.readBigUInt64BE().toString(36).padStart(13, '0').slice(0, 12);
}

/**
 * Saves a story and its articles in one transaction. Returns null, writing nothing, when a story with
 * the same slug already exists.
 */
export async function createStoryIfAbsent(
  db: Database,
  input: NewStoryInput,
  articleIdSeed?: (article: NewArticleInput, position: number) => string,
): Promise<Story | null> {
  return db.transaction(async (tx) => {
    const [story] = await tx
      .insert(stories)
      .values({ slug: input.slug, title: input.title })
      .onConflictDoNothing({ target: stories.slug })
      .returning();
    if (!story) return null;
    if (input.articles.length > 0) {
      await tx.insert(articles).values(
        input.articles.map((article, position) => ({
          id: newArticleId(articleIdSeed?.(article, position)),
          storyId: story.id,
          position,
          outlet: article.outlet,
          url: article.url ?? null,
          publishedAt: article.publishedAt ?? null,
          title: article.title ?? null,
          sourceFormat: article.sourceFormat,
          source: article.source,
          sourceFile: article.sourceFile ?? null,
          contentHash: contentHash(article.source),
        })),
      );
    }
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
}

/** Stories for the home page, most recently changed first. */
export async function listStories(db: Database, { limit = 50, offset = 0 } = {}): Promise<StorySummary[]> {
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
    })
    .from(stories)
    .leftJoin(articles, eq(articles.storyId, stories.id))
    .groupBy(stories.id)
    .orderBy(sql`${stories.updatedAt} DESC`, asc(stories.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({
    ...row,
    claimCount: Number(row.claimCount),
    claimsWithDiscrepancies: Number(row.claimsWithDiscrepancies),
    outlets: (row.outlets ?? []).filter((outlet): outlet is string => outlet !== null),
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
