import type { CorrectionChange, MentionRef } from '@/lib/analysis/corrections';
import { discrepancyLabel } from './discrepancy-types';

function refs(change: CorrectionChange): MentionRef[] {
  switch (change.kind) {
    case 'merge':
      return [change.into, change.from];
    case 'split':
      return change.mentions;
    case 'move':
      return [change.mention, change.to];
    case 'dismiss':
    case 'add':
      return [change.claim];
  }
}

/** Whether a correction concerns a claim with these mentions. */
export function touches(change: CorrectionChange, mentions: readonly MentionRef[]): boolean {
  return refs(change).some((ref) => mentions.some((mention) => mention.articleId === ref.articleId && mention.text === ref.text));
}

function quote(ref: MentionRef): string {
  const words = ref.text.replace(/\s+/g, ' ').trim();
  return `“${words.length > 70 ? `${words.slice(0, 69).trimEnd()}…` : words}”`;
}

/** A correction in one plain sentence, naming outlets rather than ids. */
export function describeCorrection(change: CorrectionChange, outletName: (articleId: string) => string): string {
  switch (change.kind) {
    case 'merge':
      return `Merged ${outletName(change.from.articleId)}’s ${quote(change.from)} into the claim of ${outletName(change.into.articleId)}’s ${quote(change.into)}.`;
    case 'split':
      return `Split ${change.mentions.map((ref) => `${outletName(ref.articleId)}’s ${quote(ref)}`).join(' and ')} off into a claim of its own.`;
    case 'move':
      return `Moved ${outletName(change.mention.articleId)}’s ${quote(change.mention)} to the claim of ${quote(change.to)}.`;
    case 'dismiss':
      return `Dismissed the ${discrepancyLabel(change.type)} difference.`;
    case 'add':
      return `Marked a ${discrepancyLabel(change.type)} difference the analysis missed: ${change.explanation}`;
  }
}
