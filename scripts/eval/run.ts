// npm run eval — the engine's figures side by side with a TF-IDF cosine baseline, in one run.
// `--only=real` prints only the blind real-coverage section (quick, for tuning on its dev split).
import { printRealCoverage } from './print-real-coverage';
import { evaluateDiscrepancies, evaluateHeldOutDiscrepancies, type DiscrepancyTable } from './discrepancies';
import { evaluateEcbPlus } from './ecbplus';
import { printEventGroups } from './event-groups';
import { evaluateMsrp, msrpTfidfBaseline } from './msrp';
import { evaluateSeeds } from './seeds';
import { TfidfModel } from './tfidf';
import { evaluateWire } from './wire';

const errorsArg = process.argv.find((arg) => arg.startsWith('--errors='))?.slice('--errors='.length);
await printRealCoverage(errorsArg === 'dev' || errorsArg === 'test' ? errorsArg : null);
if (process.argv.includes('--only=real')) process.exit(0);
console.log('');

const pct = (value: number) => (100 * value).toFixed(1).padStart(5);

const msrp = evaluateMsrp();
if (!msrp) {
  console.log('MSRP: skipped (../shared/eval/msrp not found)');
} else {
  console.log(`MSRP test (${msrp.pairs} pairs)                 accuracy    F1   precision recall`);
  for (const [name, scores] of [
    ['Parallax pair model', msrp.engine],
    ['Parallax full pipeline (2 articles)', msrp.engineAsStories],
    [`TF-IDF cosine (threshold ${msrp.tfidf.threshold.toFixed(3)})`, msrp.tfidf],
  ] as const) {
    console.log(`  ${name.padEnd(38)} ${pct(scores.accuracy)}  ${pct(scores.f1)}  ${pct(scores.precision)}  ${pct(scores.recall)}`);
  }
}

// The seeds: the TF-IDF baseline uses MSRP's IDF and threshold when MSRP is present.
const baseline = msrpTfidfBaseline() ?? { model: new TfidfModel([]), threshold: 0.5 };
const seeds = evaluateSeeds(baseline.model, baseline.threshold);
console.log('\nSeed story vs data/fixtures/seed-alignment.json (cross-outlet pairs)   precision recall  F1');
for (const [name, scores] of [['Parallax', seeds.engine], ['TF-IDF cosine', seeds.tfidf]] as const) {
  console.log(`  ${name.padEnd(66)} ${pct(scores.precision)}  ${pct(scores.recall)}  ${pct(scores.f1)}   (${scores.predictedPairs} predicted, ${scores.goldPairs} gold pairs)`);
}
console.log(`  claims reported by 2+ outlets: ${seeds.multiOutletClaims}; boilerplate mentions in them: ${seeds.boilerplateInMultiOutletClaims}`);
console.log(`  look-alike events aligned: ${seeds.lookAlikesAligned.length === 0 ? 'none' : seeds.lookAlikesAligned.join('; ')}`);
if (process.argv.includes('--verbose')) {
  for (const pair of seeds.missed) console.log(`  missed: ${pair}`);
  for (const pair of seeds.wrong) console.log(`  wrong:  ${pair}`);
}

// `--train` scores the train topics instead: that is the split to tune alignment settings on.
const split = process.argv.includes('--train') ? 'train' : 'test';
const ecb = evaluateEcbPlus(split);
if (!ecb) {
  console.log('\nECB+: skipped (../shared/eval/ecbplus not found)');
} else {
  const topics = split === 'test' ? 'test topics 36–45' : 'TRAIN topics 1–35';
  console.log(`\nECB+ ${topics} (${ecb.stories} stories, ${ecb.sentences} annotated sentences; pairs across articles)   precision recall  F1`);
  for (const [name, scores] of [['Parallax', ecb.engine], [`TF-IDF cosine (threshold ${ecb.tfidf.threshold.toFixed(3)})`, ecb.tfidf]] as const) {
    console.log(`  ${name.padEnd(66)} ${pct(scores.precision)}  ${pct(scores.recall)}  ${pct(scores.f1)}   (${scores.predictedPairs} predicted, ${scores.goldPairs} gold pairs)`);
  }
  // Read the figures with this in mind, or the comparison misleads.
  console.log('  (ECB+ pairs two sentences that mention one event in any way — most pairs of a story; Parallax pairs two sentences');
  console.log('   that state the same fact, so its recall here is low by design and its precision is the figure to watch)');
}

const wire = evaluateWire();
if (!wire) {
  console.log('\nWire copy: skipped (../shared/eval/ecbplus not found)');
} else {
  console.log(`\nWire copy, ECB+ test topics (${wire.stories} stories, ${wire.articles} articles) vs data/fixtures/wire-groups.json   precision recall  F1`);
  console.log(`  ${'same-source article pairs'.padEnd(66)} ${pct(wire.scores.precision)}  ${pct(wire.scores.recall)}  ${pct(wire.scores.f1)}   (${wire.scores.predictedPairs} predicted, ${wire.scores.goldPairs} gold pairs)`);
  if (process.argv.includes('--verbose')) {
    for (const pair of wire.missed) console.log(`  missed: ${pair}`);
    for (const pair of wire.wrong) console.log(`  wrong:  ${pair}`);
  }
}

function printTable(table: DiscrepancyTable): void {
  for (const row of table.scores) {
    const rate = row.examples > 0 ? pct(row.detected / row.examples) : '    –';
    const other = `${row.unlabelledRaised} of ${row.unlabelled}`;
    console.log(`  ${row.type.padEnd(54)} ${String(row.examples).padStart(8)} ${String(row.detected).padStart(8)} ${rate}   ${String(row.controls).padStart(8)} ${String(row.forbiddenRaised).padStart(13)}   ${other.padStart(11)}`);
  }
  console.log(`  form-only controls: ${table.formOnlyControls}, raising anything: ${table.formOnlyRaised}`);
}

console.log('\nDiscrepancies (data/fixtures/discrepancy-examples.json)   examples detected  rate   controls raised-anyway   other pairs raising it');
printTable(evaluateDiscrepancies());
for (const batch of [1, 2, 3] as const) {
  const heldOut = evaluateHeldOutDiscrepancies(batch);
  if (!heldOut) {
    console.log('\nHeld-out discrepancies: skipped (../shared/eval/allsides not found)');
    break;
  }
  const note = [
    'measured once, then every detector but quote was changed',
    'labelled after the first four changes: held out for spelling, number, quote and contradiction',
    'labelled last: held out for every type',
  ][batch - 1];
  console.log(`\nReal AllSides pairs, batch ${batch} (${heldOut.pairs} pairs; ${note})`);
  console.log(`  ${''.padEnd(54)} examples detected  rate   controls raised-anyway   other pairs raising it`);
  printTable(heldOut);
}

printEventGroups();
