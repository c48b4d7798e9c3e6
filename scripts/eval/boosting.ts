/**
 * Gradient-boosted decision trees for binary classification (logistic loss, second-order splits),
 * small enough to read: used offline to fit the engine's pair model on training data only. Trees are
 * written in the flat form lib/analysis/similarity.ts evaluates: four numbers per node,
 * [feature, threshold, left, right] for a split and [-1, value, 0, 0] for a leaf.
 */
import { logistic, treeValue } from '@/lib/analysis/similarity';

export interface BoostingOptions {
  rounds: number;
  depth: number;
  learningRate: number;
  /** L2 penalty on leaf values. */
  lambda: number;
  /** Minimum hessian mass in a leaf. */
  minChildWeight: number;
  /** Candidate thresholds per feature (quantiles). */
  bins: number;
}

export interface BoostedModel {
  bias: number;
  trees: number[][];
}

export function trainBoosted(rows: readonly { x: number[]; y: 0 | 1 }[], options: BoostingOptions): BoostedModel {
  const dimensions = rows[0]?.x.length ?? 0;
  const thresholds = Array.from({ length: dimensions }, (_, feature) => candidateThresholds(rows.map((row) => row.x[feature] as number), options.bins));
  // Each value's bin, computed once: split finding then only adds up histograms.
  const bins = thresholds.map((cuts, feature) => Uint8Array.from(rows, (row) => binOf(cuts, row.x[feature] as number)));
  const positives = rows.filter((row) => row.y === 1).length;
  const bias = Math.log(positives / Math.max(1, rows.length - positives));
  const margins = rows.map(() => bias);
  const trees: number[][] = [];
  for (let round = 0; round < options.rounds; round++) {
    const probabilities = margins.map((margin) => logistic([], [], margin));
    const gradients = rows.map((row, index) => (probabilities[index] as number) - row.y);
    const hessians = probabilities.map((p) => Math.max(p * (1 - p), 1e-6));
    const tree: number[] = [];
    grow(tree, rows.map((_, index) => index), 0);
    trees.push(tree);
    rows.forEach((row, index) => (margins[index] = (margins[index] as number) + treeValue(tree, row.x)));

    function grow(nodes: number[], members: number[], depth: number): number {
      const id = nodes.length / 4;
      nodes.push(-1, 0, 0, 0);
      let sumG = 0;
      let sumH = 0;
      for (const member of members) {
        sumG += gradients[member] as number;
        sumH += hessians[member] as number;
      }
      const leafValue = (-sumG / (sumH + options.lambda)) * options.learningRate;
      const split = depth < options.depth ? bestSplit(members, sumG, sumH) : null;
      if (!split) {
        nodes[id * 4 + 1] = leafValue;
        return id;
      }
      const left = members.filter((member) => (rows[member]!.x[split.feature] as number) <= split.threshold);
      const right = members.filter((member) => (rows[member]!.x[split.feature] as number) > split.threshold);
      nodes[id * 4] = split.feature;
      nodes[id * 4 + 1] = split.threshold;
      nodes[id * 4 + 2] = grow(nodes, left, depth + 1);
      nodes[id * 4 + 3] = grow(nodes, right, depth + 1);
      return id;
    }

    function bestSplit(members: number[], sumG: number, sumH: number): { feature: number; threshold: number } | null {
      const parentScore = (sumG * sumG) / (sumH + options.lambda);
      let best: { feature: number; threshold: number; gain: number } | null = null;
      for (let feature = 0; feature < dimensions; feature++) {
        const cuts = thresholds[feature] as number[];
        const g = new Array<number>(cuts.length + 1).fill(0);
        const h = new Array<number>(cuts.length + 1).fill(0);
        const featureBins = bins[feature] as Uint8Array;
        for (const member of members) {
          const bin = featureBins[member] as number;
          g[bin]! += gradients[member] as number;
          h[bin]! += hessians[member] as number;
        }
        let leftG = 0;
        let leftH = 0;
        for (let cut = 0; cut < cuts.length; cut++) {
          leftG += g[cut] as number;
          leftH += h[cut] as number;
          const rightG = sumG - leftG;
          const rightH = sumH - leftH;
          if (leftH < options.minChildWeight || rightH < options.minChildWeight) continue;
          const gain = (leftG * leftG) / (leftH + options.lambda) + (rightG * rightG) / (rightH + options.lambda) - parentScore;
          if (gain > 1e-9 && (!best || gain > best.gain)) best = { feature, threshold: cuts[cut] as number, gain };
        }
      }
      return best;
    }
  }
  return { bias, trees };
}

function candidateThresholds(values: number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let bin = 1; bin < bins; bin++) {
    const at = sorted[Math.floor((bin * sorted.length) / bins)] as number;
    cuts.add(at);
  }
  return [...cuts].sort((a, b) => a - b);
}

/** Index of the first threshold >= value (values equal to a threshold go left). */
function binOf(cuts: readonly number[], value: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((cuts[middle] as number) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
