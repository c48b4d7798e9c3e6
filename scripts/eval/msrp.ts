// MSRP test split: each pair as two one-sentence articles; "same claim" = paraphrase.
import { sentenceFeatures } from '@/lib/analysis/claim-features';
import { PARAPHRASE_MODEL } from '@/lib/analysis/models/paraphrase-model';
import { paraphraseProbability } from '@/lib/analysis/similarity';
import { analyzeStory } from '@/lib/analysis';
import { bestThreshold, binaryScores, TfidfModel, type BinaryScores } from './tfidf';
import { evalPath, readJsonLines, type MsrpPair } from './shared-data';

/** The TF-IDF baseline fitted on MSRP train: its IDF and its accuracy-maximising threshold. */
export function msrpTfidfBaseline(): { model: TfidfModel; threshold: number } | null {
  const file = evalPath('msrp', 'pairs.jsonl');
  if (!file) return null;
  const train = readJsonLines<MsrpPair>(file).filter((pair) => pair.split === 'train');
  const model = new TfidfModel(train.flatMap((pair) => [pair.a.text, pair.b.text]));
  const threshold = bestThreshold(train.map((pair) => ({ score: model.cosine(pair.a.text, pair.b.text), label: pair.label })));
  return { model, threshold };
}

export interface MsrpResult {
  pairs: number;
  engine: BinaryScores;
  engineAsStories: BinaryScores;
  tfidf: BinaryScores & { threshold: number };
}

export function evaluateMsrp(): MsrpResult | null {
  const file = evalPath('msrp', 'pairs.jsonl');
  if (!file) return null;
  const all = readJsonLines<MsrpPair>(file);
  const test = all.filter((pair) => pair.split === 'test');
  const labels = test.map((pair) => pair.label);
  const { model: tfidf, threshold } = msrpTfidfBaseline()!;
  const tfidfPredictions = test.map((pair) => tfidf.cosine(pair.a.text, pair.b.text) > threshold);

  const enginePredictions = test.map(
    (pair) => paraphraseProbability(sentenceFeatures(pair.a.text), sentenceFeatures(pair.b.text)) > PARAPHRASE_MODEL.threshold,
  );
  // The full pipeline: two one-sentence articles in a story; a paraphrase is one claim with two mentions.
  const storyPredictions = test.map((pair) => {
    const analysis = analyzeStory({
      id: pair.id,
      articles: [
        { id: 'a', outlet: pair.a.outlet, text: pair.a.text },
        { id: 'b', outlet: pair.b.outlet, text: pair.b.text },
      ],
    });
    return analysis.claims.some((claim) => new Set(claim.mentions.map((mention) => mention.articleId)).size === 2);
  });
  return {
    pairs: test.length,
    engine: binaryScores(enginePredictions, labels),
    engineAsStories: binaryScores(storyPredictions, labels),
    tfidf: { ...binaryScores(tfidfPredictions, labels), threshold },
  };
}
