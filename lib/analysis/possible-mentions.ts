import { blockingKeys, sameFactProbability, type AlignableClaim } from './align';
import { indexByKey, topHits } from './claim-index';
import type { ClaimFeatures } from './features';
import { termOverlap } from './similarity';
import { storyContext, type StoryContext } from './story-context';

/**
 * Where a row would otherwise say that an outlet did not report a claim, the outlet's sentence that
 * comes closest to the claim, when it comes close enough that the omission is in doubt. Outlets that
 * write independently state one fact in words the alignment does not pair (on the blind dev split, four
 * in five "not reported" cells on rows of a labelled fact were wrong); a reader is better served by
 * "possibly reported", with the sentence to check, than by an omission asserted on weak evidence.
 *
 * A candidate is scored against the group's first members by the same-fact model (fitted on independently
 * written coverage: models/same-fact-model.ts), and only claims sharing one of the group's rarest terms,
 * names or numbers are scored, so the cost grows with the story, not with its square.
 */
export interface PossibleMentionOptions {
  /** Same-fact probability at or above which an outlet's closest sentence makes its omission doubtful. */
  threshold: number;
}

/** An outlet's closest claim to a group, and how likely the same-fact model finds it states the group's fact. */
export interface PossibleMention {
  claimId: number;
  strength: number;
}

// As in the alignment, the first members stand for a group; a key shared by more than 20 claims says
// little about which sentence states the group's fact (and scanning such keys cost most of this stage).
const REPRESENTATIVES = 2;
const MAX_POSTING = 20;
// Candidates worth a model run, by the number of keys they share with the group: per outlet, and in all,
// so a row of a 300-outlet story does not score every outlet's sentences (32 a row, against both first
// members, made the whole engine three to five times slower there).
const CANDIDATES_PER_ARTICLE = 2;
const CANDIDATES_PER_GROUP = 8;

/** For each group (by index), the closest claim of each outlet it lacks, where that is close enough, in article order. */
export function findPossibleMentions(
  claims: readonly AlignableClaim[],
  groups: readonly number[][],
  { threshold }: PossibleMentionOptions,
  story: StoryContext = storyContext(claims),
): Map<number, PossibleMention[]> {
  const keysOf = claims.map((claim) => blockingKeys(claim.features));
  const postings = indexByKey(keysOf);
  const found = new Map<number, PossibleMention[]>();
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
    const likeliest = topHits(hits, CANDIDATES_PER_GROUP);
    for (const [claimId, count] of likeliest) {
      const article = (claims[claimId] as AlignableClaim).article;
      const list = byArticle.get(article) ?? [];
      list.push([claimId, count]);
      byArticle.set(article, list);
    }
    const closest: PossibleMention[] = [];
    for (const [, candidates] of [...byArticle].sort((a, b) => a[0] - b[0])) {
      let best: PossibleMention | null = null;
      for (const [claimId] of candidates.slice(0, CANDIDATES_PER_ARTICLE)) {
        // Against the first member that shares most with it (the cheap overlap), as the alignment does.
        const features = (claims[claimId] as AlignableClaim).features;
        const member = closestOf(features, representatives.map((representative) => (claims[representative] as AlignableClaim).features));
        const strength = sameFactProbability(features, member, story);
        if (strength >= threshold && (!best || strength > best.strength || (strength === best.strength && claimId < best.claimId))) best = { claimId, strength };
      }
      if (best) closest.push(best);
    }
    if (closest.length > 0) found.set(groupId, closest);
  });
  return found;
}


function closestOf(features: ClaimFeatures, members: readonly ClaimFeatures[]): ClaimFeatures {
  let best = members[0] as ClaimFeatures;
  let bestOverlap = -1;
  for (const member of members) {
    const overlap = termOverlap(features, member);
    if (overlap > bestOverlap) [best, bestOverlap] = [member, overlap];
  }
  return best;
}
