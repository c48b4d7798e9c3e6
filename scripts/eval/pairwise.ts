/** Pairwise precision, recall and F1 of a predicted grouping against a gold grouping. */
export interface PairwiseScores {
  precision: number;
  recall: number;
  f1: number;
  predictedPairs: number;
  goldPairs: number;
}

/** Pairs are keyed "a|b" with a < b; each side counts distinct pairs. */
export function pairwiseScores(predicted: ReadonlySet<string>, gold: ReadonlySet<string>): PairwiseScores {
  let truePositives = 0;
  for (const pair of predicted) if (gold.has(pair)) truePositives++;
  const precision = predicted.size > 0 ? truePositives / predicted.size : gold.size === 0 ? 1 : 0;
  const recall = gold.size > 0 ? truePositives / gold.size : 1;
  return {
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    predictedPairs: predicted.size,
    goldPairs: gold.size,
  };
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Every pair of items from different groups of `articleOf` that share a cluster. */
export function crossArticlePairs(clusters: readonly (readonly string[])[], articleOf: (item: string) => string): Set<string> {
  const pairs = new Set<string>();
  for (const cluster of clusters) {
    for (let i = 0; i < cluster.length; i++) {
      for (let j = i + 1; j < cluster.length; j++) {
        const a = cluster[i] as string;
        const b = cluster[j] as string;
        if (a !== b && articleOf(a) !== articleOf(b)) pairs.add(pairKey(a, b));
      }
    }
  }
  return pairs;
}
