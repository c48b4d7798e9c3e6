import { describe, expect, it } from 'vitest';
import { ARRAY_ROWS_PER_STATEMENT, PARAMETERS_PER_STATEMENT, statementChunks, writeInChunks } from './chunks';

describe('statementChunks', () => {
  it.each([
    [0, 1, []],
    [1, 1, [1]],
    [PARAMETERS_PER_STATEMENT, 1, [PARAMETERS_PER_STATEMENT]],
    [PARAMETERS_PER_STATEMENT + 1, 1, [PARAMETERS_PER_STATEMENT, 1]],
    [1200, 7, [571, 571, 58]],
    [3, PARAMETERS_PER_STATEMENT * 2, [1, 1, 1]],
  ])('cuts %i items of %i parameters into statements of sizes %j', (count, perItem, sizes) => {
    const items = Array.from({ length: count }, (_, index) => index);
    const chunks = statementChunks(items, perItem);
    expect(chunks.map((chunk) => chunk.length)).toEqual(sizes);
    expect(chunks.flat()).toEqual(items);
  });
});

describe('writeInChunks', () => {
  it('counts a row one parameter per column and keeps every statement under the limit', async () => {
    const rows = Array.from({ length: 20_000 }, (_, index) => ({ a: index, b: 'x', c: null, d: 1 }));
    const statements: number[] = [];
    await writeInChunks(rows, async (chunk) => statements.push(chunk.length * 4));
    expect(Math.max(...statements)).toBeLessThanOrEqual(PARAMETERS_PER_STATEMENT);
    expect(statements.reduce((sum, parameters) => sum + parameters, 0)).toBe(80_000);
  });

  it('writes rows bound as one array per column in statements of ARRAY_ROWS_PER_STATEMENT rows, in order', async () => {
    const rows = Array.from({ length: 6 * ARRAY_ROWS_PER_STATEMENT + 1 }, (_, index) => ({ a: index, b: 'x', c: null, d: 1, e: 2, f: 3, g: 4 }));
    const chunks: (typeof rows)[] = [];
    await writeInChunks(rows, async (chunk) => chunks.push(chunk), { asArrays: true });
    expect(chunks.map((chunk) => chunk.length)).toEqual([...Array.from({ length: 6 }, () => ARRAY_ROWS_PER_STATEMENT), 1]);
    expect(chunks.flat()).toEqual(rows);
  });

  it('writes nothing for no rows', async () => {
    const statements: unknown[] = [];
    await writeInChunks([], async (chunk) => statements.push(chunk));
    expect(statements).toEqual([]);
  });
});
