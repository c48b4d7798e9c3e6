import type { DiscrepancyType } from '@/lib/analysis/types';
import { discrepancyAsk } from '@/lib/reader/discrepancy-types';
import type { StoryDigest } from '@/lib/reader/story-digest';
import { GUIDE_EXAMPLES } from './guide-examples';

/** The four parts of a 45-minute lesson, in minutes. */
export const PLAN_MINUTES = { warmUp: 5, worksheet: 20, discussion: 15, wrapUp: 5 } as const;

/** At most this many discussion prompts: fifteen minutes hold three or four good conversations. */
export const MAX_PROMPTS = 4;

/** A discussion prompt built from one of the story's differences, or from a claim only some outlets report. */
export interface DiscussionPrompt {
  kind: DiscrepancyType | 'omission';
  claimId: string;
  /** The claim's words. */
  summary: string;
  /** What differs, in the outlets' words ("ITV News credits “officials”; The Sun credits “the BBC”."). */
  example: string;
  /** The question to put to the class. */
  ask: string;
}

const OMISSION_ASK = (GUIDE_EXAMPLES.find((example) => example.type === 'omission') as { ask: string }).ask;

/**
 * The discussion prompts of a story's lesson plan: one per kind of difference the story shows, the kinds the
 * worksheet asks about first (the class has just looked for them), then in the legend's order; and, when
 * some claims are reported by only some outlets, one on what was left out, last. At most MAX_PROMPTS.
 */
export function discussionPrompts(digest: StoryDigest, worksheetKinds: readonly DiscrepancyType[]): DiscussionPrompt[] {
  const asked = new Set(worksheetKinds);
  const kinds = [...digest.differences].sort((a, b) => Number(asked.has(b.type)) - Number(asked.has(a.type)));
  const omission = digest.partial.claims[0];
  const room = omission ? MAX_PROMPTS - 1 : MAX_PROMPTS;
  const prompts: DiscussionPrompt[] = kinds.slice(0, room).flatMap(({ type, claims }) => {
    const claim = claims[0];
    return claim ? [{ kind: type, claimId: claim.id, summary: claim.summary, example: claim.explanation, ask: discrepancyAsk(type) }] : [];
  });
  if (omission) {
    const example = `${list(omission.reportedBy)} ${omission.reportedBy.length === 1 ? 'reports' : 'report'} it; ${list(omission.notBy)} ${omission.notBy.length === 1 ? 'does' : 'do'} not.`;
    prompts.push({ kind: 'omission', claimId: omission.id, summary: omission.summary, example, ask: OMISSION_ASK });
  }
  return prompts;
}

function list(names: readonly string[]): string {
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}
