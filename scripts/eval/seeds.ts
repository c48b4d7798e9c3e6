// The seed story against the hand-written gold alignment in data/fixtures/seed-alignment.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStory, type StoryAnalysis } from '@/lib/analysis';
import { newArticleId } from '@/lib/db/queries/stories';
import { readDefaultStoryInput } from './default-story';
import { crossArticlePairs, pairwiseScores, type PairwiseScores } from './pairwise';
import type { TfidfModel } from './tfidf';
import { repoRoot } from './shared-data';

interface GoldMention {
  file: string;
  quote: string;
}
interface Gold {
  story: string;
  clusters: { fact: string; mentions: GoldMention[] }[];
  mustNotAlign: { why: string; mentions: GoldMention[] }[];
}

export interface SeedResult {
  engine: PairwiseScores;
  tfidf: PairwiseScores;
  lookAlikesAligned: string[];
  multiOutletClaims: number;
  boilerplateInMultiOutletClaims: number;
  missed: string[];
  wrong: string[];
}

/** The id the app gives a seed article when it imports the default story (lib/stories/default-stories.ts). */
export const appArticleId = (file: string) => newArticleId(`${gold.story}/${file}`);

const gold = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'fixtures', 'seed-alignment.json'), 'utf8')) as Gold;

/** Gold mention id: "<file>@<offset of the quote>". */
function locate(texts: Map<string, string>, mention: GoldMention): { id: string; file: string; start: number; end: number } {
  const text = texts.get(mention.file);
  const start = text?.indexOf(mention.quote) ?? -1;
  if (start < 0) throw new Error(`gold quote not found in ${mention.file}: ${mention.quote}`);
  return { id: `${mention.file}@${start}`, file: mention.file, start, end: start + mention.quote.length };
}

/**
 * `tfidf` groups the engine's own claim sentences by TF-IDF cosine at `tfidfThreshold` (the baseline).
 * `idOf` renames the articles before the analysis (the engine works in an order set by the ids): the app
 * stores the seed under ids made from its files (`appArticleId`), and an alignment near a threshold can
 * differ between the two orders.
 */
export function evaluateSeeds(tfidf: TfidfModel, tfidfThreshold: number, idOf: (file: string) => string = (file) => file): SeedResult {
  const story = readDefaultStoryInput(gold.story);
  const fileOf = new Map(story.articles.map((article) => [idOf(article.id), article.id]));
  const renamed = analyzeStory({ ...story, articles: story.articles.map((article) => ({ ...article, id: idOf(article.id) })) });
  const analysis: StoryAnalysis = {
    ...renamed,
    articles: renamed.articles.map((article) => ({ ...article, id: fileOf.get(article.id) as string })),
    claims: renamed.claims.map((claim) => ({ ...claim, mentions: claim.mentions.map((mention) => ({ ...mention, articleId: fileOf.get(mention.articleId) as string })) })),
  };
  const texts = new Map(story.articles.map((article) => [article.id, article.text ?? '']));
  const goldMentions = gold.clusters.flatMap((cluster) => cluster.mentions.map((mention) => locate(texts, mention)));
  // A predicted mention stands for the gold mention whose quote it contains; any other for itself.
  const unitOf = (articleId: string, start: number, end: number) =>
    goldMentions.find((mention) => mention.file === articleId && start <= mention.start && mention.end <= end)?.id ?? `${articleId}@${start}`;
  const articleOf = (unit: string) => unit.slice(0, unit.indexOf('@'));
  const toUnits = (claims: StoryAnalysis['claims']) =>
    claims.map((claim) => claim.mentions.map((mention) => unitOf(mention.articleId, mention.start, mention.end)));
  const predictedClusters = toUnits(analysis.claims);
  const baselineClusters = toUnits(groupByCosine(analysis.claims, tfidf, tfidfThreshold));
  const goldClusters = gold.clusters.map((cluster) => cluster.mentions.map((mention) => locate(texts, mention).id));
  const predictedPairs = crossArticlePairs(predictedClusters, articleOf);
  const goldPairs = crossArticlePairs(goldClusters, articleOf);

  const lookAlikesAligned = gold.mustNotAlign.flatMap((group) => {
    const ids = group.mentions.map((mention) => locate(texts, mention).id);
    const [first, ...others] = ids;
    return others.filter((other) => predictedPairs.has(first! < other ? `${first}|${other}` : `${other}|${first}`)).map(() => group.why);
  });
  const quoteOf = (unit: string) => {
    const [file, offset] = [articleOf(unit), Number(unit.slice(unit.indexOf('@') + 1))];
    return `${file.slice(0, 3)}: ${(texts.get(file) ?? '').slice(offset, offset + 60)}`;
  };
  const describe = (pair: string) => pair.split('|').map(quoteOf).join('  ⟷  ');

  const multi = analysis.claims.filter((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size >= 2);
  const boilerplate = multi.flatMap((claim) => claim.mentions).filter((mention) => isBoilerplate(texts.get(mention.articleId) ?? '', mention.start));
  return {
    engine: pairwiseScores(predictedPairs, goldPairs),
    tfidf: pairwiseScores(crossArticlePairs(baselineClusters, articleOf), goldPairs),
    lookAlikesAligned,
    multiOutletClaims: multi.length,
    boilerplateInMultiOutletClaims: boilerplate.length,
    missed: [...goldPairs].filter((pair) => !predictedPairs.has(pair)).map(describe),
    wrong: [...predictedPairs].filter((pair) => !goldPairs.has(pair)).map(describe),
  };
}

// Seed 002's chrome, as the gold knows it: everything from "More Latest News" on, and the lines of
// captions, links and widgets above it.
function isBoilerplate(text: string, offset: number): boolean {
  const navigation = text.indexOf('More Latest News');
  if (navigation >= 0 && offset >= navigation) return true;
  const line = text.slice(text.lastIndexOf('\n', offset) + 1, text.indexOf('\n', offset) === -1 ? text.length : text.indexOf('\n', offset));
  return /^(Read more:|Watch:|Listen to this article|Loading audio|By Daisy Stephens)|Credit: AP$|Picture: /.test(line.trim());
}

/** Baseline grouping: link every cross-article pair of claim sentences whose TF-IDF cosine passes. */
export function groupByCosine(claims: StoryAnalysis['claims'], tfidf: TfidfModel, threshold: number): StoryAnalysis['claims'] {
  const mentions = claims.flatMap((claim) => claim.mentions);
  const parent = mentions.map((_, index) => index);
  const find = (index: number): number => (parent[index] === index ? index : (parent[index] = find(parent[index]!)));
  const vectors = mentions.map((mention) => mention.text);
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      if (mentions[i]!.articleId !== mentions[j]!.articleId && tfidf.cosine(vectors[i]!, vectors[j]!) > threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, typeof mentions>();
  mentions.forEach((mention, index) => groups.set(find(index), [...(groups.get(find(index)) ?? []), mention]));
  return [...groups.values()].map((group, index) => ({ id: String(index), summary: '', mentions: group, discrepancies: [], variants: [], replaces: [] }));
}
