import { blockingKeys, differentFigureOnly, sameFactProbability, type AlignableClaim } from './align';
import { averageLinkage } from './average-linkage';
import { indexByKey, topHits } from './claim-index';
import { termOverlap } from './similarity';
import type { StoryContext } from './story-context';

/**
 * Merges the alignment's rows whose claims the same-fact model finds, on average, to state one fact. The
 * alignment pairs sentences one claim at a time, on strong evidence, and leaves a fact that outlets tell in
 * their own words on several rows (on the blind dev split, 114 of 189 missed differences never had their
 * two outlets in one row). Here each claim is scored against the closest claim of each other outlet, and
 * rows merge by average linkage (average-linkage.ts): while the mean probability over their claims of
 * different outlets stays high, never putting two claims of one outlet together. Two claims that meet only
 * through a merge are compared for differences only when the model is sure they state one fact (see
 * `comparedFrom` in index.ts): a row may show a sentence that only comes close.
 */
export interface MergeOptions {
  /** Mean same-fact probability over two rows' claims of different outlets at or above which they merge. */
  threshold: number;
  /** Stories of fewer claims keep their rows: the model weighs a pair by the rest of its story (see LoneClaimOptions). */
  minStoryClaims: number;
}

// A key shared by more claims says little about which claims state one fact, and scanning it costs most.
const MAX_POSTING = 50;
// Of the claims sharing most keys with a claim, the closest of each other article by shared terms is
// scored, up to MODEL_CANDIDATES of them. Six rather than three (blind dev split): pairs right 495/583 →
// 537/625, one more finding right, but 300 articles take 1.35× engine 0.5.9's time instead of 1.2×.
const LOOKED_AT = 8;
const MODEL_CANDIDATES = 3;
const MIN_OVERLAP = 0.08;

export function mergeRows(claims: readonly AlignableClaim[], rows: readonly number[][], story: StoryContext, { threshold, minStoryClaims }: MergeOptions): number[][] {
  if (claims.length < minStoryClaims) return rows.map((members) => [...members]);
  const rowOf = new Array<number>(claims.length);
  rows.forEach((members, row) => members.forEach((member) => (rowOf[member] = row)));
  const pairs = candidatePairs(claims, rowOf).map(([a, b]) => ({ a, b, score: sameFactProbability((claims[a] as AlignableClaim).features, (claims[b] as AlignableClaim).features, story) }));
  return averageLinkage(
    claims.map((claim) => claim.article),
    pairs,
    threshold,
    rows,
  );
}

/**
 * The pairs worth a model run, each once (lower id first): for every claim, of the claims of other articles
 * and other rows sharing most of its keys, the one of each article that shares most terms with it.
 */
function candidatePairs(claims: readonly AlignableClaim[], rowOf: readonly number[]): [number, number][] {
  const keysOf = claims.map((claim) => blockingKeys(claim.features));
  const postings = indexByKey(keysOf);
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  claims.forEach((claim, claimId) => {
    const hits = new Map<number, number>();
    for (const key of keysOf[claimId] as string[]) {
      const posting = postings.get(key) as number[];
      if (posting.length > MAX_POSTING) continue;
      for (const other of posting) {
        if ((claims[other] as AlignableClaim).article !== claim.article && rowOf[other] !== rowOf[claimId]) hits.set(other, (hits.get(other) ?? 0) + 1);
      }
    }
    const closest = new Map<number, { other: number; overlap: number }>();
    for (const [other] of topHits(hits, LOOKED_AT)) {
      const features = (claims[other] as AlignableClaim).features;
      const overlap = termOverlap(claim.features, features);
      if (overlap < MIN_OVERLAP || differentFigureOnly(claim.features, features)) continue;
      const article = (claims[other] as AlignableClaim).article;
      const best = closest.get(article);
      if (!best || overlap > best.overlap || (overlap === best.overlap && other < best.other)) closest.set(article, { other, overlap });
    }
    const chosen = [...closest.values()].sort((x, y) => y.overlap - x.overlap || x.other - y.other).slice(0, MODEL_CANDIDATES);
    for (const { other } of chosen) {
      const [a, b] = claimId < other ? [claimId, other] : [other, claimId];
      const key = a * claims.length + b;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([a, b]);
    }
  });
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
