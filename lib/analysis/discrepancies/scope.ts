import { readPlaceLists } from '../reading/place-lists';
import { nounHeads, type Quantifier } from '../reading/quantifiers';
import { analysisOf, spanOf, type Detector, type Reading, type Verdict } from './mention-view';

/**
 * A different extent for the same fact. Seed pairs: "avoid travel to Russia" (ITV News) vs "not to
 * travel to Ukraine or Russia" (The Sun); "the families of all American personnel" vs "diplomats'
 * families". Read from the shared tokens: the lists of places after a preposition (reading/place-lists.ts)
 * and the first quantifier that gives an extent, all or a part (reading/quantifiers.ts).
 */
interface ScopeReading extends Reading {
  /** The first universal quantifier, else the first partial one; null when none gives an extent. */
  quantifier: Quantifier | null;
  /** Each list of places as written together ("Ukraine or Russia"). */
  lists: string[][];
  /** Heads of its noun phrases, for whether the other outlet speaks of what a quantifier governs. */
  heads: () => ReadonlySet<string>;
}

export const scopeDetector: Detector<ScopeReading> = {
  type: 'scope',
  read(mention) {
    const { tokens, quantifiers } = analysisOf(mention);
    const lists = readPlaceLists(tokens);
    const quantifier = quantifiers.find((found) => found.kind === 'all') ?? quantifiers[0] ?? null;
    const spans = lists.map((list) => spanOf(mention, list.start, list.end - list.start));
    if (quantifier) spans.push(spanOf(mention, quantifier.token.start, quantifier.token.end - quantifier.token.start));
    const places = [...new Set(lists.flatMap((list) => list.places))];
    const value = [...(quantifier ? [quantifier.token.value] : []), ...places].join(', ');
    let heads: ReadonlySet<string> | undefined;
    return {
      value: value || 'no stated extent',
      spans,
      quantifier,
      lists: lists.map((list) => list.places),
      // Computed when a quantifier needs them: most mentions have none.
      heads: () => (heads ??= nounHeads(tokens)),
    };
  },
  compare,
  explain(readings) {
    return `The outlets give it a different extent: ${readings.map(({ outlet, reading }) => `${outlet}: ${reading.value}`).join('; ')}.`;
  },
};

function compare(a: ScopeReading, b: ScopeReading): Verdict {
  // One outlet's list of places strictly inside the other's ("to Russia" / "to Ukraine or Russia"), and
  // no list the same on both sides. An outlet that names no place gives no extent to compare.
  const inside = (small: string[], large: string[]) => small.length < large.length && small.every((place) => large.includes(place));
  const same = a.lists.some((list) => b.lists.some((other) => list.length === other.length && inside(list.slice(1), other) && list.every((place) => other.includes(place))));
  if (!same && a.lists.some((list) => b.lists.some((other) => inside(list, other) || inside(other, list)))) return 'differ';
  const kindA = a.quantifier?.kind ?? null;
  const kindB = b.quantifier?.kind ?? null;
  if (kindA === kindB) return 'same';
  // A quantifier inside quoted words is the speaker's ("“a disaster for the whole country”"): the quote
  // detector compares those words, and this one does not judge them.
  if (a.quantifier?.quoted || b.quantifier?.quoted) return 'unsure';
  // A quantifier counts when the other outlet speaks of the same things: "all organizations" vs "super
  // PACs and nonprofit organizations", not "in some cases" vs a sentence without cases, nor "every American
  // school" vs "school grounds".
  const bears = (own: ScopeReading, other: ScopeReading) => own.quantifier !== null && own.quantifier.heads.some((lemma) => other.heads().has(lemma));
  return bears(a, b) || bears(b, a) ? 'differ' : 'same';
}
