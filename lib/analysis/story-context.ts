import type { ClaimFeatures } from './features';

/**
 * What a whole story says, against which the alignment judges a pair of its claims: each term weighed
 * by how rare it is among the story's claims (in a story about Ukraine, "Ukraine" identifies nothing),
 * and the specifics two claims share or contradict (figures, rare names, times).
 */

/**
 * Specifics that two claims share or contradict, weighed on top of the models in a story: the same
 * figure (seed: "an estimated 100,000 troops" / "has massed 100,000 troops"), the same names that
 * are rare in this story (Lavrov, Geneva), and times that disagree (last week's talks vs Friday's).
 */
export function anchorBonus(a: ClaimFeatures, b: ClaimFeatures, story: StoryContext, overlap = storyOverlap(a, b, story)): number {
  let bonus = STORY_OVERLAP.weight * (overlap - STORY_OVERLAP.expected);
  for (const number of a.numbers) {
    if (b.numbers.has(number) && isSpecificNumber(number)) {
      bonus += 0.12;
      break;
    }
  }
  let names = 0;
  for (const name of a.names) if (b.names.has(name) && story.isDistinctiveName(name)) names++;
  bonus += 0.06 * Math.min(2, names);
  if (a.times.size > 0 && b.times.size > 0) bonus += [...a.times].some((time) => b.times.has(time)) ? ANCHORS.sameTime : -0.15;
  // "Other US citizens have been urged to do the same", "Russia has denied the charge": a claim that
  // says little on its own leans on its context, and matches on a word or two are weak evidence.
  if (Math.min(a.terms.size, b.terms.size) < ANCHORS.fewTerms) bonus -= ANCHORS.vaguePenalty;
  return bonus;
}

/** Figures like 100,000 or "half" identify a fact; "two" or "five" do not. */
export function isSpecificNumber(key: string): boolean {
  const value = Number(key.slice(1));
  return value >= 100 || !Number.isInteger(value);
}

/** What the whole story says, against which a pair's overlap is judged. */
export interface StoryContext {
  /**
   * A claim's content as the story weighs it (computed once per claim): each term by its inverse
   * frequency among the story's claims, so the story's own topic words weigh little; and their sum.
   */
  weighted(features: ClaimFeatures): WeightedTerms;
  /** Names that few claims mention (in a story about Ukraine, "Ukraine" identifies nothing). */
  isDistinctiveName(name: string): boolean;
}

interface WeightedTerms {
  terms: Map<string, number>;
  total: number;
}

// Story-relative overlap above what two claims of one story share anyway raises a match's strength.
const STORY_OVERLAP = { weight: 0.4, expected: 0.3 };
const ANCHORS = { sameTime: 0.06, fewTerms: 4, vaguePenalty: 0.1 };
// A time expression counts as one term as specific as a fairly rare word, whatever its words.
const TIME_TERM_WEIGHT = 6;

/**
 * The terms a claim is compared on within its story: its content terms, except the words of its time
 * expressions, and each time as one term. ITV News's "in the last day" and The Sun's "in the past 24
 * hours" then share their one time, and "past" and "hour" count as nothing the claims differ on.
 */
function storyTerms(features: ClaimFeatures): Map<string, number> {
  const terms = new Map<string, number>();
  for (const [term, weight] of features.terms) if (!features.timeWords.has(term)) terms.set(term, weight);
  for (const time of features.times) terms.set(`time:${time}`, TIME_TERM_WEIGHT);
  return terms;
}

export function storyContext(claims: readonly { features: ClaimFeatures }[]): StoryContext {
  const termsOf = claims.map((claim) => storyTerms(claim.features));
  const termCounts = new Map<string, number>();
  const nameCounts = new Map<string, number>();
  claims.forEach((claim, index) => {
    for (const term of (termsOf[index] as Map<string, number>).keys()) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    for (const name of claim.features.names) nameCounts.set(name, (nameCounts.get(name) ?? 0) + 1);
  });
  const total = claims.length;
  const nameLimit = Math.max(3, total * 0.05);
  const weighted = new Map<ClaimFeatures, WeightedTerms>();
  claims.forEach((claim, index) => {
    const terms = termsOf[index] as Map<string, number>;
    let sum = 0;
    for (const [term, weight] of terms) {
      const storyWeight = weight * Math.log((total + 1) / ((termCounts.get(term) as number) + 1));
      terms.set(term, storyWeight);
      sum += storyWeight;
    }
    weighted.set(claim.features, { terms, total: sum });
  });
  const none: WeightedTerms = { terms: new Map(), total: 0 };
  return {
    weighted: (features) => weighted.get(features) ?? none,
    isDistinctiveName: (name) => (nameCounts.get(name) ?? 0) <= nameLimit,
  };
}

/** Shared content of two claims, weighted by rarity in the story, as a share of the lighter claim's. */
export function storyOverlap(a: ClaimFeatures, b: ClaimFeatures, story: StoryContext): number {
  const [left, right] = [story.weighted(a), story.weighted(b)];
  let shared = 0;
  for (const [term, weight] of right.terms) {
    const other = left.terms.get(term);
    if (other !== undefined) shared += Math.min(weight, other);
  }
  const smaller = Math.min(left.total, right.total);
  return smaller > 0 ? shared / smaller : 0;
}
