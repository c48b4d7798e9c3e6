import type { Discrepancy, Mention, Variant } from '../types';
import { attributionDetector } from './attribution';
import { contradictionDetector } from './contradiction';
import { framingDetector } from './framing';
import { hedgingDetector } from './hedging';
import { loadedWordsDetector } from './loaded-words';
import type { Detector, MentionView, Reading, Verdict } from './mention-view';
import { numberDetector } from './number';
import { quoteDetector } from './quote';
import { scopeDetector } from './scope';
import { timingDetector } from './timing';

export type { MentionView } from './mention-view';

/** Every detector, in the order their findings are listed. */
// Each detector reads its own typed reading; here they are handled alike, through the base reading.
const DETECTORS: readonly Detector<Reading>[] = [
  numberDetector,
  timingDetector,
  attributionDetector,
  hedgingDetector,
  quoteDetector,
  scopeDetector,
  framingDetector,
  loadedWordsDetector,
  contradictionDetector,
];

/**
 * Where the outlets that report a claim differ, one record per kind of difference. An outlet's version of
 * the claim is all its mentions in it: two outlets differ only when no mention of one reads the same as a
 * mention of the other, and never where the detector is unsure of any pair. The record lists every outlet
 * in such a difference, with the words of its first reading and their spans. Differences of form only
 * (quotation marks, number formatting, equivalent times) read the same and raise nothing. `sameFact` says
 * whether two mentions (indexes into `mentions`) state one fact: a pair that may not is never compared.
 */
export function findDiscrepancies(mentions: readonly MentionView[], variants: readonly Variant[], sameFact: (a: number, b: number) => boolean = () => true): Discrepancy[] {
  const articleIds = [...new Set(mentions.map((mention) => mention.articleId))];
  if (articleIds.length < 2) return [];
  const found: Discrepancy[] = [];
  for (const detector of DETECTORS) {
    const outlets = articleIds
      .map((articleId) => {
        const own = mentions.flatMap((mention, index) => (mention.articleId === articleId ? [index] : []));
        const readings = own.flatMap((index) => {
          const reading = detector.read(mentions[index] as MentionView);
          return reading === null ? [] : [{ reading, index }];
        });
        return { articleId, outlet: (mentions[own[0] as number] as MentionView).outlet, readings };
      })
      .filter((entry) => entry.readings.length > 0);
    const involved = new Set<number>();
    for (let i = 0; i < outlets.length; i++) {
      for (let j = i + 1; j < outlets.length; j++) {
        if (outletVerdict(detector, (outlets[i] as Outlet).readings, (outlets[j] as Outlet).readings, sameFact) === 'differ') involved.add(i).add(j);
      }
    }
    if (involved.size === 0) continue;
    const parts = outlets.filter((_, index) => involved.has(index)).map(({ articleId, outlet, readings }) => ({ articleId, outlet, reading: (readings[0] as Indexed).reading }));
    found.push({
      type: detector.type,
      articleIds: parts.map(({ articleId }) => articleId),
      values: Object.fromEntries(parts.map(({ articleId, reading }) => [articleId, reading.value])),
      spans: Object.fromEntries(parts.map(({ articleId, reading }) => [articleId, reading.spans])),
      explanation: detector.explain(parts),
    });
  }
  found.push(...spellingDiscrepancies(mentions, variants));
  return found;
}

interface Indexed {
  reading: Reading;
  index: number;
}

interface Outlet {
  readings: Indexed[];
}

/** Two outlets' versions: the same if any two readings agree, unsure if any pair is, else different. */
function outletVerdict(detector: Detector<Reading>, a: readonly Indexed[], b: readonly Indexed[], sameFact: (a: number, b: number) => boolean): Verdict {
  let verdict: Verdict = 'differ';
  for (const left of a) {
    for (const right of b) {
      // Only a difference needs the pair to state one fact (and only then is that asked: it costs a model run).
      const compared = detector.compare(left.reading, right.reading);
      const pair = compared === 'differ' && !sameFact(left.index, right.index) ? 'unsure' : compared;
      if (pair === 'same') return 'same';
      if (pair === 'unsure') verdict = 'unsure';
    }
  }
  return verdict;
}

/** Seed: "staff working in Kyiv" (ITV News) vs "its embassy in Kiev" (The Sun). */
function spellingDiscrepancies(mentions: readonly MentionView[], variants: readonly Variant[]): Discrepancy[] {
  const inClaim = (articleId: string, [start, end]: [number, number]) =>
    mentions.some((mention) => mention.articleId === articleId && mention.start <= start && end <= mention.start + mention.text.length);
  return variants.flatMap((variant) => {
    const used = Object.entries(variant.forms)
      .map(([articleId, forms]) => ({ articleId, forms: forms.map((form) => ({ ...form, spans: form.spans.filter((span) => inClaim(articleId, span)) })).filter((form) => form.spans.length > 0) }))
      .filter((entry) => entry.forms.length > 0);
    if (new Set(used.flatMap((entry) => entry.forms.map((form) => form.form))).size < 2 || used.length < 2) return [];
    const outletOf = (articleId: string) => mentions.find((mention) => mention.articleId === articleId)?.outlet ?? articleId;
    return [
      {
        type: 'spelling' as const,
        articleIds: used.map((entry) => entry.articleId),
        values: Object.fromEntries(used.map((entry) => [entry.articleId, entry.forms.map((form) => form.form).join(', ')])),
        spans: Object.fromEntries(used.map((entry) => [entry.articleId, entry.forms.flatMap((form) => form.spans)])),
        explanation: `The outlets spell ${variant.canonical} differently: ${used.map((entry) => `${outletOf(entry.articleId)} writes “${entry.forms.map((form) => form.form).join('”, “')}”`).join('; ')}.`,
      },
    ];
  });
}

/** The view a detector needs of a mention; `articleText` gives the sentence before it. */
export function mentionView(mention: Mention, outlet: string | null, articleText: string, published: string | null = null): MentionView {
  return { articleId: mention.articleId, outlet: outlet ?? mention.articleId, text: mention.text, start: mention.start, previous: sentenceBefore(articleText, mention.start), published };
}

/** The sentence that ends before `offset` (up to 400 characters of it). */
function sentenceBefore(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 400), offset).trimEnd();
  const boundary = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('\n', before.length - 2));
  return before.slice(boundary + 1).trim();
}
