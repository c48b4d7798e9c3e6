// Wire copy on real pages: the engine's source groups in the ECB+ test topics against groups judged by
// hand (data/fixtures/wire-groups.json), as pairwise precision / recall over articles of one story.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStory } from '@/lib/analysis';
import { findSourceGroups } from '@/lib/analysis/wire';
import { pairKey, pairwiseScores, type PairwiseScores } from './pairwise';
import { evalPath, repoRoot } from './shared-data';

const TEST_TOPICS = new Set([36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);

interface Gold {
  stories: Record<string, { groups: string[][] }>;
}

export interface WireResult {
  stories: number;
  articles: number;
  scores: PairwiseScores;
  wrong: string[];
  missed: string[];
}

function pairsOf(storyId: string, groups: readonly (readonly string[])[]): string[] {
  return groups.flatMap((group) => group.flatMap((a, i) => group.slice(i + 1).map((b) => `${storyId}: ${pairKey(a, b)}`)));
}

export function evaluateWire(): WireResult | null {
  const folder = evalPath('ecbplus', 'stories');
  if (!folder) return null;
  const gold = JSON.parse(readFileSync(path.join(repoRoot, 'data/fixtures/wire-groups.json'), 'utf8')) as Gold;
  const goldPairs = new Set<string>();
  const predicted = new Set<string>();
  let stories = 0;
  let articles = 0;
  for (const file of readdirSync(folder).filter((name) => TEST_TOPICS.has(Number(/-t(\d+)-/.exec(name)?.[1]))).sort()) {
    const story = JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as { id: string; articles: { id: string; outlet: string | null; text: string }[] };
    const storyId = file.replace(/\.json$/, '');
    stories += 1;
    articles += story.articles.length;
    for (const pair of pairsOf(storyId, gold.stories[storyId]?.groups ?? [])) goldPairs.add(pair);
    const groups = findSourceGroups(analyzeStory({ id: story.id, articles: story.articles }).articles);
    for (const pair of pairsOf(storyId, groups.map((group) => group.articleIds))) predicted.add(pair);
  }
  return {
    stories,
    articles,
    scores: pairwiseScores(predicted, goldPairs),
    wrong: [...predicted].filter((pair) => !goldPairs.has(pair)),
    missed: [...goldPairs].filter((pair) => !predicted.has(pair)),
  };
}
