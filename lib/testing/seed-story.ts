import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Test support: the default seed story (data/stories), as the engine takes it. Node only; never imported by the app. */
export const SEED_FOLDER = path.join(process.cwd(), 'data/stories/embassy-staff-leave-ukraine');

export interface SeedArticle {
  /** The file's number: "000" ITV News, "001" The Sun, "002" LBC. */
  id: string;
  outlet: string;
  publishedAt: string | null;
  text: string;
}

export function seedArticles(): SeedArticle[] {
  const manifest = JSON.parse(readFileSync(path.join(SEED_FOLDER, 'manifest.json'), 'utf8')) as { articles: { file: string; outlet: string; publishedAt: string | null }[] };
  return manifest.articles.map((article) => ({
    id: article.file.slice(0, 3),
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    text: readFileSync(path.join(SEED_FOLDER, article.file), 'utf8'),
  }));
}
