// The discrepancy tables: detection rate per type, false alarms (types raised that an example
// forbids) and types raised on pairs not labelled with them, on data/fixtures/discrepancy-examples.json (seed sentences and constructed pairs, which the
// rules were written against) and on held-out real pairs located in ../shared/eval/allsides by
// data/fixtures/discrepancy-examples-heldout.json (never used to write or tune a rule).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareSentences } from '@/lib/analysis/discrepancies/compare-sentences';
import type { DiscrepancyType } from '@/lib/analysis';
import { evalPath, repoRoot } from './shared-data';

interface Example {
  a: string;
  b: string;
  raises: DiscrepancyType[];
  mustNotRaise?: DiscrepancyType[];
}

/** A held-out example: where its two sentences are, as [article id, start, end] in an AllSides story. */
interface LocatedExample extends Omit<Example, 'a' | 'b'> {
  story: string;
  /** 1: measured before detectors were changed; 2: labelled after four of the changes; 3: labelled last (held out). */
  batch: 1 | 2 | 3;
  a: [string, number, number];
  b: [string, number, number];
}

export const TYPES: DiscrepancyType[] = ['spelling', 'number', 'timing', 'attribution', 'hedging', 'quote', 'scope', 'framing', 'contradiction'];

export interface TypeScores {
  type: DiscrepancyType;
  examples: number;
  detected: number;
  forbiddenRaised: number;
  controls: number;
  /** Pairs not labelled with the type, and how many raised it anyway: labels list what a careful
   * reader finds, so these are over-alerts or arguable finds, not all plain errors. */
  unlabelled: number;
  unlabelledRaised: number;
}

export interface DiscrepancyTable {
  scores: TypeScores[];
  /** Examples that must raise nothing at all (form-only differences), and how many raised something. */
  formOnlyControls: number;
  formOnlyRaised: number;
}

function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(repoRoot, 'data', 'fixtures', name), 'utf8')) as T;
}

function score(examples: readonly Example[]): DiscrepancyTable {
  const results = examples.map((example) => ({ example, raised: new Set(compareSentences(example.a, example.b).map((found) => found.type)) }));
  const scores = TYPES.map((type) => ({
    type,
    examples: results.filter(({ example }) => example.raises.includes(type)).length,
    detected: results.filter(({ example, raised }) => example.raises.includes(type) && raised.has(type)).length,
    controls: results.filter(({ example }) => example.mustNotRaise?.includes(type)).length,
    forbiddenRaised: results.filter(({ example, raised }) => example.mustNotRaise?.includes(type) && raised.has(type)).length,
    unlabelled: results.filter(({ example }) => !example.raises.includes(type)).length,
    unlabelledRaised: results.filter(({ example, raised }) => !example.raises.includes(type) && raised.has(type)).length,
  }));
  const formOnly = results.filter(({ example }) => example.raises.length === 0 && example.mustNotRaise?.length === TYPES.length);
  return { scores, formOnlyControls: formOnly.length, formOnlyRaised: formOnly.filter(({ raised }) => raised.size > 0).length };
}

export function evaluateDiscrepancies(): DiscrepancyTable {
  return score(readFixture<{ examples: Example[] }>('discrepancy-examples.json').examples);
}

/** The held-out real pairs of one batch, or null when ../shared/eval/allsides is absent. */
export function evaluateHeldOutDiscrepancies(batch: 1 | 2 | 3): (DiscrepancyTable & { pairs: number }) | null {
  if (!evalPath('allsides', 'stories')) return null;
  const texts = new Map<string, Map<string, string>>();
  const textOf = (story: string, [articleId, start, end]: [string, number, number]) => {
    if (!texts.has(story)) {
      const file = evalPath('allsides', 'stories', `${story}.json`);
      if (!file) throw new Error(`held-out example names a story that is not in ../shared/eval/allsides: ${story}`);
      const { articles } = JSON.parse(readFileSync(file, 'utf8')) as { articles: { id: string; text: string }[] };
      texts.set(story, new Map(articles.map((article) => [article.id, article.text])));
    }
    const text = texts.get(story)?.get(articleId);
    if (text === undefined || end > text.length) throw new Error(`held-out example points outside ${story}/${articleId}`);
    return text.slice(start, end);
  };
  const { examples } = readFixture<{ examples: LocatedExample[] }>('discrepancy-examples-heldout.json');
  const located = examples.filter((example) => example.batch === batch).map((example) => ({ ...example, a: textOf(example.story, example.a), b: textOf(example.story, example.b) }));
  return { ...score(located), pairs: located.length };
}
