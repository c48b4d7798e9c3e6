import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ArticleInput, StoryInput } from '@/lib/analysis';
import { readDefaultStoryInput } from '../eval/default-story';
import { evalPath } from '../eval/shared-data';

// BASIL's stories of years other than 2013, 2014, 2018 and 2019 are kept for an outside check of the
// engine: not even the benchmark runs on them.
const OPEN_BASIL_YEARS = ['2013', '2014', '2018', '2019'];
const isReserved = (file: string) => file.startsWith('basil-') && !OPEN_BASIL_YEARS.includes(file.split('-')[1] as string);

/**
 * Real article texts from ../shared/eval (BASIL, AllSides, ECB+), interleaved in a fixed order so
 * that a story of n articles mixes long and short pieces from all three sets.
 */
function realArticles(): ArticleInput[] {
  const sets = (['basil', 'allsides', 'ecbplus'] as const).map((name) => {
    const folder = evalPath(name, 'stories');
    if (!folder) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.json') && !isReserved(file))
      .sort()
      .flatMap((file) => (JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as StoryInput).articles)
      .filter((article) => (article.text ?? '').length > 200);
  });
  const mixed: ArticleInput[] = [];
  for (let index = 0; mixed.length < sets.reduce((sum, set) => sum + set.length, 0); index++) {
    for (const set of sets) {
      const article = set[index];
      if (article) mixed.push(article);
    }
  }
  return mixed.map((article, index) => ({ id: `a${index}`, outlet: article.outlet, text: article.text }));
}

export function benchStory(size: number | 'seeds'): StoryInput {
  if (size === 'seeds') return readDefaultStoryInput('embassy-staff-leave-ukraine');
  const articles = realArticles();
  if (articles.length < size) throw new Error(`only ${articles.length} real articles available for a story of ${size}`);
  return { id: `bench-${size}`, articles: articles.slice(0, size) };
}

export function hasBenchData(): boolean {
  return evalPath('basil', 'stories') !== null;
}
