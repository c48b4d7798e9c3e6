import lexicon from './spelling-variants.json';

/**
 * British and American spellings of one word (manoeuvred/maneuvered, organise/organize,
 * honour/honor, dependants/dependents; spelling-variants.json, built from the word lists of
 * american-british-english-translator by scripts/lexicons/build-spelling-variants.mjs).
 */
// Keyed by the American form, which some words share (anaesthetise and anesthetise → anesthetize).
const pairOf = new Map<string, string>();
for (const group of lexicon.groups) {
  for (const [british, american] of group.pairs as [string, string][]) {
    pairOf.set(british, american);
    pairOf.set(american, american);
  }
}

/** The word a lower-case spelling belongs to, named by its American form ("honor" for "honour"), if any. */
export function spellingPair(word: string): string | undefined {
  return pairOf.get(word);
}
