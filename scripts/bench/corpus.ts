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

/**
 * The page that froze the server in a reliability probe: a 1.98 MB HTML article of 86,000 short
 * paragraphs (inside the API's 2 MB limit), beside a short pasted article so that it is a valid story.
 */
export function longHtmlStory(): StoryInput {
  const paragraphs = Array.from({ length: 86_000 }, (_, index) => `<p>Paragraph ${index + 1}.</p>`).join('');
  return {
    id: 'bench-html-86k',
    articles: [
      { id: 'long', outlet: 'Long page', html: `<!doctype html><html><head><title>A long page</title></head><body><article>${paragraphs}</article></body></html>` },
      { id: 'short', outlet: 'Short', text: 'Paragraph 1. Paragraph 2.' },
    ],
  };
}

export function benchStory(size: number | 'seeds' | 'html-86k'): StoryInput {
  if (size === 'seeds') return readDefaultStoryInput('embassy-staff-leave-ukraine');
  if (size === 'html-86k') return longHtmlStory();
  const articles = realArticles();
  if (articles.length < size) throw new Error(`only ${articles.length} real articles available for a story of ${size}`);
  return { id: `bench-${size}`, articles: articles.slice(0, size) };
}

export function hasBenchData(): boolean {
  return evalPath('basil', 'stories') !== null;
}

/**
 * A story told by `outlets` outlets with over 1,000 claims, as the reader must handle it: each outlet's
 * article is two real articles' texts one after the other (real articles run to 10–15 claims each), and
 * each outlet's name is numbered so that every column is its own. For the API (`POST /api/stories`).
 */
export function manyOutletStory(outlets = 70): { title: string; articles: { outlet: string; text: string }[] } {
  const articles = realArticles();
  if (articles.length < outlets * 2) throw new Error(`only ${articles.length} real articles available for ${outlets} outlets of two each`);
  return {
    title: `${outlets} outlets`,
    articles: Array.from({ length: outlets }, (_, index) => {
      const [first, second] = [articles[index * 2] as ArticleInput, articles[index * 2 + 1] as ArticleInput];
      return { outlet: `${first.outlet ?? 'Outlet'} #${index + 1}`, text: `${first.text ?? ''}\n\n${second.text ?? ''}` };
    }),
  };
}
