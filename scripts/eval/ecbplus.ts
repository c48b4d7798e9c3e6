// ECB+ topics (test 36–45 by default): the engine's grouping of annotated sentences against the gold event
// clusters, as pairwise precision / recall / F1 over sentence pairs from different articles.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeStory, type StoryInput } from '@/lib/analysis';
import { pairKey, pairwiseScores, type PairwiseScores } from './pairwise';
import { bestThreshold, TfidfModel } from './tfidf';
import { evalPath, readJsonLines, type MsrpPair } from './shared-data';

interface EcbStory extends StoryInput {
  articles: { id: string; outlet: string | null; text: string }[];
  gold: { annotatedSentences: Sentence[]; clusters: Sentence[][] };
}
interface Sentence {
  articleId: string;
  start: number;
  end: number;
}

const TEST_TOPICS = new Set([36, 37, 38, 39, 40, 41, 42, 43, 44, 45]);

export interface EcbResult {
  stories: number;
  sentences: number;
  engine: PairwiseScores;
  tfidf: PairwiseScores & { threshold: number };
}

const sentenceId = (sentence: Sentence) => `${sentence.articleId}@${sentence.start}`;

/** The test topics by default; the train topics (1–35) for tuning alignment settings. */
export function evaluateEcbPlus(split: 'test' | 'train' = 'test'): EcbResult | null {
  const folder = evalPath('ecbplus', 'stories');
  const pairsFile = evalPath('ecbplus', 'pairs.jsonl');
  if (!folder || !pairsFile) return null;
  const stories = readdirSync(folder)
    .filter((file) => TEST_TOPICS.has(Number(/-t(\d+)-/.exec(file)?.[1])) === (split === 'test'))
    .sort()
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as EcbStory);

  // Baseline fitted on the train topics only.
  const train = readJsonLines<MsrpPair>(pairsFile).filter((pair) => pair.split === 'train');
  const tfidf = new TfidfModel([...new Set(train.flatMap((pair) => [pair.a.text, pair.b.text]))]);
  const threshold = bestThreshold(train.map((pair) => ({ score: tfidf.cosine(pair.a.text, pair.b.text), label: pair.label })));

  const gold = new Set<string>();
  const engine = new Set<string>();
  const baseline = new Set<string>();
  let sentences = 0;
  for (const story of stories) {
    const annotated = story.gold.annotatedSentences;
    sentences += annotated.length;
    for (const cluster of story.gold.clusters) {
      for (const a of cluster) for (const b of cluster) if (a.articleId < b.articleId) gold.add(pairKey(sentenceId(a), sentenceId(b)));
    }
    const texts = new Map(story.articles.map((article) => [article.id, article.text]));
    const textOf = (sentence: Sentence) => (texts.get(sentence.articleId) ?? '').slice(sentence.start, sentence.end);
    for (const a of annotated) {
      for (const b of annotated) {
        if (a.articleId < b.articleId && tfidf.cosine(textOf(a), textOf(b)) > threshold) baseline.add(pairKey(sentenceId(a), sentenceId(b)));
      }
    }
    const analysis = analyzeStory({ id: story.id, articles: story.articles });
    for (const claim of analysis.claims) {
      const covered = new Set<string>();
      for (const mention of claim.mentions) {
        for (const sentence of annotated) {
          if (sentence.articleId === mention.articleId && mention.start < sentence.end && sentence.start < mention.end) covered.add(sentenceId(sentence));
        }
      }
      const ids = [...covered];
      for (const a of ids) for (const b of ids) if (a < b && a.slice(0, a.indexOf('@')) !== b.slice(0, b.indexOf('@'))) engine.add(pairKey(a, b));
    }
  }
  return { stories: stories.length, sentences, engine: pairwiseScores(engine, gold), tfidf: { ...pairwiseScores(baseline, gold), threshold } };
}
