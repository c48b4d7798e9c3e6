import type { PossibleMention } from './possible-mentions';

/**
 * A claim the alignment left on a row of its own joins the row whose fact the same-fact model finds it
 * most likely to state, when that is likely enough. The alignment pairs sentences only on strong,
 * symmetric evidence, so an outlet that states a fact in its own words is often left alone, and its
 * lone row makes the others' rows say "not reported" (on the blind dev split, half the facts two
 * outlets state were never in one row). A lone claim is the cheapest place to be bolder: joining it
 * splits no row and moves no claim another outlet's wording was paired with.
 */
export interface LoneClaimOptions {
  /** Same-fact probability at or above which a lone claim joins a row. */
  threshold: number;
  /**
   * Below this probability a joined claim is tentative: it only comes close to the row's fact, so the
   * row shows it but no difference is read between it and the others.
   */
  comparedFrom: number;
  /**
   * Stories of fewer claims join none: the model weighs a pair by what the rest of its story says, and in a
   * story of a few sentences everything shared looks rare (two one-sentence articles of MSRP were joined
   * wholesale: accuracy 76.1 → 74.2). The smallest story the model was fitted on had 8 claims.
   */
  minStoryClaims: number;
}

export interface JoinedGroups {
  groups: number[][];
  /** The possible mentions of each group that remain (a joined claim is no longer a possible mention of its row). */
  possible: Map<number, PossibleMention[]>;
  /** The claims that joined below `comparedFrom`. */
  tentative: Set<number>;
}

/**
 * Joins lone claims to rows, strongest first (ties to the earlier claim, then the earlier row, so the
 * result depends on the claims alone). A row takes at most one claim per outlet; a lone claim that has
 * taken another claim, or joined a row, stays where it is. Groups keep their indices; a group whose claim
 * left is emptied.
 */
export function joinLoneClaims(
  groups: readonly number[][],
  possible: ReadonlyMap<number, readonly PossibleMention[]>,
  articleOf: (claimId: number) => number,
  { threshold, comparedFrom, minStoryClaims }: LoneClaimOptions,
): JoinedGroups {
  const small = groups.reduce((sum, members) => sum + members.length, 0) < minStoryClaims;
  const joined = groups.map((members) => [...members]);
  const groupOf = new Map<number, number>();
  groups.forEach((members, group) => members.forEach((member) => groupOf.set(member, group)));
  const isLone = (claimId: number) => (joined[groupOf.get(claimId) as number] as number[]).length === 1;

  const offers = [...(small ? [] : possible)].flatMap(([group, mentions]) =>
    mentions.filter((mention) => mention.strength >= threshold && isLone(mention.claimId)).map((mention) => ({ group, ...mention })),
  );
  offers.sort((a, b) => b.strength - a.strength || a.claimId - b.claimId || a.group - b.group);
  const tentative = new Set<number>();
  for (const { group, claimId, strength } of offers) {
    const row = joined[group] as number[];
    // The row is gone (its lone claim joined another), or the claim has since taken or joined another.
    if (row.length === 0 || !isLone(claimId)) continue;
    if (row.some((member) => articleOf(member) === articleOf(claimId))) continue;
    joined[groupOf.get(claimId) as number] = [];
    row.push(claimId);
    groupOf.set(claimId, group);
    if (strength < comparedFrom) tentative.add(claimId);
  }

  const remaining = new Map<number, PossibleMention[]>();
  for (const [group, mentions] of possible) {
    if ((joined[group] as number[]).length === 0) continue;
    const present = new Set((joined[group] as number[]).map(articleOf));
    const left = mentions.filter((mention) => !present.has(articleOf(mention.claimId)));
    if (left.length > 0) remaining.set(group, left);
  }
  return { groups: joined, possible: remaining, tentative };
}
