import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import data from './word-vectors.json';
import { MATRIX_SIDE, similarities, simdSimilarities, vectorRow, VECTOR_DIMENSIONS } from './word-vectors';

// An independent reading of the shipped table: int8 values, cosine = dot / 127².
const binary = atob(data.vectors);
const value = (row: number, dimension: number) => (binary.charCodeAt(row * VECTOR_DIMENSIONS + dimension) << 24) >> 24;
const rowCount = binary.length / VECTOR_DIMENSIONS;
function reference(a: number, b: number): number {
  if (a === b) return 1;
  let dot = 0;
  for (let dimension = 0; dimension < VECTOR_DIMENSIONS; dimension++) dot += value(a, dimension) * value(b, dimension);
  return dot / (127 * 127);
}

function matrixOf(left: number[], right: number[], compute = similarities): number[][] {
  const out = new Float64Array(MATRIX_SIDE * MATRIX_SIDE);
  compute(left.map((row) => ({ row })), left.length, right.map((row) => ({ row })), right.length, out);
  return left.map((_, i) => right.map((_, j) => out[i * MATRIX_SIDE + j] as number));
}

describe('word-vector similarities', () => {
  it('run in WebAssembly SIMD under Node', () => {
    expect(simdSimilarities()).toBe(true);
  });

  it('put near words near and a word at exactly 1 from itself', () => {
    const [pulling, withdrawing, banana] = ['pulling', 'withdrawing', 'banana'].map(vectorRow) as [number, number, number];
    const [[same, near, far]] = matrixOf([pulling], [pulling, withdrawing, banana]) as [number[]];
    expect(same).toBe(1);
    expect(near).toBeGreaterThan(far as number);
  });

  it('equal the exact integer dot products for any rows', () => {
    const rows = fc.array(fc.integer({ min: 0, max: rowCount - 1 }), { minLength: 1, maxLength: MATRIX_SIDE });
    fc.assert(
      fc.property(rows, rows, (left, right) => {
        expect(matrixOf(left, right)).toEqual(left.map((a) => right.map((b) => reference(a, b))));
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it('give the same values in JavaScript where WebAssembly is missing', async () => {
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fallback = await import('./word-vectors');
      expect(fallback.simdSimilarities()).toBe(false);
      const left = [0, 17, 2500, rowCount - 1];
      const right = [17, 3, 24_000, 999, 0];
      expect(matrixOf(left, right, fallback.similarities)).toEqual(left.map((a) => right.map((b) => reference(a, b))));
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
