// The discrepancy table: detection rate per type on data/fixtures/discrepancy-examples.json, and
// false positives (types raised that an example forbids, or that no example expects).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSentences } from '@/lib/analysis/discrepancies/compare-sentences';
import type { DiscrepancyType } from '@/lib/analysis';
import { repoRoot } from './shared-data';

interface Example {
  a: string;
  b: string;
  raises: DiscrepancyType[];
  mustNotRaise?: DiscrepancyType[];
}

export const TYPES: DiscrepancyType[] = ['spelling', 'number', 'timing', 'attribution', 'hedging', 'quote', 'scope', 'framing', 'contradiction'];

export interface TypeScores {
  type: DiscrepancyType;
  examples: number;
  detected: number;
  forbiddenRaised: number;
  controls: number;
}

export function evaluateDiscrepancies(): { scores: TypeScores[]; formOnlyControls: number; formOnlyRaised: number } {
  const { examples } = JSON.parse(readFileSync(path.join(repoRoot, 'data', 'fixtures', 'discrepancy-examples.json'), 'utf8')) as { examples: Example[] };
  const results = examples.map((example) => ({ example, raised: new Set(compareSentences(example.a, example.b).map((found) => found.type)) }));
  const scores = TYPES.map((type) => ({
    type,
    examples: results.filter(({ example }) => example.raises.includes(type)).length,
    detected: results.filter(({ example, raised }) => example.raises.includes(type) && raised.has(type)).length,
    controls: results.filter(({ example }) => example.mustNotRaise?.includes(type)).length,
    forbiddenRaised: results.filter(({ example, raised }) => example.mustNotRaise?.includes(type) && raised.has(type)).length,
  }));
  const formOnly = results.filter(({ example }) => example.raises.length === 0);
  return { scores, formOnlyControls: formOnly.length, formOnlyRaised: formOnly.filter(({ raised }) => raised.size > 0).length };
}
