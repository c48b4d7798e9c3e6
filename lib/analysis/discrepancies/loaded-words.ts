import { analysisOf, spanOf, verdictOf, type Detector, type KeyedReading } from './mention-view';

/**
 * Framing by an evaluative word, the loaded language media-literacy courses teach to spot: one outlet
 * charges what both name. Real AllSides pairs: "allegations of excessive force" vs "their use of
 * force"; "a sweeping voting rights bill" vs "a sprawling voting rights bill"; "A controversial Texas
 * law" vs "A Texas law". (framing.ts compares the words chosen for the thing itself.)
 */
const LOADED = new Set([
  'absurd', 'atrocious', 'baseless', 'beleaguered', 'bitter', 'blistering', 'bloated', 'bogus', 'bombshell', 'botched',
  'brutal', 'catastrophic', 'chaotic', 'controversial', 'damning', 'dangerous', 'devastating', 'disastrous', 'disgraced',
  'divisive', 'draconian', 'dubious', 'embattled', 'excessive', 'explosive', 'extreme', 'extremist', 'fierce', 'harsh',
  'heinous', 'heroic', 'historic', 'horrific', 'infamous', 'lavish', 'massive', 'near-total', 'notorious', 'outrageous',
  'paltry', 'punishing', 'radical', 'reckless', 'restrictive', 'ridiculous', 'savage', 'scathing', 'sham', 'shocking',
  'so-called', 'sprawling', 'staunch', 'stunning', 'sweeping', 'unfounded', 'unprecedented', 'vicious', 'wasteful',
]);
// Words between a loaded word and what it describes ("a restrictive new voting law", "a sweeping
// $1.8 trillion package").
const PASSED_OVER = new Set(['new', 'and', 'very', 'most', 'more', 'such', 'a', 'an', 'the']);
const AMOUNT = /^(?:\d+|hundred|thousand|million|billion|trillion|bn|m)$/;
// Words that end the description ("a Texas law that bans …" describes "Texas law").
const FUNCTION_WORDS = new Set([
  'that', 'which', 'who', 'whose', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from', 'as', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'and', 'or', 'but', 'than', 'it', 'its', 'their', 'his', 'her', 'this', 'these', 'those',
]);
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface LoadedKey {
  /** [the words described, the loaded word]: "controversial Texas law" → ["texas law", "controversial"]. */
  loaded: [string, string][];
  /** The mention's words, lower case, space-separated with a space at each end (for phrase lookups). */
  text: string;
}

export const loadedWordsDetector: Detector = {
  type: 'framing',
  read(mention) {
    const words = [...mention.text.matchAll(WORD)];
    const lower = words.map((match) => match[0].toLowerCase());
    const quoted = analysisOf(mention).quotations;
    const loaded: LoadedKey['loaded'] = [];
    const found: string[] = [];
    const spans: [number, number][] = [];
    lower.forEach((word, index) => {
      // A loaded word inside a quotation is the speaker's ("the report is “baseless”"), not the outlet's.
      const at = (words[index] as RegExpMatchArray).index as number;
      if (!LOADED.has(word) || quoted.some(({ start, end }) => start <= at && at < end)) return;
      let first = index + 1;
      while (first < lower.length && (PASSED_OVER.has(lower[first] as string) || AMOUNT.test(lower[first] as string))) first++;
      if (first >= lower.length || FUNCTION_WORDS.has(lower[first] as string)) return;
      // It describes the next words only within one phrase ("How ridiculous, we're …" describes nothing).
      if (/[,;:.!?()—–]/.test(mention.text.slice(at, (words[first] as RegExpMatchArray).index as number).replace(/\d[\d,.]*/g, ''))) return;
      // What it describes: the next word, and the one after it unless that ends the phrase.
      const last = first + 1 < lower.length && !FUNCTION_WORDS.has(lower[first + 1] as string) ? first + 1 : first;
      loaded.push([lower.slice(first, last + 1).join(' '), word]);
      // Shown with what it is of: "excessive use of force", not "excessive use".
      const shown = lower[last + 1] === 'of' && last + 2 < lower.length && !FUNCTION_WORDS.has(lower[last + 2] as string) ? last + 2 : last;
      const start = (words[index] as RegExpMatchArray).index as number;
      let end = ((words[shown] as RegExpMatchArray).index as number) + (words[shown] as RegExpMatchArray)[0].length;
      // California's controversial “assault weapons” ban: keep the quotation whole.
      if (/[“"‘]/.test(mention.text.slice(start, end)) && /^[”"’]/.test(mention.text.slice(end))) end++;
      found.push(mention.text.slice(start, end));
      spans.push(spanOf(mention, start, end - start));
    });
    const key: LoadedKey = { loaded, text: ` ${lower.join(' ')} ` };
    return { value: found.length > 0 ? found.join(', ') : 'no loaded word', spans, key: JSON.stringify(key) };
  },
  compare: (a, b) => verdictOf(differ(a, b)),
  explain(readings) {
    return `One outlet charges what the other names plainly: ${readings
      .map(({ outlet, reading }) => (reading.spans.length === 0 ? `${outlet} uses no loaded word` : `${outlet} writes “${reading.value}”`))
      .join('; ')}.`;
  },
};

// A claim told by many outlets compares each reading with every other: parse each key once.
const parsed = new WeakMap<KeyedReading, LoadedKey>();
function keyOf(reading: KeyedReading): LoadedKey {
  let key = parsed.get(reading);
  if (!key) parsed.set(reading, (key = JSON.parse(reading.key) as LoadedKey));
  return key;
}

/** `a` describes something `b` also names with a loaded word `b` does not use. */
function chargesAlone(a: LoadedKey, b: LoadedKey): boolean {
  return a.loaded.some(([described, word]) => b.text.includes(` ${described} `) && !b.text.includes(` ${word} `));
}

/** Whether two readings differ in substance. */
function differ(a: KeyedReading, b: KeyedReading): boolean {
  const [mine, theirs] = [keyOf(a), keyOf(b)];
  return chargesAlone(mine, theirs) || chargesAlone(theirs, mine);
}
