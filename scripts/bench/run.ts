// npm run bench — engine speed and memory on the seeds and on stories of 10–300 real articles, with
// the bare tokenizer's time on the same text in the same run. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from '../eval/shared-data';
import { hasBenchData } from './corpus';

interface Measurement {
  size: string;
  articles: number;
  characters: number;
  tokens: number;
  claims: number;
  aligned: number;
  analyzeMs: number;
  analyzeCpuMs: number;
  tokenizeMs: number;
  peakRssMb: number;
}

// html-86k: one 1.98 MB HTML article of 86,000 short paragraphs (corpus.ts), the page that once froze the server.
const sizes = hasBenchData() ? ['seeds', '10', '20', '30', '60', '100', '150', '200', '300', 'html-86k'] : ['seeds', 'html-86k'];
if (!hasBenchData()) console.log('(../shared/eval not found: only the seeds are measured)');

const tsx = path.join(repoRoot, 'node_modules', '.bin', 'tsx');
const measure = (size: string, ...engine: string[]) =>
  JSON.parse(execFileSync(tsx, [path.join(repoRoot, 'scripts', 'bench', 'measure.ts'), size, ...engine], { cwd: repoRoot, encoding: 'utf8' })) as Measurement;
// Each size is measured with the current engine and then with engine 0.3.33, one after the other, so
// that both meet the same load on this noisy machine (`--no-baseline` skips the second).
const withBaseline = !process.argv.includes('--no-baseline');
// (Not html-86k: engine 0.3.33's ingestion took 18 minutes over it, the reason it is measured.)
const pairs = sizes.map((size) => ({ current: measure(size), baseline: withBaseline && size !== 'html-86k' ? measure(size, 'baseline') : null }));
const results: Measurement[] = pairs.map((pair) => pair.current);

const fixed = (value: number, digits = 0) => value.toFixed(digits);
// CPU time counts every thread of the process (the garbage collector's helpers too); beside the wall
// time it shows how far other work on the machine slowed a run.
console.log('story     articles   tokens  claims aligned  analyze ms  (cpu ms)  tokens/s   bare tokenize ms  analyze/bare  peak RSS MB');
for (const row of results) {
  console.log(
    `${row.size.padEnd(9)} ${String(row.articles).padStart(8)} ${String(row.tokens).padStart(8)} ${String(row.claims).padStart(7)} ${String(row.aligned).padStart(7)} ${fixed(row.analyzeMs).padStart(11)} ${fixed(row.analyzeCpuMs).padStart(9)} ${fixed(row.tokens / (row.analyzeMs / 1000)).padStart(9)} ${fixed(row.tokenizeMs).padStart(18)} ${fixed(row.analyzeMs / row.tokenizeMs, 2).padStart(13)} ${fixed(row.peakRssMb).padStart(12)}`,
  );
}
const byArticles = new Map(results.map((row) => [row.articles, row]));
// The stories' articles differ in length, so doubling the articles does not exactly double the text:
// time per token says how far the cost grows faster than the text (1.00 = linear).
console.log('\nscaling: time(2n)/time(n) for twice the articles, beside how much the text grew and the time per token:');
for (const row of results) {
  const half = byArticles.get(row.articles / 2);
  if (half && row.size !== 'seeds') console.log(`  time(${row.articles})/time(${half.articles}) = ${fixed(row.analyzeMs / half.analyzeMs, 2)}   (tokens ×${fixed(row.tokens / half.tokens, 2)}, time per token ×${fixed(row.analyzeMs / row.tokens / (half.analyzeMs / half.tokens), 2)})`);
}

if (withBaseline) {
  console.log('\nbeside engine 0.3.33 (same sizes, measured right after): time per token now / then');
  for (const { current, baseline } of pairs) {
    if (baseline) console.log(`  ${current.size.padEnd(7)} ${fixed(current.analyzeMs)} ms / ${fixed(baseline.analyzeMs)} ms = ${fixed(current.analyzeMs / current.tokens / (baseline.analyzeMs / baseline.tokens), 2)}`);
  }
}
