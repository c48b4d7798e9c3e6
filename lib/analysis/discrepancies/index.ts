import type { Discrepancy, Mention, Variant } from '../types';
import { attributionDetector } from './attribution';
import { contradictionDetector } from './contradiction';
import { framingDetector } from './framing';
import { hedgingDetector } from './hedging';
import { loadedWordsDetector } from './loaded-words';
import type { Detector, MentionView, Reading } from './mention-view';
import { numberDetector } from './number';
import { quoteDetector } from './quote';
import { scopeDetector } from './scope';
import { timingDetector } from './timing';

export type { MentionView } from './mention-view';

/** Every detector, in the order their findings are listed. */
const DETECTORS: readonly Detector[] = [
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
 * Where the outlets that report a claim differ, one record per kind of difference. Each outlet is
 * represented by its first mention of the claim. A detector reads one aspect of every mention; when
 * two outlets' readings differ in substance, the record lists every outlet with a reading, its words
 * and their spans. Differences of form only (quotation marks, number formatting, equivalent times)
 * read the same and raise nothing.
 */
export function findDiscrepancies(mentions: readonly MentionView[], variants: readonly Variant[]): Discrepancy[] {
  const firstPerArticle = mentions.filter((mention, index) => mentions.findIndex((other) => other.articleId === mention.articleId) === index);
  if (firstPerArticle.length < 2) return [];
  const found: Discrepancy[] = [];
  for (const detector of DETECTORS) {
    const readings = firstPerArticle
      .map((mention) => ({ mention, reading: detector.read(mention) }))
      .filter((entry): entry is { mention: MentionView; reading: Reading } => entry.reading !== null);
    const involved = new Set<number>();
    for (let i = 0; i < readings.length; i++) {
      for (let j = i + 1; j < readings.length; j++) {
        if (detector.differ((readings[i] as { reading: Reading }).reading, (readings[j] as { reading: Reading }).reading)) {
          involved.add(i).add(j);
        }
      }
    }
    if (involved.size === 0) continue;
    const parts = readings.filter((_, index) => involved.has(index));
    found.push({
      type: detector.type,
      articleIds: parts.map(({ mention }) => mention.articleId),
      values: Object.fromEntries(parts.map(({ mention, reading }) => [mention.articleId, reading.value])),
      spans: Object.fromEntries(parts.map(({ mention, reading }) => [mention.articleId, reading.spans])),
      explanation: detector.explain(parts.map(({ mention, reading }) => ({ outlet: mention.outlet, reading }))),
    });
  }
  found.push(...spellingDiscrepancies(firstPerArticle, variants));
  return found;
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

/** The view a detector needs of a mention. */
export function mentionView(mention: Mention, outlet: string | null): MentionView {
  return { articleId: mention.articleId, outlet: outlet ?? mention.articleId, text: mention.text, start: mention.start };
}
