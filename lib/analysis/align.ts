import type { ClaimFeatures } from './features';
import { SAME_FACT_MODEL } from './models/same-fact-model';
import { anchorBonus, isSpecificNumber, storyContext, storyOverlap, type StoryContext } from './story-context';
import { eventProbability, lookAtPair, paraphraseProbability, sharedPhrasing, termOverlap, type PairLook } from './similarity';

/**
 * Groups claims that report the same fact across articles.
 *
 * Articles are taken in order. Each claim of an article is compared only with the groups found so
 * far that share one of its rarest terms, names or numbers (an inverted index over groups, not
 * claims), and only with a few members of each: a fact reported by 300 outlets is one posting, so
 * the cost grows about linearly with the story instead of with the square of its sentences.
 *
 * A claim joins its best-matching group when the two are paraphrases, or when the match stands out
 * from the claim's other candidates and no other claim of its article matches that group better
 * (see AlignOptions.distinctive), or when it was cut from a sentence that paraphrases the group's
 * (see sentenceProposal). A claim that matches no group of other outlets still joins a
 * claim of its own article that it restates (LBC repeats the 100,000-troops sentence).
 */

export interface AlignableClaim {
  article: number;
  features: ClaimFeatures;
  /**
   * Features of the whole sentence, when the claim is one of the facts a compound sentence was cut
   * into (computed on first use: few claims need them).
   */
  sentence?: (() => ClaimFeatures) | undefined;
}

export interface AlignOptions {
  /** Paraphrase probability at or above which a claim joins a group. */
  paraphraseThreshold: number;
  /**
   * Outlets rarely paraphrase each other closely ("is being withdrawn" / "was pulling"), so a claim
   * also joins the group that is its best match when that match stands out. The match strength is
   * the mean of the event and paraphrase probabilities; it must reach `threshold`, lead the
   * runner-up by `margin`, and no other claim of the same article may match that group better
   * (unless both give the group's identifying figure, such as 100,000 troops).
   * Within a story most sentences share the topic's words, so standing out from them is evidence of
   * its own; when the other articles offer no more than `minAlternatives` groups there is nothing to
   * stand out from, and only the paraphrase test applies.
   */
  distinctive: { threshold: number; margin: number; minAlternatives: number };
  /** Paraphrase probability at or above which a second claim of the same article is a restatement. */
  restatementThreshold: number;
}

const KEY_TERMS = 6;
const MAX_CANDIDATES = 8;
const MODEL_CANDIDATES = 4;
const REPRESENTATIVES = 2;
const MIN_OVERLAP = 0.08;
// Candidates sharing less than half of what the closest one shares are not worth a model run (a
// sixth of the time on 300 articles); tuned with `npm run eval -- --train`.
const RELATIVE_OVERLAP = 0.5;
const RESTATEMENT_CANDIDATES = 8;
// No pair of sentences that paraphrase each other shares less (lowest seen on MSRP train: 0.38).
const SENTENCE_OVERLAP = 0.3;
// The same-fact model reads how many terms the shorter claim has, up to this many.
const FEW_TERMS = 10;
// A key shared by this many groups says nothing about which group a claim belongs to.
const MAX_POSTING = 50;

interface Group {
  members: number[];
  articles: Set<number>;
  keys: Set<string>;
}

/** Model scores plus the story-specific anchors of a pair (see anchorBonus), and the signals they read. */
export interface MatchScores {
  paraphrase: number;
  event: number;
  anchors: number;
  /** The pair's signals and its story overlap (see sameFactSignals). */
  signals: readonly number[];
  storyOverlap: number;
  /** Content terms of the claim that has fewer: a claim that says little matches on little. */
  fewerTerms: number;
}

/** A candidate group with all its scores. */
interface Scored {
  group: number;
  scores: MatchScores;
}

/** What the alignment reads of a pair before the event model: the paraphrase look and the story's anchors. */
interface PairReading {
  look: PairLook;
  anchors: number;
  storyOverlap: number;
  fewerTerms: number;
}

/** A candidate group after the paraphrase model and the anchors, before the event model. */
interface Candidate extends PairReading {
  group: number;
  member: number;
}

interface Proposal {
  claim: number;
  group: number;
  scores: MatchScores;
  /** Proposed because the claim's whole sentence paraphrases the member's (see sentenceProposal). */
  bySentence?: boolean;
}

/** Returns groups of indices into `claims`; every claim is in exactly one group. */
export function alignClaims(claims: readonly AlignableClaim[], options: AlignOptions, story: StoryContext = storyContext(claims)): number[][] {
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
  // A restatement repeats most of the words (LBC repeats "Russia has massed 100,000 troops with tanks
  // and other heavy weapons on its own soil near the Ukrainian border" with a different ending); the
  // cheap overlap test spares most model runs.
  // Restating compares with what the article first said in that group, never with another
  // restatement, so no chain of near sentences ("Paragraph 1.", "Paragraph 2.", … on an 86,000-paragraph
  // page) grows into one claim; and two sentences with different figures state different facts.
  const isRestatement = (claim: number, earlier: number) =>
    !givesOtherFigure(features(claim), features(earlier)) &&
    termOverlap(features(claim), features(earlier)) >= 0.5 &&
    (sharedPhrasing(features(claim), features(earlier)) >= 0.5 ||
      paraphraseProbability(features(claim), features(earlier)) >= options.restatementThreshold);

  for (const article of articleRuns(claims)) {
    const proposals: Proposal[] = [];
    for (const claimId of article) {
      const claim = claims[claimId] as AlignableClaim;
      const candidates = candidateGroups(keysOf[claimId] as string[], postings, (groupId) => (groups[groupId] as Group).articles.has(claim.article));
      // A cheap look (shared terms) picks the few candidates, and the closest member of each, worth
      // running the models on.
      const looked: Candidate[] = candidates
        .map((groupId) => ({ groupId, ...closestMember(claims, claim.features, (groups[groupId] as Group).members) }))
        .filter(({ overlap, member }) => overlap >= MIN_OVERLAP && !differentFigureOnly(claim.features, features(member)))
        .sort((a, b) => b.overlap - a.overlap || a.groupId - b.groupId)
        .filter(({ overlap }, index, sorted) => overlap >= RELATIVE_OVERLAP * (sorted[0] as { overlap: number }).overlap)
        .slice(0, MODEL_CANDIDATES)
        .map(({ groupId, member }) => firstLook(groupId, member, claim.features, (claims[member] as AlignableClaim).features, story));
      const alternatives = groups.length - (groupsPerArticle.get(claim.article) ?? 0);
      // A claim proposes only its best match: a paraphrase, or a match that stands out. When no
      // candidate could be either, even with an event probability of 1, the event model is not run
      // (and otherwise only where it can change the two strongest: see strongestTwo).
      const mayStandOut = alternatives > options.distinctive.minAlternatives;
      const couldPropose = looked.some(
        (candidate) => candidate.look.paraphrase >= options.paraphraseThreshold || (mayStandOut && strengthBound(candidate) >= options.distinctive.threshold),
      );
      const scored = couldPropose ? strongestTwo(looked) : [];
      const best = scored[0];
      if (best && (best.scores.paraphrase >= options.paraphraseThreshold || (mayStandOut && standsOut(scored, options)))) {
        proposals.push({ claim: claimId, group: best.group, scores: best.scores });
      } else {
        const bySentence = sentenceProposal(claimId, claims, looked, options);
        if (bySentence) proposals.push(bySentence);
      }
    }
    // A distinctive match must also be its group's best among this article's claims; a paraphrase
    // joins in any case (an outlet may state a fact twice), and so does a claim that gives the
    // group's identifying figure (The Sun's two sentences on the 100,000 troops).
    const bestForGroup = new Map<number, number>();
    for (const { group, scores, bySentence } of proposals) {
      if (!bySentence) bestForGroup.set(group, Math.max(bestForGroup.get(group) ?? 0, strength(scores)));
    }
    // A part of a compound sentence joins by its sentence only where no claim of its article proposed
    // the group on its own, and only the part closest to the group does.
    const bestPartForGroup = new Map<number, Proposal>();
    for (const proposal of proposals) {
      const best = bestPartForGroup.get(proposal.group);
      if (proposal.bySentence && !bestForGroup.has(proposal.group) && (!best || proposal.scores.paraphrase > best.scores.paraphrase)) {
        bestPartForGroup.set(proposal.group, proposal);
      }
    }
    // The article's strongest proposal for a group is its statement of the fact there; its other
    // claims that paraphrase the group join beside it only when they do not give other figures: on an
    // 86,000-paragraph page, "Paragraph 5." paraphrases another outlet's "Paragraph 1." but states
    // another fact, like "Paragraph 6." and every other paragraph.
    const primaryForGroup = new Map<number, number>();
    for (const { claim, group, scores, bySentence } of proposals) {
      if (!bySentence && !primaryForGroup.has(group) && strength(scores) === bestForGroup.get(group)) primaryForGroup.set(group, claim);
    }
    const placed = new Set<number>();
    for (const proposal of proposals) {
      const { claim, group, scores, bySentence } = proposal;
      if (bySentence) {
        if (bestPartForGroup.get(group) === proposal) {
          join(group, claim);
          placed.add(claim);
        }
        continue;
      }
      const primary = primaryForGroup.get(group) as number;
      const restates = scores.paraphrase >= options.paraphraseThreshold && !givesOtherFigure(features(claim), features(primary));
      if (claim === primary || restates || sharesFigure(features(claim), (groups[group] as Group).members, features)) {
        join(group, claim);
        placed.add(claim);
      }
    }
    // Claims no other outlet made start groups, unless they restate a claim this article already made.
    // Only claims sharing a blocking key with it can be restated, so an index of this article's
    // claims by key keeps the check linear.
    const ownByKey = new Map<string, number[]>();
    const remember = (claimId: number) => {
      for (const key of keysOf[claimId] as string[]) {
        const posting = ownByKey.get(key);
        if (posting) posting.push(claimId);
        else ownByKey.set(key, [claimId]);
      }
    };
    placed.forEach(remember);

    for (const claimId of article) {
      if (placed.has(claimId)) continue;
      // The most recent few per key suffice: a restatement restates the nearest earlier claim best.
      const candidates = new Set((keysOf[claimId] as string[]).flatMap((key) => (ownByKey.get(key) ?? []).slice(-RESTATEMENT_CANDIDATES)));
      const earlier = [...candidates].sort((a, b) => a - b).find((other) => isRestatement(claimId, other));
      if (earlier !== undefined) join(groupOfClaim[earlier] as number, claimId);
      else {
        found(claimId);
        remember(claimId);
      }
    }
  }
  return groups.map((group) => group.members);
}

/**
 * Outlets cut a fact differently: "Police searched Tanzi's home near Parma on Wednesday, and
 * prosecutors had sought to interrogate him that day …" is two claims, where another outlet's single
 * sentence says both. Neither part paraphrases the other outlet's whole sentence, but the sentences
 * paraphrase each other; then the claim proposes the candidate closest to it (and of the parts
 * proposing one group, the closest joins).
 */
function sentenceProposal(claimId: number, claims: readonly AlignableClaim[], looked: readonly Candidate[], options: AlignOptions): Proposal | null {
  const claim = claims[claimId] as AlignableClaim;
  let closest: Candidate | undefined;
  for (const candidate of looked) {
    if (!claim.sentence && !(claims[candidate.member] as AlignableClaim).sentence) continue;
    if (!closest || candidate.look.paraphrase > closest.look.paraphrase) closest = candidate;
  }
  if (!closest) return null;
  const member = claims[closest.member] as AlignableClaim;
  const [sentence, other] = [claim.sentence?.() ?? claim.features, member.sentence?.() ?? member.features];
  // Sentences that share little are no paraphrases; the cheap test spares most model runs.
  if (termOverlap(sentence, other) < SENTENCE_OVERLAP || paraphraseProbability(sentence, other) < options.paraphraseThreshold) return null;
  return { claim: claimId, group: closest.group, scores: scoresOf(closest, 0), bySentence: true };
}

function scoresOf({ look, anchors, storyOverlap, fewerTerms }: PairReading, event: number): MatchScores {
  return { paraphrase: look.paraphrase, event, anchors, signals: look.signals, storyOverlap, fewerTerms };
}

/** A pair's scores with the event model run: what the same-fact model is fitted on (scripts/eval/train-same-fact.ts). */
export function pairScores(a: ClaimFeatures, b: ClaimFeatures, story: StoryContext): MatchScores {
  const reading = readPair(a, b, story);
  return scoresOf(reading, eventProbability(reading.look));
}

/** The highest strength a candidate could reach: an event probability of 1. */
function strengthBound(candidate: Candidate): number {
  return strength(scoresOf(candidate, 1));
}

/**
 * The two strongest candidates, strongest first (all a claim's proposal depends on). Candidates are
 * taken by the strength they could reach, and the event model runs only while that could still beat
 * the runner-up so far.
 */
function strongestTwo(looked: readonly Candidate[]): Scored[] {
  const byBound = [...looked].sort((a, b) => strengthBound(b) - strengthBound(a) || a.group - b.group);
  const top: Scored[] = [];
  for (const candidate of byBound) {
    const runnerUp = top[1];
    if (runnerUp && strengthBound(candidate) < strength(runnerUp.scores)) break;
    top.push({ group: candidate.group, scores: scoresOf(candidate, eventProbability(candidate.look)) });
    top.sort((a, b) => strength(b.scores) - strength(a.scores) || a.group - b.group);
    top.length = Math.min(top.length, 2);
  }
  return top;
}

function strength(scores: MatchScores): number {
  return (scores.event + scores.paraphrase) / 2 + scores.anchors;
}

/** How likely two claims of a story state one fact, by the same-fact model (models/same-fact-model.ts). */
export function sameFactProbability(a: ClaimFeatures, b: ClaimFeatures, story: StoryContext): number {
  const scores = pairScores(a, b, story);
  // The model's sum over sameFactSignals(scores), without copying the pair's signals for every pair.
  const margin = SAME_FACT_MODEL.bias + weighted(scores.signals, 0) + weighted(storySignals(scores), scores.signals.length);
  return 1 / (1 + Math.exp(-margin));
}

/** The same-fact model's weighted sum of `values`, the model's signals from `from` on. */
function weighted(values: readonly number[], from: number): number {
  let sum = 0;
  for (let index = 0; index < values.length; index++) sum += (values[index] as number) * (SAME_FACT_MODEL.weights[from + index] as number);
  return sum;
}

/** The signals the same-fact model reads after the pair's own: both model probabilities and the pair in its story. */
function storySignals({ paraphrase, event, storyOverlap, anchors, fewerTerms }: MatchScores): number[] {
  return [paraphrase, event, storyOverlap, anchors, Math.min(fewerTerms, FEW_TERMS) / FEW_TERMS];
}

/**
 * What the same-fact model reads of a pair: the pair's signals (similarity.ts), the paraphrase and event
 * probabilities, its overlap weighed by the story (story-context.ts) and its anchors.
 */
export function sameFactSignals(scores: MatchScores): number[] {
  return [...scores.signals, ...storySignals(scores)];
}

function standsOut(scored: readonly { scores: MatchScores }[], options: AlignOptions): boolean {
  const best = scored[0] ? strength(scored[0].scores) : 0;
  const second = scored[1] ? strength(scored[1].scores) : 0;
  return best >= options.distinctive.threshold && best - second >= options.distinctive.margin;
}

/** The claim gives a figure that identifies the fact (see isSpecificNumber) and a member gives it too. */
function sharesFigure(claim: ClaimFeatures, members: readonly number[], features: (member: number) => ClaimFeatures): boolean {
  return [...claim.numbers].some((number) => isSpecificNumber(number) && members.some((member) => features(member).numbers.has(number)));
}

/**
 * Two sentences that share a single word and give different figures state different facts, and are not
 * worth a model run: on the 86,000-paragraph page every "Paragraph N." was scored against another
 * article's "Paragraph 1." and "Paragraph 2." (1.5 s of the page's analysis).
 */
export function differentFigureOnly(claim: ClaimFeatures, other: ClaimFeatures): boolean {
  if (!givesOtherFigure(claim, other)) return false;
  let shared = 0;
  for (const term of claim.terms.keys()) if (other.terms.has(term) && ++shared > 1) return false;
  return true;
}

/**
 * Whether both claims give figures (numbers, dates or years) and not one of them is the same. On the
 * 86,000-paragraph page, "Paragraph 1997." (a year to the number reading) otherwise restated all of
 * "Paragraph 3." to "Paragraph 85999.".
 */
function givesOtherFigure(claim: ClaimFeatures, other: ClaimFeatures): boolean {
  const count = (features: ClaimFeatures) => features.numbers.size + features.times.size + features.years.size;
  if (count(claim) === 0 || count(other) === 0) return false;
  const theirs = (specific: string) => other.numbers.has(specific) || other.times.has(specific) || other.years.has(specific);
  for (const specifics of [claim.numbers, claim.times, claim.years]) for (const specific of specifics) if (theirs(specific)) return false;
  return true;
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

/** The member of a group (among its first few) that shares most with the claim, and how much. */
function closestMember(claims: readonly AlignableClaim[], features: ClaimFeatures, members: readonly number[]): { member: number; overlap: number } {
  let best = { member: members[0] as number, overlap: -1 };
  for (let index = 0; index < members.length && index < REPRESENTATIVES; index++) {
    const overlap = termOverlap(features, (claims[members[index] as number] as AlignableClaim).features);
    if (overlap > best.overlap) best = { member: members[index] as number, overlap };
  }
  return best;
}

/** The paraphrase model and the story anchors of a claim against one member of a group. */
function firstLook(group: number, member: number, features: ClaimFeatures, other: ClaimFeatures, story: StoryContext): Candidate {
  return { group, member, ...readPair(features, other, story) };
}

function readPair(features: ClaimFeatures, other: ClaimFeatures, story: StoryContext): PairReading {
  const overlap = storyOverlap(features, other, story);
  return { look: lookAtPair(features, other), anchors: anchorBonus(features, other, story, overlap), storyOverlap: overlap, fewerTerms: Math.min(features.terms.size, other.terms.size) };
}

/** The claim's rarest terms, its names and its numbers. */
export function blockingKeys(features: ClaimFeatures): string[] {
  const terms = [...features.terms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEY_TERMS);
  return [...terms.map(([term]) => `t:${term}`), ...[...features.names].map((name) => `t:${name}`), ...features.numbers];
}

/** The groups sharing most keys with a claim (ties to the older group), at most MAX_CANDIDATES. */
function candidateGroups(keys: readonly string[], postings: ReadonlyMap<string, number[]>, excluded: (groupId: number) => boolean): number[] {
  const hits = new Map<number, number>();
  for (const key of keys) {
    const posting = postings.get(key);
    if (!posting || posting.length > MAX_POSTING) continue;
    for (const groupId of posting) hits.set(groupId, (hits.get(groupId) ?? 0) + 1);
  }
  // A claim can hit hundreds of groups; keeping the best few as they come beats sorting them all.
  type Hit = [groupId: number, count: number];
  const ranksBefore = ([groupA, countA]: Hit, [groupB, countB]: Hit) => countA > countB || (countA === countB && groupA < groupB);
  const best: Hit[] = [];
  for (const hit of hits) {
    const last = best[best.length - 1];
    if ((best.length === MAX_CANDIDATES && last && ranksBefore(last, hit)) || excluded(hit[0])) continue;
    let at = best.length;
    while (at > 0 && ranksBefore(hit, best[at - 1] as Hit)) at--;
    best.splice(at, 0, hit);
    if (best.length > MAX_CANDIDATES) best.pop();
  }
  return best.map(([groupId]) => groupId);
}
