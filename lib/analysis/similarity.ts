import { LEMMA_GRAM_SIZES, WORD_GRAM_SIZES, type ClaimFeatures, type Grams } from './features';
import { MATRIX_SIDE, similarities } from './lexicons/word-vectors';
import { EVENT_MODEL } from './models/event-model';
import { PARAPHRASE_MODEL } from './models/paraphrase-model';

/**
 * How likely two claims state the same fact, from interpretable signals: shared content (weighted by
 * rarity, synonyms folded, near words by their vectors), shared phrasing, and the specifics that tell
 * look-alike facts apart — names, numbers and times that disagree. Two boosted-tree models read the
 * same signals (both fitted by `npm run train:similarity`, on training splits only):
 * - the paraphrase model (MSRP train): do two sentences say the same thing? Strict.
 * - the event model (ECB+ train topics): do two sentences report the same event? Lenient on its
 *   own, so alignment uses it only to rank the candidates within a story (see align.ts).
 */

export const PAIR_FEATURE_NAMES = [
  'cosine',
  'overlapOfSmaller',
  'overlapOfLarger',
  'bigramDice',
  'namesShared',
  'namesOnlyOneSide',
  'numbersAgree',
  'numbersDisagree',
  'timesAgree',
  'timesDisagree',
  'lengthRatio',
  'negationDiffers',
  'word1Min',
  'word1Max',
  'word2Min',
  'word2Max',
  'word3Min',
  'word3Max',
  'lemma1Min',
  'lemma1Max',
  'lemma2Min',
  'lemma2Max',
  'unmatchedWeightMax',
  'unmatchedWeightMin',
  'namesUnmatched',
  'numbersOneSide',
  'meaningCosine',
  'softMatchMin',
  'softMatchMax',
  'unmatchedTermsMin',
  'unmatchedTermsMax',
  'wordCountDifference',
  'longestCommonSubsequenceMin',
  'longestCommonSubsequenceMax',
] as const;

/** Shared and total term weights of two claims, and the dot product of their term vectors. */
function termTotals(a: ClaimFeatures, b: ClaimFeatures): { shared: number; dot: number; totalA: number; totalB: number } {
  let shared = 0;
  let dot = 0;
  let totalB = 0;
  for (const [term, weight] of b.terms) {
    totalB += weight;
    const other = a.terms.get(term);
    if (other !== undefined) {
      shared += Math.min(weight, other);
      dot += weight * other;
    }
  }
  return { shared, dot, totalA: a.termTotal, totalB };
}

export function pairFeatures(a: ClaimFeatures, b: ClaimFeatures): number[] {
  const { shared, dot, totalA, totalB } = termTotals(a, b);
  const cosine = a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0;
  const smaller = Math.min(totalA, totalB);
  const larger = Math.max(totalA, totalB);
  const lengthRatio = Math.min(a.wordCount, b.wordCount) / Math.max(1, a.wordCount, b.wordCount);
  return [
    cosine,
    smaller > 0 ? shared / smaller : 0,
    larger > 0 ? shared / larger : 0,
    gramDice(a.lemmaBigrams, b.lemmaBigrams),
    jaccard(a.names, b.names),
    a.names.size > 0 && b.names.size > 0 ? 1 - containment(a.names, b.names) : 0,
    agreement(a.numbers, b.numbers) === 1 ? 1 : 0,
    agreement(a.numbers, b.numbers) === -1 ? 1 : 0,
    agreement(a.times, b.times) === 1 ? 1 : 0,
    agreement(a.times, b.times) === -1 ? 1 : 0,
    lengthRatio,
    a.negated !== b.negated ? 1 : 0,
    ...gramPrecisions(a.wordGrams, b.wordGrams, WORD_GRAM_SIZES, a.wordCount, b.wordCount),
    ...gramPrecisions(a.lemmaGrams, b.lemmaGrams, LEMMA_GRAM_SIZES, a.lemmaCount, b.lemmaCount),
    totalA > 0 && totalB > 0 ? Math.max(1 - shared / totalA, 1 - shared / totalB) : 1,
    totalA > 0 && totalB > 0 ? Math.min(1 - shared / totalA, 1 - shared / totalB) : 1,
    Math.min(1, (unmatched(a.names, b.names) + unmatched(b.names, a.names)) / 3),
    (a.numbers.size === 0) !== (b.numbers.size === 0) ? 1 : 0,
    dotProduct(a.meaning, b.meaning),
    ...minMax(...softMatches(a, b)),
    ...minMax(Math.min(10, unmatchedTerms(a, b)) / 10, Math.min(10, unmatchedTerms(b, a)) / 10),
    Math.min(20, Math.abs(a.wordCount - b.wordCount)) / 20,
    ...longestCommonSubsequenceShares(a.lemmas, b.lemmas),
  ];
}

/** Shared term weight as a share of the lighter claim's: a cheap first look at two claims. */
export function termOverlap(a: ClaimFeatures, b: ClaimFeatures): number {
  const { shared, totalA, totalB } = termTotals(a, b);
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? shared / smaller : 0;
}

function unmatchedTerms(a: ClaimFeatures, b: ClaimFeatures): number {
  let count = 0;
  for (const term of a.terms.keys()) if (!b.terms.has(term)) count++;
  return count;
}

/** Length of the longest common subsequence of content lemmas, as a share of each side (smaller first). */
// Scratch rows for the LCS table: claims are compared one pair at a time, so two rows suffice.
const LCS_LIMIT = 200;
let lcsPrevious = new Int32Array(LCS_LIMIT + 1);
let lcsCurrent = new Int32Array(LCS_LIMIT + 1);

function longestCommonSubsequenceShares(a: readonly string[], b: readonly string[]): [number, number] {
  if (a.length === 0 || b.length === 0) return [0, 0];
  // Claims are sentences, so the quadratic table stays small; cap it for pathological input.
  const rows = Math.min(a.length, LCS_LIMIT);
  const columns = Math.min(b.length, LCS_LIMIT);
  lcsPrevious.fill(0, 0, columns + 1);
  for (let row = 0; row < rows; row++) {
    const word = a[row];
    lcsCurrent[0] = 0;
    for (let column = 1; column <= columns; column++) {
      lcsCurrent[column] =
        word === b[column - 1] ? (lcsPrevious[column - 1] as number) + 1 : Math.max(lcsPrevious[column] as number, lcsCurrent[column - 1] as number);
    }
    const swap = lcsPrevious;
    lcsPrevious = lcsCurrent;
    lcsCurrent = swap;
  }
  const common = lcsPrevious[columns] as number;
  return minMax(common / rows, common / columns);
}

function dotProduct(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += (a[index] as number) * (b[index] as number);
  return sum;
}

function minMax(x: number, y: number): [number, number] {
  return x <= y ? [x, y] : [y, x];
}

// Soft matching compares each word with each word, so it looks at the heaviest words only.
const SOFT_MATCH_WORDS = MATRIX_SIDE;

/**
 * How well each claim's content words are covered by the other's: an exact or synonym match counts
 * 1, any other word its nearest neighbour's vector similarity; weighted by rarity. The similarity
 * matrix is computed once and read both ways. Returns [a covered by b, b covered by a].
 */
function softMatches(a: ClaimFeatures, b: ClaimFeatures): [number, number] {
  const left = a.vectorWords;
  const right = b.vectorWords;
  const leftCount = Math.min(left.length, SOFT_MATCH_WORDS);
  const rightCount = Math.min(right.length, SOFT_MATCH_WORDS);
  for (let i = 0; i < leftCount; i++) bestLeft[i] = b.terms.has((left[i] as VectorWord).term) ? 1 : 0;
  for (let j = 0; j < rightCount; j++) bestRight[j] = a.terms.has((right[j] as VectorWord).term) ? 1 : 0;
  similarities(left, leftCount, right, rightCount, matrix);
  for (let i = 0; i < leftCount; i++) {
    for (let j = 0; j < rightCount; j++) {
      if (bestLeft[i] === 1 && bestRight[j] === 1) continue;
      const similarity = matrix[i * MATRIX_SIDE + j] as number;
      if (similarity > (bestLeft[i] as number)) bestLeft[i] = similarity;
      if (similarity > (bestRight[j] as number)) bestRight[j] = similarity;
    }
  }
  return [coverage(left, leftCount, bestLeft), coverage(right, rightCount, bestRight)];
}

type VectorWord = ClaimFeatures['vectorWords'][number];
// Scratch for softMatches (pairs are scored one at a time): each word's best similarity so far.
const bestLeft = new Float64Array(SOFT_MATCH_WORDS);
const bestRight = new Float64Array(SOFT_MATCH_WORDS);
const matrix = new Float64Array(SOFT_MATCH_WORDS * SOFT_MATCH_WORDS);

/** Rarity-weighted mean of the words' best similarities. */
function coverage(words: readonly VectorWord[], count: number, best: Float64Array): number {
  let covered = 0;
  let total = 0;
  for (let index = 0; index < count; index++) {
    const { weight } = words[index] as VectorWord;
    covered += weight * (best[index] as number);
    total += weight;
  }
  return total > 0 ? covered / total : 0;
}

/** Share of the shorter claim's word trigrams that the other repeats verbatim. */
export function sharedPhrasing(a: ClaimFeatures, b: ClaimFeatures): number {
  const { shared, totalA, totalB } = gramOverlap(a.wordGrams[2] as Grams, b.wordGrams[2] as Grams);
  const smaller = Math.min(totalA, totalB);
  return smaller > 0 ? shared / smaller : 0;
}

/** The n-grams two multisets share (each as often as both have it) and each one's total. */
function gramOverlap(a: Grams, b: Grams): { shared: number; totalA: number; totalB: number } {
  return { shared: sharedGrams(a, b), totalA: a.length, totalB: b.length };
}

/** Size of the intersection of two sorted multisets, by merging them. */
function sharedGrams(a: Grams, b: Grams): number {
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/**
 * For each n-gram size: the smaller and the larger of the two directions' clipped precisions.
 * `lengthA`/`lengthB` are the sequences' lengths, which give the n-gram totals without counting.
 */
function gramPrecisions(a: readonly Grams[], b: readonly Grams[], sizes: readonly number[], lengthA: number, lengthB: number): number[] {
  const result: number[] = [];
  a.forEach((gramsA, index) => {
    const shared = sharedGrams(gramsA, b[index] as Grams);
    const size = sizes[index] as number;
    const totalA = Math.max(0, lengthA - size + 1);
    const totalB = Math.max(0, lengthB - size + 1);
    const precisionA = totalA > 0 ? shared / totalA : 0;
    const precisionB = totalB > 0 ? shared / totalB : 0;
    result.push(Math.min(precisionA, precisionB), Math.max(precisionA, precisionB));
  });
  return result;
}

function unmatched(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const item of a) if (!b.has(item)) count++;
  return count;
}

export interface TreeModel {
  bias: number;
  trees: readonly (readonly number[])[];
}

/**
 * A tree model packed into typed arrays for fast evaluation (the event model alone visits ~1,500
 * nodes per pair): node i splits on feature[i] at threshold[i] and goes to left[i] or right[i]
 * (absolute node numbers); a leaf has feature -1 and its value in threshold[i].
 */
interface PackedModel {
  bias: number;
  roots: Int32Array;
  feature: Int32Array;
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
}

const packed = new WeakMap<TreeModel, PackedModel>();

function pack(model: TreeModel): PackedModel {
  const size = model.trees.reduce((sum, tree) => sum + tree.length / 4, 0);
  const result: PackedModel = {
    bias: model.bias,
    roots: new Int32Array(model.trees.length),
    feature: new Int32Array(size),
    threshold: new Float64Array(size),
    left: new Int32Array(size),
    right: new Int32Array(size),
  };
  let offset = 0;
  model.trees.forEach((tree, index) => {
    result.roots[index] = offset;
    for (let node = 0; node < tree.length / 4; node++) {
      result.feature[offset + node] = tree[node * 4] as number;
      result.threshold[offset + node] = tree[node * 4 + 1] as number;
      result.left[offset + node] = offset + (tree[node * 4 + 2] as number);
      result.right[offset + node] = offset + (tree[node * 4 + 3] as number);
    }
    offset += tree.length / 4;
  });
  return result;
}

export function modelProbability(model: TreeModel, features: ArrayLike<number>): number {
  let compiled = packed.get(model);
  if (!compiled) packed.set(model, (compiled = pack(model)));
  const { roots, feature, threshold, left, right } = compiled;
  let margin = compiled.bias;
  for (let tree = 0; tree < roots.length; tree++) {
    let at = roots[tree] as number;
    for (let split = feature[at] as number; split >= 0; split = feature[at] as number) {
      at = (features[split] as number) <= (threshold[at] as number) ? (left[at] as number) : (right[at] as number);
    }
    margin += threshold[at] as number;
  }
  return 1 / (1 + Math.exp(-margin));
}

/**
 * A first look at a pair: its signals and the paraphrase probability. The event probability reads
 * the same signals but costs three times as much, so callers ask for it only when it can matter.
 */
export interface PairLook {
  signals: number[];
  /** Probability that the two claims are paraphrases. */
  paraphrase: number;
}

export function lookAtPair(a: ClaimFeatures, b: ClaimFeatures): PairLook {
  const signals = pairFeatures(a, b);
  return { signals, paraphrase: modelProbability(PARAPHRASE_MODEL, signals) };
}

/** Probability that the two claims of a pair report the same event. */
export function eventProbability(look: PairLook): number {
  return modelProbability(EVENT_MODEL, look.signals);
}

/** Probability that two claims are paraphrases of each other. */
export function paraphraseProbability(a: ClaimFeatures, b: ClaimFeatures): number {
  return lookAtPair(a, b).paraphrase;
}

/**
 * The value a regression tree gives `x`. Trees are flat arrays, four numbers per node:
 * [feature, threshold, left, right] for a split (x[feature] <= threshold goes left) and
 * [-1, value, 0, 0] for a leaf.
 */
export function treeValue(tree: readonly number[], x: readonly number[]): number {
  let node = 0;
  for (;;) {
    const feature = tree[node * 4] as number;
    if (feature < 0) return tree[node * 4 + 1] as number;
    node = (x[feature] as number) <= (tree[node * 4 + 1] as number) ? (tree[node * 4 + 2] as number) : (tree[node * 4 + 3] as number);
  }
}

export function logistic(features: readonly number[], weights: readonly number[], bias: number): number {
  let z = bias;
  for (let index = 0; index < features.length; index++) z += (features[index] ?? 0) * (weights[index] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Dice coefficient of two n-gram multisets. */
function gramDice(a: Grams, b: Grams): number {
  const { shared, totalA, totalB } = gramOverlap(a, b);
  return totalA + totalB > 0 ? (2 * shared) / (totalA + totalB) : 0;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Share of the smaller set found in the larger. */
function containment(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared / small.size;
}

/** 1 when both sides give values and share one, -1 when both give values and share none, else 0. */
function agreement(a: ReadonlySet<string>, b: ReadonlySet<string>): -1 | 0 | 1 {
  if (a.size === 0 || b.size === 0) return 0;
  for (const item of a) if (b.has(item)) return 1;
  return -1;
}
