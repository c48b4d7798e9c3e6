import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { Database } from '@/lib/db';
import { createStoryIfAbsent, type NewStoryInput } from '@/lib/db/queries/stories';

const manifestSchema = z.object({
  title: z.string().min(1),
  articles: z
    .array(
      z.object({
        file: z.string().regex(/^[\w.-]+\.(txt|md|html?)$/, 'must be a .txt, .md or .html file in the same folder'),
        outlet: z.string().min(1).nullable(),
        publishedAt: z.iso.date().nullable(),
        url: z.url().optional(),
        title: z.string().optional(),
        note: z.string().optional(),
      }),
    )
    .min(2, 'a story needs at least two articles'),
});

export const defaultStoriesDir = path.join(process.cwd(), 'data', 'stories');

/** Reads every story folder under `dir`: the folder name is the slug, manifest.json describes it. */
export async function readDefaultStories(dir = defaultStoriesDir): Promise<NewStoryInput[]> {
  // The folder is a parameter (tests pass their own); the bundler must not trace it.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return Promise.all(
    folders.map(async (slug) => {
      const folder = path.join(/*turbopackIgnore: true*/ dir, slug);
      const manifestPath = path.join(folder, 'manifest.json');
      const parsed = manifestSchema.safeParse(JSON.parse(await readFile(/*turbopackIgnore: true*/ manifestPath, 'utf8')));
      if (!parsed.success) {
        throw new Error(`${manifestPath} is invalid: ${z.prettifyError(parsed.error)}`);
      }
      const manifest = parsed.data;
      return {
        slug,
        title: manifest.title,
        articles: await Promise.all(
          manifest.articles.map(async (article) => ({
            outlet: article.outlet,
            publishedAt: article.publishedAt,
            url: article.url ?? null,
            title: article.title ?? null,
            sourceFormat: /\.html?$/.test(article.file) ? ('html' as const) : ('text' as const),
            source: await readFile(/*turbopackIgnore: true*/ path.join(folder, article.file), 'utf8'),
            sourceFile: article.file,
          })),
        ),
      };
    }),
  );
}

/**
 * Imports the default stories that the database does not have yet. Idempotent: a story whose slug
 * exists is left alone, so restarts (and several app servers starting at once) never duplicate one.
 * Returns the slugs it created.
 */
export async function importDefaultStories(db: Database, dir = defaultStoriesDir): Promise<string[]> {
  const created: string[] = [];
  for (const story of await readDefaultStories(dir)) {
    const saved = await createStoryIfAbsent(db, story, (article) => `${story.slug}/${article.sourceFile}`);
    if (saved) created.push(saved.slug);
  }
  return created;
}
