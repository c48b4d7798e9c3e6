import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The benchmark data in ../shared/eval, read in place: it is never copied into this repository
 * (several sets are for research use only). SHARED_DIR overrides the location.
 */
export const repoRoot = path.resolve(import.meta.dirname, '..', '..');
export const sharedDir = path.resolve(process.env.SHARED_DIR ?? path.join(repoRoot, '..', 'shared'));

export function evalPath(...parts: string[]): string | null {
  const file = path.join(sharedDir, 'eval', ...parts);
  return existsSync(file) ? file : null;
}

export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export interface MsrpPair {
  id: string;
  split: 'train' | 'test';
  label: 0 | 1;
  a: { outlet: string | null; text: string };
  b: { outlet: string | null; text: string };
}
