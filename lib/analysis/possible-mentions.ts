import { blockingKeys, type AlignableClaim } from './align';
import { eventProbability, lookAtPair } from './similarity';

/**
 * Where a row would otherwise say that an outlet did not report a claim, the outlet's sentence that
 * comes closest to the claim, when it comes close enough that the omission is in doubt. Outlets that
 * write independently state one fact in words the alignment does not pair (on the blind dev split, four
 * in five "not reported" cells on rows of a labelled fact were wrong); a reader is better served by
 * "possibly reported", with the sentence to check, than by an omission asserted on weak evidence.
 *
 * A candidate is scored against the group's first members as the alignment scores a pair (the mean of
 * the paraphrase and event probabilities), and only claims sharing one of the group's rarest terms,
 * names or numbers are scored, so the cost grows with the story, not with its square.
 */
export interface PossibleMentionOptions {
  /** Pair strength at or above which an outlet's closest sentence makes its omission doubtful. */
  threshold: number;
}

// As in the alignment: the first members stand for a group, and a key shared by many claims says little.
const REPRESENTATIVES = 2;
const MAX_POSTING = 50;
// Candidates per outlet worth scoring, by the number of keys they share with the group.
const CANDIDATES_PER_ARTICLE = 4;

/** For each group (by index), the closest claim of each outlet it lacks, where that is close enough. */
export function findPossibleMentions(claims: readonly AlignableClaim[], groups: readonly number[][], { threshold }: PossibleMentionOptions): Map<number, number[]> {
  const keysOf = claims.map((claim) => blockingKeys(claim.features));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, claimId) => {
    for (const key of keys) {
      const posting = postings.get(key);
      if (posting) posting.push(claimId);
      else postings.set(key, [claimId]);
    }
  });
  const found = new Map<number, number[]>();
  groups.forEach((members, groupId) => {
    const articles = new Set(members.map((member) => (claims[member] as AlignableClaim).article));
    const representatives = members.slice(0, REPRESENTATIVES);
    const hits = new Map<number, number>();
    for (const key of new Set(representatives.flatMap((member) => keysOf[member] as string[]))) {
      const posting = postings.get(key);
      if (!posting || posting.length > MAX_POSTING) continue;
      for (const claimId of posting) if (!articles.has((claims[claimId] as AlignableClaim).article)) hits.set(claimId, (hits.get(claimId) ?? 0) + 1);
    }
    const byArticle = new Map<number, [claimId: number, count: number][]>();
    for (const [claimId, count] of hits) {
      const article = (claims[claimId] as AlignableClaim).article;
      const list = byArticle.get(article) ?? [];
      list.push([claimId, count]);
      byArticle.set(article, list);
    }
    const closest: number[] = [];
    for (const [, candidates] of [...byArticle].sort((a, b) => a[0] - b[0])) {
      let best: { claimId: number; strength: number } | null = null;
      const likeliest = candidates.sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, CANDIDATES_PER_ARTICLE);
      for (const [claimId] of likeliest) {
        for (const member of representatives) {
          const look = lookAtPair((claims[claimId] as AlignableClaim).features, (claims[member] as AlignableClaim).features);
          const strength = (look.paraphrase + eventProbability(look)) / 2;
          if (strength >= threshold && (!best || strength > best.strength || (strength === best.strength && claimId < best.claimId))) best = { claimId, strength };
        }
      }
      if (best) closest.push(best.claimId);
    }
    if (closest.length > 0) found.set(groupId, closest);
  });
  return found;
}
