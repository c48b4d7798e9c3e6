import * as engine from '@/lib/analysis';
import { appArticleId, evaluateSeeds } from './seeds';
import { TfidfModel } from './tfidf';
import { overall, scoreRealCoverage } from './real-coverage';
const f = (c: { predicted: number; correct: number; gold: number; found: number }) => `P ${(c.correct / Math.max(1, c.predicted)).toFixed(2)} (${c.correct}/${c.predicted}) R ${(c.found / Math.max(1, c.gold)).toFixed(2)}`;
const s = scoreRealCoverage(engine as never, 'dev');
console.log('dev pairs', f(s.pairs), 'facts', (s.facts.found / s.facts.gold).toFixed(2), 'notrep', (s.notReported.correct / s.notReported.predicted).toFixed(2), 'diffs', f(overall(s.byType, [...s.byType.keys()])));
for (const [name, idOf] of [['files', undefined], ['app', appArticleId]] as const) {
  const r = evaluateSeeds(new TfidfModel([]), 0.5, idOf);
  console.log('seed', name, r.engine.precision.toFixed(3), r.engine.recall.toFixed(3));
}
