import { canonicalName } from './lexicons/name-forms';
import { STOPWORDS } from './lexicons/stopwords';
import { synonymKey } from './lexicons/synonyms';
import { addRow, vectorRow, VECTOR_DIMENSIONS } from './lexicons/word-vectors';
import { isKnownWord, wordWeight } from './lexicons/word-weights';
import { CALENDAR_WORDS, findNumbers, findTimes, numberKey } from './normalize';
import type { Token } from './tokens';

/**
 * What a claim is about, reduced to comparable parts: weighted content terms (lemmas folded into
 * synonym groups), names, numbers and time expressions. Alignment compares these, never raw strings.
 */
export interface ClaimFeatures {
  /** Content term → weight (rarer words weigh more). */
  terms: Map<string, number>;
  /** Euclidean norm of `terms`, kept for cosine similarity. */
  norm: number;
  /** Sum of the weights in `terms`. */
  termTotal: number;
  /** Content lemmas in order, before synonym folding (for phrase overlap). */
  lemmas: string[];
  /** Adjacent content-lemma pairs. */
  lemmaBigrams: Grams;
  /** Proper names (canonical lower-case form). */
  names: Set<string>;
  /** Canonical number keys ("100,000" and "100k" share one). */
  numbers: Set<string>;
  /** Canonical time keys ("last day" and "past 24 hours" share one). */
  times: Set<string>;
  /** Year-like numbers ("2014"), kept out of `numbers` so that a shared year does not pair two claims. */
  years: ReadonlySet<string>;
  /** Terms that come only from the words of time expressions ("past" and "hour" of "in the past 24 hours"). */
  timeWords: ReadonlySet<string>;
  negated: boolean;
  /** Word tokens, for length comparisons. */
  wordCount: number;
  /** The lower-case word n-grams (n = 1, 2, 3), function words included: phrasing overlap. */
  wordGrams: Grams[];
  /** Lemma n-grams (n = 1, 2): phrasing overlap across inflections. */
  lemmaGrams: Grams[];
  /** Number of lemmas (all words, not only content words). */
  lemmaCount: number;
  /** Content words with a word vector, heaviest first: term, vector row and weight (for soft matching). */
  vectorWords: { term: string; row: number; weight: number }[];
  /** Weighted mean of the content words' vectors, unit length (zero when none has a vector). */
  meaning: Float32Array;
}

export const WORD_GRAM_SIZES = [1, 2, 3];
export const LEMMA_GRAM_SIZES = [1, 2];

// Spellings of one word that are not a difference in wording: "U.S."/"US", "per cent"/"percent"/"%".
const SURFACE_FORMS = new Map<string, string>([['%', 'percent'], ['pct', 'percent'], ['cent', 'percent'], ['p.m.', 'pm'], ['a.m.', 'am'], ['&', 'and'], ['mln', 'million'], ['bln', 'billion'], ['bn', 'billion']]);

function surfaceForm(value: string): string {
  const lower = value.toLowerCase();
  const folded = SURFACE_FORMS.get(lower) ?? lower;
  if (!folded.includes('.') && !/\d/.test(folded)) return folded;
  if (/^(?:\p{L}\.){2,}$/u.test(folded)) return folded.replace(/\./g, '');
  if (/^\d[\d,]*(?:\.\d+)?$/.test(folded)) return String(Number(folded.replace(/,/g, '')));
  return folded;
}

/**
 * A sequence's n-grams as a sorted multiset: each n-gram is a 30-bit hash of its words (repeats kept),
 * never the joined string. Pair features compare these millions of times, and merging two short
 * sorted arrays is much cheaper than map lookups. A collision would need two different n-grams of
 * one pair of sentences to share a hash.
 */
export type Grams = Uint32Array;

function countGrams(hashes: readonly number[], size: number): Grams {
  const grams = new Uint32Array(Math.max(0, hashes.length - size + 1));
  for (let index = size; index <= hashes.length; index++) {
    let key = size;
    for (let offset = index - size; offset < index; offset++) key = (Math.imul(key, 16777619) ^ (hashes[offset] as number)) >>> 0;
    grams[index - size] = key & 0x3fffffff;
  }
  return grams.sort();
}

/** FNV-1a hash of a word. */
function wordHash(word: string): number {
  let hash = 2166136261;
  for (let index = 0; index < word.length; index++) hash = Math.imul(hash ^ word.charCodeAt(index), 16777619);
  return hash >>> 0;
}

const CONTENT_TAGS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);


/** Lemma used for matching: names canonicalised, plural proper nouns folded ("Officials" → "official"). */
function termOf(token: Token): string {
  const lemma = canonicalName(token.lemma);
  if (token.pos === 'PROPN' && lemma.endsWith('s') && !isKnownWord(lemma) && isKnownWord(lemma.slice(0, -1))) return lemma.slice(0, -1);
  return lemma;
}

// Capitalised words that name no one: days, months and titles ("Foreign Secretary", "Prime Minister").

function isName(token: Token, index: number, tokens: readonly Token[]): boolean {
  if (token.pos !== 'PROPN' || !/^\p{Lu}/u.test(token.value)) return false;
  if (CALENDAR_WORDS.has(token.lemma) || (isKnownWord(token.lemma) && wordWeight(token.lemma) < 6)) return false;
  // Capitalised common words at the start of a sentence ("Officials said") are not names.
  const sentenceStart = index === 0 || /^[.!?"“]$/.test((tokens[index - 1] as Token).value);
  return !(sentenceStart && isKnownWord(token.lemma) && wordWeight(token.lemma) < 5);
}

const NO_WORDS: ReadonlySet<string> = new Set();

/** Features of one claim, from its tokens and its text (which starts at `base` in the article). */
export function extractFeatures(tokens: readonly Token[], text: string, base = 0): ClaimFeatures {
  const times = findTimes(text);
  const numbers = findNumbers(text);
  const years = numbers.filter((found) => isYearLike(found.value, text, found.start));
  const inTime = (token: Token) => times.some((time) => base + time.start <= token.start && token.end <= base + time.end);
  const timeWords = new Set<string>();
  const otherWords = new Set<string>();
  const terms = new Map<string, number>();
  const lemmas: string[] = [];
  const names = new Set<string>();
  const words: string[] = [];
  const vectorWords: ClaimFeatures['vectorWords'] = [];
  const allLemmas: string[] = [];
  let negated = false;
  tokens.forEach((token, index) => {
    if (token.pos === 'PUNCT' || token.pos === 'SYM') return;
    words.push(surfaceForm(token.value));
    allLemmas.push(canonicalName(token.lemma));
    if (token.negated || token.lemma === 'not' || token.lemma === "n't" || token.lemma === 'never') negated = true;
    if (!CONTENT_TAGS.has(token.pos) || token.pos === 'NUM') return;
    const term = termOf(token);
    if (STOPWORDS.has(term) || !/\p{L}/u.test(term)) return;
    lemmas.push(term);
    const key = synonymKey(term);
    const weight = wordWeight(term);
    const row = vectorRow(token.value.toLowerCase());
    const vectorWord = row === -1 ? vectorRow(term) : row;
    if (vectorWord !== -1) vectorWords.push({ term: key, row: vectorWord, weight });
    terms.set(key, Math.max(terms.get(key) ?? 0, weight));
    if (times.length > 0) (inTime(token) ? timeWords : otherWords).add(key);
    if (isName(token, index, tokens)) names.add(term);
  });
  let norm = 0;
  let termTotal = 0;
  for (const weight of terms.values()) {
    norm += weight * weight;
    termTotal += weight;
  }
  const wordHashes = words.map(wordHash);
  const lemmaHashes = allLemmas.map(wordHash);
  return {
    terms,
    norm: Math.sqrt(norm),
    termTotal,
    lemmas,
    lemmaBigrams: countGrams(lemmas.map(wordHash), 2),
    names,
    numbers: new Set(numbers.filter((found) => !isYearLike(found.value, text, found.start)).map((found) => numberKey(found.value))),
    years: years.length === 0 ? NO_WORDS : new Set(years.map((found) => numberKey(found.value))),
    times: new Set(times.map((found) => found.key)),
    timeWords: timeWords.size === 0 ? NO_WORDS : new Set([...timeWords].filter((word) => !otherWords.has(word))),
    negated,
    wordCount: words.length,
    wordGrams: WORD_GRAM_SIZES.map((size) => countGrams(wordHashes, size)),
    lemmaGrams: LEMMA_GRAM_SIZES.map((size) => countGrams(lemmaHashes, size)),
    lemmaCount: allLemmas.length,
    vectorWords: vectorWords.sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0)),
    meaning: meanVector(vectorWords),
  };
}

function meanVector(words: ClaimFeatures['vectorWords']): Float32Array {
  const sum = new Float32Array(VECTOR_DIMENSIONS);
  for (const word of words) addRow(sum, word.row, word.weight);
  let squares = 0;
  for (const value of sum) squares += value * value;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let index = 0; index < sum.length; index++) sum[index] = (sum[index] as number) / norm;
  return sum;
}

/** Years say when, not how many: "2022" is a date, not a quantity to compare. */
function isYearLike(value: number, text: string, start: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100 && !/,/.test(text.slice(start, start + 5));
}
