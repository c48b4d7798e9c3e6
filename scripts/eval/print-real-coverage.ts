// The blind real-coverage section of `npm run eval`: the current engine beside engine 0.3.33, in one run.
import * as current from '@/lib/analysis';
import type { DiscrepancyType } from '@/lib/analysis';
import { BASELINE_COMMIT, loadEngineAt, type Engine } from './baseline-engine';
import { TYPES } from './discrepancies';
import { loadRealCoverage, overall, scoreRealCoverage, type Counts, type RealCoverageScores, type Split } from './real-coverage';

/** Types whose recall the targets group together ("above framing" in the order). */
const RECALL_TYPES: DiscrepancyType[] = ['attribution', 'number', 'timing', 'hedging', 'quote', 'spelling', 'scope'];

const ratio = (part: number, whole: number) => (whole === 0 ? '   – ' : (part / whole).toFixed(2).padStart(5));
const precision = (counts: Counts) => `${ratio(counts.correct, counts.predicted)} (${counts.correct}/${counts.predicted})`.padEnd(15);
const recall = (counts: Counts) => `${ratio(counts.found, counts.gold)} (${counts.found}/${counts.gold})`.padEnd(15);

/**
 * Prints, per split, rows (pairs, facts, "not reported") and differences per type for each engine.
 * `errorsOf` names a split whose current-engine errors are listed: dev while tuning; test only after its
 * figures are recorded.
 */
export async function printRealCoverage(errorsOf: Split | null): Promise<void> {
  const labelled = loadRealCoverage();
  if (labelled.length === 0) {
    console.log('Blind real coverage: skipped (no labelled story or ../shared/eval not found)');
    return;
  }
  const baseline = await loadEngineAt(BASELINE_COMMIT);
  const engines: Engine[] = [{ version: current.ENGINE_VERSION, analyzeStory: current.analyzeStory }, ...(baseline ? [baseline] : [])];
  console.log(`Blind real coverage (data/fixtures/real-coverage: ${labelled.length} stories labelled from the texts alone and reviewed a second time)`);
  if (!baseline) console.log(`  (engine at ${BASELINE_COMMIT} not available: git history missing)`);
  for (const split of ['dev', 'test'] as const) {
    const scores = engines.map((engine) => ({ engine, scores: scoreRealCoverage(engine, split) }));
    const first = scores[0] as { scores: RealCoverageScores };
    console.log(`\n  ${split.toUpperCase()} (${first.scores.stories} stories)${''.padEnd(22)}${scores.map(({ engine }) => `engine ${engine.version}`.padEnd(32)).join('')}`);
    const line = (label: string, cell: (s: RealCoverageScores) => string) => console.log(`  ${label.padEnd(40)}${scores.map(({ scores: s }) => cell(s).padEnd(32)).join('')}`);
    line('cross-outlet sentence pairs  precision', (s) => precision(s.pairs));
    line('                             recall', (s) => recall(s.pairs));
    line('facts of 2+ outlets with 2 in one row', (s) => recall(s.facts));
    line('"not reported" cells correct (on facts)', (s) => precision(s.notReported));
    line('"possibly reported": sentence states it', (s) => precision(s.possiblyReported));
    line('  on rows of a one-outlet fact (wrong)', (s) => String(s.possiblyOffFacts));
    console.log(`  differences (gold count)                ${scores.map(() => 'precision       recall         ').join(' ')}`);
    for (const type of TYPES) {
      const gold = (first.scores.byType.get(type) as Counts).gold;
      line(`  ${type} (${gold})`, (s) => `${precision(s.byType.get(type) as Counts)} ${recall(s.byType.get(type) as Counts)}`);
    }
    line('  all types: precision', (s) => precision(overall(s.byType, TYPES)));
    line(`  ${RECALL_TYPES.length} types above framing: recall`, (s) => recall(overall(s.byType, RECALL_TYPES)));
    if (errorsOf === split) for (const error of first.scores.errors) console.log(`    ${error}`);
  }
}
