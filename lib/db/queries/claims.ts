import { and, asc, eq } from 'drizzle-orm';
import { readSnapshot, type Database } from '../client';
import { claimRedirects, claims, discrepancies, mentions, variants } from '../schema';

/** Where a claim id leads in a story: itself, the claim that replaced it, or nowhere. */
export async function resolveClaimId(db: Database, storyId: number, claimId: string): Promise<{ id: string; redirected: boolean } | null> {
  const [claim] = await db.select({ id: claims.id }).from(claims).where(and(eq(claims.storyId, storyId), eq(claims.id, claimId)));
  if (claim) return { id: claim.id, redirected: false };
  const [redirect] = await db
    .select({ newId: claimRedirects.newId })
    .from(claimRedirects)
    .where(and(eq(claimRedirects.storyId, storyId), eq(claimRedirects.oldId, claimId)));
  return redirect ? { id: redirect.newId, redirected: true } : null;
}

/** Rows per claim, in their order (rows of no claim, such as story-level variants, are left out). */
function groupByClaim<T extends { claimId: string | null }>(rows: readonly T[]): Map<string, T[]> {
  const byClaim = new Map<string, T[]>();
  for (const row of rows) {
    if (!row.claimId) continue;
    const list = byClaim.get(row.claimId);
    if (list) list.push(row);
    else byClaim.set(row.claimId, [row]);
  }
  return byClaim;
}

/** The story's claims in story order, with their mentions. */
export async function listClaims(db: Database, storyId: number) {
  const [rows, mentionRows] = await readSnapshot(db, async (snapshot) => [
    await snapshot.select().from(claims).where(eq(claims.storyId, storyId)).orderBy(asc(claims.position)),
    await snapshot.select().from(mentions).where(eq(mentions.storyId, storyId)).orderBy(asc(mentions.claimId), asc(mentions.position)),
  ] as const);
  const mentionsByClaim = groupByClaim(mentionRows);
  return rows.map((claim) => ({ ...claim, mentions: mentionsByClaim.get(claim.id) ?? [] }));
}

/** Everything the story page and the API show of a story's claims, grouped per claim. */
export async function getStoryClaims(db: Database, storyId: number) {
  // One after another: a snapshot is one connection, which runs one query at a time anyway.
  const [claimRows, discrepancyRows, variantRows] = await readSnapshot(db, async (snapshot) => [
    await listClaims(snapshot, storyId),
    await snapshot.select().from(discrepancies).where(eq(discrepancies.storyId, storyId)).orderBy(asc(discrepancies.claimId), asc(discrepancies.position)),
    await snapshot.select().from(variants).where(eq(variants.storyId, storyId)).orderBy(asc(variants.id)),
  ] as const);
  const discrepanciesByClaim = groupByClaim(discrepancyRows);
  const variantsByClaim = groupByClaim(variantRows);
  return {
    claims: claimRows.map((claim) => ({
      id: claim.id,
      summary: claim.summary,
      outletCount: claim.outletCount,
      edited: claim.edited,
      mentions: claim.mentions.map(({ articleId, start, end, text }) => ({ articleId, start, end, text })),
      possibleMentions: claim.possibleMentions,
      discrepancies: (discrepanciesByClaim.get(claim.id) ?? []).map(({ type, articleIds, values, spans, explanation }) => ({ type, articleIds, values, spans, explanation })),
      variants: (variantsByClaim.get(claim.id) ?? []).map(({ canonical, type, forms }) => ({ canonical, type, forms })),
    })),
    variants: variantRows.filter((row) => row.claimId === null).map(({ canonical, type, forms }) => ({ canonical, type, forms })),
  };
}

/** One claim with its mentions, discrepancies and variants, or null. */
export async function getClaimDetail(db: Database, storyId: number, claimId: string) {
  const read = await readSnapshot(db, async (snapshot) => {
    const [claim] = await snapshot.select().from(claims).where(and(eq(claims.storyId, storyId), eq(claims.id, claimId)));
    if (!claim) return null;
    const parts = [
      await snapshot.select().from(mentions).where(and(eq(mentions.storyId, storyId), eq(mentions.claimId, claimId))).orderBy(asc(mentions.position)),
      await snapshot.select().from(discrepancies).where(and(eq(discrepancies.storyId, storyId), eq(discrepancies.claimId, claimId))).orderBy(asc(discrepancies.position)),
      await snapshot.select().from(variants).where(and(eq(variants.storyId, storyId), eq(variants.claimId, claimId))),
    ] as const;
    return { claim, parts };
  });
  if (!read) return null;
  const { claim, parts: [claimMentions, claimDiscrepancies, claimVariants] } = read;
  return {
    id: claim.id,
    summary: claim.summary,
    position: claim.position,
    outletCount: claim.outletCount,
    edited: claim.edited,
    mentions: claimMentions.map(({ articleId, start, end, text }) => ({ articleId, start, end, text })),
    possibleMentions: claim.possibleMentions,
    discrepancies: claimDiscrepancies.map(({ type, articleIds, values, spans, explanation }) => ({ type, articleIds, values, spans, explanation })),
    variants: claimVariants.map(({ canonical, type, forms }) => ({ canonical, type, forms })),
  };
}
