import type { ClaimFeatures } from './features';
import { paraphraseProbability, scorePair, termOverlap, type PairScores } from './similarity';

/**
 * Groups claims that report the same fact across articles.
 *
 * Articles are taken in order. Each claim of an article is compared only with the groups found so
 * far that share one of its rarest terms, names or numbers (an inverted index over groups, not
 * claims), and only with a few members of each: a fact reported by 300 outlets is one posting, so
 * the cost grows about linearly with the story instead of with the square of its sentences.
 *
 * A claim joins a group when the two are paraphrases, or when they stand out as each other's
 * clearly best match among several candidates of the same story (see AlignOptions.distinctive).
 * Within an article the strongest pairs are joined first, and a group takes at most one claim per
 * article unless the article restates the same sentence (LBC repeats the 100,000-troops sentence).
 */

export interface AlignableClaim {
  article: number;
  features: ClaimFeatures;
}

export interface AlignOptions {
  /** Paraphrase probability at or above which a claim joins a group. */
  paraphraseThreshold: number;
  /**
   * Outlets rarely paraphrase each other closely ("is being withdrawn" / "was pulling"), so a claim
   * also joins the group that is its best match when that match stands out. The match strength is
   * the mean of the event and paraphrase probabilities; it must reach `threshold`, lead the
   * runner-up by `margin`, and no other claim of the same article may match that group better.
   * Within a story most sentences share the topic's words, so standing out from them is evidence of
   * its own; when the other articles offer no more than `minAlternatives` groups there is nothing to
   * stand out from, and only the paraphrase test applies.
   */
  distinctive: { threshold: number; margin: number; minAlternatives: number };
  /** Paraphrase probability at or above which a second claim of the same article is a restatement. */
  restatementThreshold: number;
}

const KEY_TERMS = 10;
const MAX_CANDIDATES = 6;
const REPRESENTATIVES = 2;
const MIN_OVERLAP = 0.08;
// A key shared by this many groups says nothing about which group a claim belongs to.
const MAX_POSTING = 200;

interface Group {
  members: number[];
  articles: Set<number>;
  keys: Set<string>;
}

interface Proposal {
  claim: number;
  group: number;
  scores: PairScores;
  /** Paraphrases first, then distinctive matches; higher is stronger. */
  priority: number;
}

/** Returns groups of indices into `claims`; every claim is in exactly one group. */
export function alignClaims(claims: readonly AlignableClaim[], options: AlignOptions): number[][] {
  const groups: Group[] = [];
  const postings = new Map<string, number[]>();
  const keysOf = claims.map((claim) => blockingKeys(claim.features));
  const groupOfClaim = new Array<number>(claims.length).fill(-1);
  // How many groups hold a claim of each article: those are no alternatives for its other claims.
  const groupsPerArticle = new Map<number, number>();

  const join = (groupId: number, claimId: number) => {
    const group = groups[groupId] as Group;
    const article = (claims[claimId] as AlignableClaim).article;
    group.members.push(claimId);
    if (!group.articles.has(article)) groupsPerArticle.set(article, (groupsPerArticle.get(article) ?? 0) + 1);
    group.articles.add(article);
    groupOfClaim[claimId] = groupId;
    for (const key of keysOf[claimId] as string[]) {
      if (group.keys.has(key)) continue;
      group.keys.add(key);
      const posting = postings.get(key);
      if (posting) posting.push(groupId);
      else postings.set(key, [groupId]);
    }
  };
  const found = (claimId: number) => {
    groups.push({ members: [], articles: new Set(), keys: new Set() });
    join(groups.length - 1, claimId);
    return groups.length - 1;
  };
  const features = (claimId: number) => (claims[claimId] as AlignableClaim).features;
  // A restatement repeats most of the words, so the cheap overlap test spares most model runs.
  const isRestatement = (claim: number, earlier: number) =>
    termOverlap(features(claim), features(earlier)) >= 0.5 &&
    paraphraseProbability(features(claim), features(earlier)) >= options.restatementThreshold;

  for (const article of articleRuns(claims)) {
    const proposals: Proposal[] = [];
    for (const claimId of article) {
      const claim = claims[claimId] as AlignableClaim;
      const scored = candidateGroups(keysOf[claimId] as string[], postings)
        .filter((groupId) => !(groups[groupId] as Group).articles.has(claim.article))
        .map((groupId) => ({ group: groupId, scores: bestScores(claims, claim.features, (groups[groupId] as Group).members) }))
        .sort((a, b) => strength(b.scores) - strength(a.scores) || a.group - b.group);
      const alternatives = groups.length - (groupsPerArticle.get(claim.article) ?? 0);
      scored.forEach(({ group, scores }, rank) => {
        if (scores.paraphrase >= options.paraphraseThreshold) {
          proposals.push({ claim: claimId, group, scores, priority: 1 + scores.paraphrase });
        } else if (rank === 0 && alternatives > options.distinctive.minAlternatives && standsOut(scored, options)) {
          proposals.push({ claim: claimId, group, scores, priority: strength(scores) });
        }
      });
    }
    // A distinctive match must also be its group's best among this article's claims.
    const bestForGroup = new Map<number, number>();
    for (const { group, scores } of proposals) bestForGroup.set(group, Math.max(bestForGroup.get(group) ?? 0, strength(scores)));
    const accepted = proposals
      .filter((proposal) => proposal.priority > 1 || strength(proposal.scores) === bestForGroup.get(proposal.group))
      .sort((a, b) => b.priority - a.priority || a.claim - b.claim || a.group - b.group);

    const placed = new Set<number>();
    const taken = new Map<number, number>(); // group → the claim of this article placed there
    for (const { claim, group } of accepted) {
      if (placed.has(claim)) continue;
      const rival = taken.get(group);
      if (rival !== undefined && !isRestatement(claim, rival)) continue;
      join(group, claim);
      placed.add(claim);
      if (rival === undefined) taken.set(group, claim);
    }
    // Claims no other outlet made start groups, unless they restate a claim this article already made.
    // Only claims sharing a blocking key with it can be restated, so an index of this article's
    // claims by key keeps the check linear.
    const ownByKey = new Map<string, number[]>();
    const remember = (claimId: number) => {
      for (const key of keysOf[claimId] as string[]) ownByKey.set(key, [...(ownByKey.get(key) ?? []), claimId]);
    };
    taken.forEach(remember);
    for (const claimId of article) {
      if (placed.has(claimId)) continue;
      const candidates = new Set((keysOf[claimId] as string[]).flatMap((key) => ownByKey.get(key) ?? []));
      const earlier = [...candidates].sort((a, b) => a - b).find((other) => isRestatement(claimId, other));
      if (earlier !== undefined) join(groupOfClaim[earlier] as number, claimId);
      else found(claimId);
      remember(claimId);
    }
  }
  return groups.map((group) => group.members);
}

function strength(scores: PairScores): number {
  return (scores.event + scores.paraphrase) / 2;
}

function standsOut(scored: readonly { scores: PairScores }[], options: AlignOptions): boolean {
  const best = scored[0] ? strength(scored[0].scores) : 0;
  const second = scored[1] ? strength(scored[1].scores) : 0;
  return best >= options.distinctive.threshold && best - second >= options.distinctive.margin;
}



/** Consecutive runs of claims from the same article, in order. */
function articleRuns(claims: readonly AlignableClaim[]): number[][] {
  const runs: number[][] = [];
  claims.forEach((claim, claimId) => {
    const last = runs[runs.length - 1];
    if (last && (claims[last[0] as number] as AlignableClaim).article === claim.article) last.push(claimId);
    else runs.push([claimId]);
  });
  return runs;
}

/** The best scores of a claim against a group's first few members. */
function bestScores(claims: readonly AlignableClaim[], features: ClaimFeatures, members: readonly number[]): PairScores {
  const best = { paraphrase: 0, event: 0 };
  for (let index = 0; index < members.length && index < REPRESENTATIVES; index++) {
    const other = (claims[members[index] as number] as AlignableClaim).features;
    // Claims that share almost no content are scored zero without running the models.
    if (termOverlap(features, other) < MIN_OVERLAP) continue;
    const scores = scorePair(features, other);
    best.paraphrase = Math.max(best.paraphrase, scores.paraphrase);
    best.event = Math.max(best.event, scores.event);
  }
  return best;
}

/** The claim's rarest terms, its names and its numbers. */
function blockingKeys(features: ClaimFeatures): string[] {
  const terms = [...features.terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS);
  return [...terms.map(([term]) => `t:${term}`), ...[...features.names].map((name) => `t:${name}`), ...features.numbers];
}

function candidateGroups(keys: readonly string[], postings: ReadonlyMap<string, number[]>): number[] {
  const hits = new Map<number, number>();
  for (const key of keys) {
    const posting = postings.get(key);
    if (!posting || posting.length > MAX_POSTING) continue;
    for (const groupId of posting) hits.set(groupId, (hits.get(groupId) ?? 0) + 1);
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, MAX_CANDIDATES)
    .map(([groupId]) => groupId);
}
