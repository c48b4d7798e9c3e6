import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StoryInput } from '@/lib/analysis';
import { repoRoot } from './shared-data';

/** A default story from data/stories as engine input; article ids are the file names. */
export function readDefaultStoryInput(slug: string): StoryInput & { articles: { id: string; outlet: string | null; text: string }[] } {
  const folder = path.join(repoRoot, 'data', 'stories', slug);
  const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as {
    title: string;
    articles: { file: string; outlet: string | null; publishedAt: string | null }[];
  };
  return {
    id: slug,
    title: manifest.title,
    articles: manifest.articles.map((article) => ({
      id: article.file,
      outlet: article.outlet,
      publishedAt: article.publishedAt,
      text: readFileSync(path.join(folder, article.file), 'utf8'),
    })),
  };
}
