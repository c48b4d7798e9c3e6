import { findDiscrepancies, mentionView } from './discrepancies';
import { claimId } from './ids';
import { summarize } from './summary';
import type { Claim, Discrepancy, DiscrepancyType, Mention, PossibleMention, StoryAnalysis } from './types';
import { variantLocator } from './variants';

/**
 * A mention named by its article and exact words rather than its offsets or its claim's id, so a
 * correction still finds it after the story is analysed again.
 */
export interface MentionRef {
  articleId: string;
  text: string;
}

/** What a person changed in the engine's result. */
export type CorrectionChange =
  | { kind: 'merge'; into: MentionRef; from: MentionRef }
  | { kind: 'split'; mentions: MentionRef[] }
  | { kind: 'move'; mention: MentionRef; to: MentionRef }
  | { kind: 'dismiss'; claim: MentionRef; type: DiscrepancyType }
  | { kind: 'add'; claim: MentionRef; type: DiscrepancyType; articleIds: string[]; explanation: string };

export interface Correction {
  id: number;
  change: CorrectionChange;
}

export interface CorrectedAnalysis {
  analysis: StoryAnalysis;
  /** Claims a correction changed, by their final ids. */
  edited: Set<string>;
  /** Corrections that found what they refer to (the others no longer apply, e.g. after an article was removed). */
  applied: Set<number>;
}

interface Working {
  id: string;
  mentions: Mention[];
  discrepancies: Discrepancy[];
  replaces: Set<string>;
  variants: Claim['variants'];
  possibleMentions: PossibleMention[];
  summary: string;
  recompute: boolean;
  dismissed: Set<string>;
  added: Discrepancy[];
  edited: boolean;
}

const sameMention = (mention: Mention, ref: MentionRef) => mention.articleId === ref.articleId && mention.text === ref.text;

/**
 * Applies people's corrections to the engine's result, oldest first: merge two claims, split mentions
 * off into a claim of their own, move a mention to another claim, dismiss a discrepancy or add one the
 * engine missed. Claims whose mentions changed get their discrepancies and variants recomputed by the
 * engine's own rules; a merged or emptied claim's id is listed in `replaces` so its links redirect.
 * Pure and deterministic, like the rest of the engine.
 */
export function applyCorrections(result: StoryAnalysis, corrections: readonly Correction[], outlets: ReadonlyMap<string, string | null>): CorrectedAnalysis {
  const order = new Map(result.articles.map((article, index) => [article.id, index]));
  const byPosition = (a: Mention, b: Mention) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) || a.start - b.start;
  let claims: Working[] = result.claims.map((claim) => ({
    ...claim,
    possibleMentions: claim.possibleMentions ?? [],
    replaces: new Set(claim.replaces),
    recompute: false,
    dismissed: new Set<string>(),
    added: [],
    edited: false,
  }));
  const usedIds = new Set(claims.map((claim) => claim.id));
  const find = (ref: MentionRef) => claims.find((claim) => claim.mentions.some((mention) => sameMention(mention, ref)));
  const applied = new Set<number>();

  for (const { id, change } of [...corrections].sort((a, b) => a.id - b.id)) {
    switch (change.kind) {
      case 'merge': {
        const into = find(change.into);
        const from = find(change.from);
        if (!into || !from || into === from) continue;
        into.mentions = [...into.mentions, ...from.mentions].sort(byPosition);
        into.replaces = new Set([...into.replaces, ...from.replaces, from.id]);
        into.possibleMentions = [...into.possibleMentions, ...from.possibleMentions];
        Object.assign(into, { recompute: true, edited: true });
        claims = claims.filter((claim) => claim !== from);
        break;
      }
      case 'split': {
        const moving = claims.flatMap((claim) => claim.mentions.filter((mention) => change.mentions.some((ref) => sameMention(mention, ref))));
        const sources = new Set(claims.filter((claim) => claim.mentions.some((mention) => moving.includes(mention))));
        if (moving.length === 0 || (sources.size === 1 && [...sources][0]!.mentions.length === moving.length)) continue;
        for (const source of sources) Object.assign(source, { mentions: source.mentions.filter((mention) => !moving.includes(mention)), recompute: true, edited: true });
        const mentions = moving.sort(byPosition);
        const anchor = mentions[0]!;
        let newId = claimId(anchor.articleId, anchor.text);
        for (let suffix = 2; usedIds.has(newId); suffix++) newId = `${claimId(anchor.articleId, anchor.text)}-${suffix}`;
        usedIds.add(newId);
        claims.push({ id: newId, mentions, discrepancies: [], replaces: new Set(), variants: [], possibleMentions: [], summary: '', recompute: true, dismissed: new Set(), added: [], edited: true });
        claims = claims.filter((claim) => claim.mentions.length > 0);
        break;
      }
      case 'move': {
        const from = find(change.mention);
        const to = find(change.to);
        if (!from || !to || from === to) continue;
        const mention = from.mentions.find((candidate) => sameMention(candidate, change.mention))!;
        from.mentions = from.mentions.filter((candidate) => candidate !== mention);
        to.mentions = [...to.mentions, mention].sort(byPosition);
        Object.assign(from, { recompute: true, edited: true });
        Object.assign(to, { recompute: true, edited: true });
        if (from.mentions.length === 0) {
          to.replaces.add(from.id);
          claims = claims.filter((claim) => claim !== from);
        }
        break;
      }
      case 'dismiss': {
        const claim = find(change.claim);
        if (!claim) continue;
        Object.assign(claim, { edited: true });
        claim.dismissed.add(change.type);
        break;
      }
      case 'add': {
        const claim = find(change.claim);
        if (!claim) continue;
        const articleIds = change.articleIds.filter((articleId) => claim.mentions.some((mention) => mention.articleId === articleId));
        const values = Object.fromEntries(articleIds.map((articleId) => [articleId, claim.mentions.find((mention) => mention.articleId === articleId)!.text]));
        claim.added.push({ type: change.type, articleIds, values, spans: {}, explanation: change.explanation });
        Object.assign(claim, { edited: true });
        break;
      }
    }
    applied.add(id);
  }

  const locate = variantLocator(result.variants);
  const textOf = new Map(result.articles.map((article) => [article.id, article.text]));
  const finished: Claim[] = claims
    .sort((a, b) => byPosition(a.mentions[0]!, b.mentions[0]!))
    .map((claim) => {
      const discrepancies = claim.recompute
        ? findDiscrepancies(
            claim.mentions.map((mention) => mentionView(mention, outlets.get(mention.articleId) ?? null, textOf.get(mention.articleId) ?? '')),
            locate(claim.mentions),
          )
        : claim.discrepancies;
      return {
        id: claim.id,
        summary: claim.recompute ? summarize(claim.mentions) : claim.summary,
        mentions: claim.mentions,
        discrepancies: [...discrepancies.filter((discrepancy) => !claim.dismissed.has(discrepancy.type)), ...claim.added],
        variants: claim.recompute ? locate(claim.mentions) : claim.variants,
        replaces: [...claim.replaces].filter((old) => old !== claim.id),
        possibleMentions: possibleAfterCorrections(claim),
      };
    });
  return {
    analysis: { ...result, claims: finished },
    edited: new Set(claims.filter((claim) => claim.edited).map((claim) => claim.id)),
    applied,
  };
}

/**
 * A corrected claim's possible mentions: one per outlet that still has no mention in it (a merge brings
 * both claims' candidates; a mention moved in settles its outlet).
 */
function possibleAfterCorrections(claim: Working): PossibleMention[] {
  const present = new Set(claim.mentions.map((mention) => mention.articleId));
  const seen = new Set<string>();
  return claim.possibleMentions.filter((mention) => {
    if (present.has(mention.articleId) || seen.has(mention.articleId)) return false;
    seen.add(mention.articleId);
    return true;
  });
}
