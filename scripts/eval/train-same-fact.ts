// Fits the alignment's same-fact model (lib/analysis/models/same-fact-model.ts) on the DEV split of the blind
// real-coverage set only: every pair of claims of two outlets of one story, positive when both state one
// labelled fact. A logistic regression over what the alignment already reads of a pair (its signals, the
// paraphrase and event probabilities, its overlap weighed by the story, its anchors): the two pair models were
// fitted on other tasks (MSRP paraphrases, ECB+ events), and within a story of independently written
// coverage they rank same-fact pairs poorly. Before the final fit the model is cross-validated by story (four
// folds), beside the strength it replaces; the test split is never read here.
//   npm run train:same-fact
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { alignableClaims } from '@/lib/analysis';
import { pairScores, sameFactSignals } from '@/lib/analysis/align';
import { logistic, PAIR_FEATURE_NAMES } from '@/lib/analysis/similarity';
import { storyContext } from '@/lib/analysis/story-context';
import { loadRealCoverage } from './real-coverage';
import { repoRoot } from './shared-data';

interface Row {
  x: number[];
  y: 0 | 1;
  story: number;
  /** The strength the model replaces: the mean of the two probabilities plus the anchors. */
  before: number;
}

const FEATURE_NAMES = [...PAIR_FEATURE_NAMES, 'paraphrase', 'event', 'storyOverlap', 'anchors', 'fewerTerms'];
const FIT = { iterations: 3000, learningRate: 0.5, l2: 1 };

function pairRows(): Row[] {
  const rows: Row[] = [];
  const stories = loadRealCoverage().filter(({ gold }) => gold.split === 'dev');
  stories.forEach(({ story, gold }, storyIndex) => {
    const claims = alignableClaims(story);
    const facts = claims.map(
      (claim) => new Set(gold.facts.filter((fact) => fact.mentions.some((mention) => mention.articleId === claim.articleId && Math.min(mention.end, claim.span.end) > Math.max(mention.start, claim.span.start))).map((fact) => fact.id)),
    );
    const context = storyContext(claims);
    for (let i = 0; i < claims.length; i++) {
      for (let j = i + 1; j < claims.length; j++) {
        const [a, b] = [claims[i] as (typeof claims)[number], claims[j] as (typeof claims)[number]];
        if (a.article === b.article) continue;
        const scores = pairScores(a.features, b.features, context);
        const same = [...(facts[i] as Set<string>)].some((fact) => (facts[j] as Set<string>).has(fact));
        rows.push({ x: sameFactSignals(scores), y: same ? 1 : 0, story: storyIndex, before: (scores.paraphrase + scores.event) / 2 + scores.anchors });
      }
    }
  });
  return rows;
}

/** Logistic regression by gradient descent on standardised features; weights returned for raw features. */
function fit(rows: readonly Row[]): { bias: number; weights: number[] } {
  const width = (rows[0] as Row).x.length;
  const mean = new Array<number>(width).fill(0);
  const spread = new Array<number>(width).fill(0);
  for (const row of rows) row.x.forEach((value, index) => (mean[index] = (mean[index] as number) + value / rows.length));
  for (const row of rows) row.x.forEach((value, index) => (spread[index] = (spread[index] as number) + (value - (mean[index] as number)) ** 2 / rows.length));
  const scale = spread.map((variance) => (variance > 1e-12 ? Math.sqrt(variance) : 0));
  const z = rows.map((row) => row.x.map((value, index) => ((scale[index] as number) > 0 ? (value - (mean[index] as number)) / (scale[index] as number) : 0)));
  const weights = new Array<number>(width).fill(0);
  let bias = 0;
  for (let iteration = 0; iteration < FIT.iterations; iteration++) {
    const gradient = new Array<number>(width).fill(0);
    let biasGradient = 0;
    z.forEach((x, index) => {
      const error = logistic(x, weights, bias) - (rows[index] as Row).y;
      biasGradient += error;
      x.forEach((value, feature) => (gradient[feature] = (gradient[feature] as number) + error * value));
    });
    for (let feature = 0; feature < width; feature++) {
      weights[feature] = (weights[feature] as number) - (FIT.learningRate * ((gradient[feature] as number) + FIT.l2 * (weights[feature] as number))) / rows.length;
    }
    bias -= (FIT.learningRate * biasGradient) / rows.length;
  }
  const raw = weights.map((weight, index) => ((scale[index] as number) > 0 ? weight / (scale[index] as number) : 0));
  return { bias: bias - raw.reduce((sum, weight, index) => sum + weight * (mean[index] as number), 0), weights: raw };
}

/** Recall of same-fact pairs at the lowest threshold that keeps precision at or above `precision`. */
function recallAtPrecision(scored: readonly { score: number; y: 0 | 1 }[], precision: number): number {
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  const positives = sorted.filter((row) => row.y === 1).length;
  let found = 0;
  let best = 0;
  sorted.forEach((row, index) => {
    found += row.y;
    if (found / (index + 1) >= precision) best = found / positives;
  });
  return best;
}

const rows = pairRows();
const stories = new Set(rows.map((row) => row.story)).size;
const folds = 4;
const held: { score: number; y: 0 | 1 }[] = [];
for (let fold = 0; fold < folds; fold++) {
  const model = fit(rows.filter((row) => row.story % folds !== fold));
  for (const row of rows) if (row.story % folds === fold) held.push({ score: logistic(row.x, model.weights, model.bias), y: row.y });
}
const before = rows.map((row) => ({ score: row.before, y: row.y }));
console.log(`${rows.length} pairs of claims across outlets in ${stories} dev stories, ${rows.filter((row) => row.y === 1).length} of one fact`);
for (const precision of [0.9, 0.8]) {
  console.log(`recall at precision ${precision}: strength it replaces ${recallAtPrecision(before, precision).toFixed(3)}, model held out by story ${recallAtPrecision(held, precision).toFixed(3)}`);
}

const model = fit(rows);
const round = (value: number) => Number(value.toPrecision(6));
const source = `// Generated by \`npm run train:same-fact\` (scripts/eval/train-same-fact.ts); do not edit by hand.
// Do two claims of one story, from two outlets, state the same fact? A logistic regression fitted on the dev split
// of the blind real-coverage set (${rows.length} pairs, ${stories} stories; the test split is never read). Features,
// in order: ${FEATURE_NAMES.join(', ')}.
export const SAME_FACT_MODEL: { bias: number; weights: readonly number[] } = {
  bias: ${round(model.bias)},
  weights: [${model.weights.map(round).join(', ')}],
};
`;
writeFileSync(path.join(repoRoot, 'lib', 'analysis', 'models', 'same-fact-model.ts'), source);
