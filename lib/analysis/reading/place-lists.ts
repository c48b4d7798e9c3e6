import places from '../lexicons/places.json';
import scope from '../lexicons/scope.json';
import type { Token } from '../tokens';

/**
 * Lists of places after a preposition, read on tokens: "travel to Ukraine or Russia", "imports from
 * China, Vietnam and Malaysia". An item is a run of capitalised words ("the United Kingdom"); it is a
 * place only when lexicons/places.json names it, so people, firms, institutions, months and agencies
 * ("from Republican lawmakers", "in May", "told CNN, Bloomberg") are never places, and a list inside a
 * longer name ("the Food and Drug Administration") is none. A list without a preposition gives nothing:
 * "Denmark and Spain are also sending planes", a dateline ("LONDON, Jan 24").
 */
export interface PlaceList {
  /** The places, lower-case, in the order written. */
  places: string[];
  /** Where the list is written (offsets of its first and last word). */
  start: number;
  end: number;
}

export const PLACE_NAMES: ReadonlySet<string> = new Set([places.countries, places.capitals, places.continents, places.usStates, places.shortForms].flatMap((group) => group.names));
const PREPOSITIONS = new Set(scope.placeLists.prepositions);
const JOINERS = new Set(scope.placeLists.joiners);

/** Every list of places after a preposition, in order. */
export function readPlaceLists(tokens: readonly Token[]): PlaceList[] {
  const found: PlaceList[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.pos !== 'ADP' || !PREPOSITIONS.has(token.value.toLowerCase())) continue;
    const items = itemsAfter(tokens, index + 1);
    // A name that is no place ends the list: "to Ukraine and Biden's team" lists Ukraine alone.
    const unnamed = items.findIndex((item) => !PLACE_NAMES.has(item.name));
    const named = unnamed === -1 ? items : items.slice(0, unnamed);
    if (named.length > 0) found.push({ places: named.map((item) => item.name), start: (named[0] as Item).start, end: (named.at(-1) as Item).end });
    if (items.length > 0) index = items.at(-1)?.next ?? index;
  }
  return found;
}

interface Item {
  name: string;
  start: number;
  end: number;
  /** Index of the token after the item. */
  next: number;
}

/** The items of a list of capitalised names from `from` on, joined by commas, "and" and "or". */
function itemsAfter(tokens: readonly Token[], from: number): Item[] {
  const items: Item[] = [];
  let index = from;
  let commaOnly = false;
  for (;;) {
    if (tokens[index]?.lemma === 'the') index++;
    let end = index;
    while (end < tokens.length && isCapitalised(tokens[end] as Token)) end++;
    if (end === index) return items;
    // "… in Ukraine, Russia said": after a bare comma, a name before a verb starts a new clause.
    const after = tokens[end];
    if (commaOnly && after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')) return items;
    const words = tokens.slice(index, end);
    items.push({ name: words.map((word) => word.value.toLowerCase()).join(' '), start: (words[0] as Token).start, end: (words.at(-1) as Token).end, next: end - 1 });
    // ", and" and ", or" join like "and" alone.
    let next = end;
    while (next < tokens.length && JOINERS.has((tokens[next] as Token).value.toLowerCase())) next++;
    if (next === end) return items;
    commaOnly = next === end + 1 && (tokens[end] as Token).value === ',';
    index = next;
  }
}

/** A word written with a capital (not a number or a sign). */
function isCapitalised(token: Token): boolean {
  const first = token.value.charAt(0);
  return token.pos !== 'PUNCT' && first !== first.toLowerCase();
}
