import framing from '../lexicons/framing.json';
import { isCapitalised, isLetters, type Word } from '../reading/words';
import { analysisOf, spanOf, type Detector, type KeyedReading, verdictOf } from './mention-view';

/**
 * A different characterisation of the same fact: words that name the same thing with a different
 * charge. Seed pairs: "a pretext for an invasion" (The Sun) vs "a pretext for intervention" (LBC);
 * "mounting fears of a Russian invasion" (ITV News) vs "fears Russia will invade any day" (The Sun).
 * Each group of lexicons/framing.json lists the senses one thing can be given; inflections of one sense
 * are the same word. Read on the shared words of the mention.
 */
interface Phrase {
  words: string[];
  sense: number;
}

// Longest first, so that "mounting fears" is read before "fears".
const GROUPS: readonly Phrase[][] = framing.groups.map(({ senses }) =>
  senses
    .flatMap((phrases, sense) => phrases.map((phrase) => ({ words: phrase.split(' '), sense, length: phrase.length })))
    .sort((a, b) => b.length - a.length)
    .map(({ words, sense }) => ({ words, sense })),
);
// Most mentions use no word of any group: a look at the first words spares the per-group passes.
const FIRST_WORDS = new Set(GROUPS.flat().map((phrase) => phrase.words[0] as string));
const NAME_JOINERS = new Set(framing.nameJoiners.words);

export const framingDetector: Detector = {
  type: 'framing',
  read(mention) {
    const { words } = analysisOf(mention);
    const bare = words.map(bareOf);
    if (!bare.some((word) => FIRST_WORDS.has(word))) return null;
    const found: string[] = [];
    const spans: [number, number][] = [];
    const keys: string[] = [];
    GROUPS.forEach((phrases, group) => {
      const senses = new Set<number>();
      for (let index = 0; index < words.length; index++) {
        const match = phraseAt(words, bare, index, phrases);
        if (!match) continue;
        const [start, first, last] = [index, words[index] as Word, words[match.end] as Word];
        index = match.end;
        // Part of a name ("the Food and Drug Administration"), not a word chosen for the thing.
        if (isInName(words, start)) continue;
        senses.add(match.phrase.sense);
        // Without a possessive: "the government’s plan" shows "government".
        const end = last.start + (bare[match.end] as string).length;
        found.push(mention.text.slice(first.start, end));
        spans.push(spanOf(mention, first.start, end - first.start));
      }
      if (senses.size > 0) keys.push(`${group}:${[...senses].sort((a, b) => a - b).join(',')}`);
    });
    return found.length > 0 ? { value: found.join(', '), spans, key: keys.join('|') } : null;
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `The outlets use differently loaded words for it: ${readings.map(({ outlet, reading }) => `${outlet} “${reading.value}”`).join('; ')}.`;
  },
};

/** A word without a possessive or elision: "regime’s" reads as "regime". */
function bareOf(word: Word): string {
  const apostrophe = [...word.lower].findIndex((char) => char === "'" || char === '’');
  return apostrophe === -1 ? word.lower : word.lower.slice(0, apostrophe);
}

/** The longest phrase of a group that starts at word `index`, and where it ends. */
function phraseAt(words: readonly Word[], bare: readonly string[], index: number, phrases: readonly Phrase[]): { phrase: Phrase; end: number } | null {
  if (!FIRST_WORDS.has(bare[index] as string)) return null;
  for (const phrase of phrases) {
    const end = matchAt(words, bare, index, phrase.words);
    if (end !== -1) return { phrase, end };
  }
  return null;
}

/** Two words with only spaces between them. */
const adjacent = (a: Word, b: Word) => a.last + 1 === b.first;

/**
 * Where the phrase ends if it starts at word `index` (-1 if it does not): its words in order, each
 * next to the one before or one word apart ("heartbeat abortion law", "six-week abortion ban").
 */
function matchAt(words: readonly Word[], bare: readonly string[], index: number, phrase: readonly string[]): number {
  if (bare[index] !== phrase[0]) return -1;
  let at = index;
  for (const part of phrase.slice(1)) {
    const next = at + 1;
    if (bare[next] === part && adjacent(words[at] as Word, words[next] as Word)) at = next;
    else if (bare[next + 1] === part && isPlainWord(words[next]) && adjacent(words[at] as Word, words[next] as Word) && adjacent(words[next] as Word, words[next + 1] as Word)) at = next + 1;
    else return -1;
  }
  return at;
}

/** A word of letters and hyphens only: what may stand inside a phrase. */
const isPlainWord = (word: Word | undefined) => word !== undefined && isLetters(word);

/** A capitalised word just after a capitalised one, or after one joined by "and", "of", "for" ("Food and Drug Administration"). */
function isInName(words: readonly Word[], index: number): boolean {
  const word = words[index] as Word;
  const capitalised = (candidate: Word | undefined) => candidate !== undefined && isLetters(candidate) && isCapitalised(candidate);
  if (!isCapitalised(word)) return false;
  const before = words[index - 1];
  if (before === undefined || !adjacent(before, word)) return false;
  if (capitalised(before)) return true;
  const name = words[index - 2];
  return NAME_JOINERS.has(before.lower) && name !== undefined && adjacent(name, before) && capitalised(name);
}

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  // Only words from the same group compare: "invasion" vs "intervention", not "invasion" vs "fears";
  // a group differs when the two use different senses of it.
  // An outlet that uses the other's word as well ("a white mob" / "the attack by a white mob") does
  // not recast it: each must use a sense the other does not.
  const senses = new Map(a.key.split('|').map((entry) => entry.split(':') as [string, string]));
  return b.key.split('|').some((entry) => {
    const [group, sense] = entry.split(':') as [string, string];
    const other = senses.get(group);
    if (other === undefined) return false;
    const [mine, theirs] = [new Set(sense.split(',')), new Set(other.split(','))];
    return [...mine].some((item) => !theirs.has(item)) && [...theirs].some((item) => !mine.has(item));
  });
}
