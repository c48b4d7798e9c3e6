import { createHash } from 'node:crypto';
import type { CorrectionChange, MentionRef } from '@/lib/analysis/corrections';
import type { Database } from '@/lib/db';
import { getStoryClaims } from '@/lib/db/queries/claims';
import { AppError } from '@/lib/errors';
import { z } from 'zod';

/** The anonymous token that tells one editor's corrections from another's (no accounts). */
const editorToken = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, 'send an X-Editor-Token header of 16–128 letters, digits, "-" or "_"');

/** The editor's anonymous id: a hash of the token the browser sends, never the token itself. */
export function editorOf(request: Request): string {
  const parsed = editorToken.safeParse(request.headers.get('x-editor-token') ?? '');
  if (!parsed.success) throw new AppError('invalid', 'correction', parsed.error.issues[0]?.message ?? 'missing editor token');
  return createHash('sha256').update(parsed.data).digest('hex').slice(0, 12);
}

/**
 * Checks a correction against the story as it is now, so a correction that could not apply is refused
 * with a reason instead of being stored.
 */
export async function checkCorrection(db: Database, storyId: number, change: CorrectionChange): Promise<void> {
  const { claims } = await getStoryClaims(db, storyId);
  const holder = (ref: MentionRef, what: string) => {
    const claim = claims.find((candidate) => candidate.mentions.some((mention) => mention.articleId === ref.articleId && mention.text === ref.text));
    if (!claim) throw new AppError('invalid', 'correction', `${what}: no claim of this story has these words from article ${ref.articleId}.`);
    return claim;
  };
  switch (change.kind) {
    case 'merge':
      if (holder(change.into, 'into') === holder(change.from, 'from')) throw new AppError('invalid', 'correction', 'These two mentions are already one claim.');
      return;
    case 'move':
      if (holder(change.mention, 'mention') === holder(change.to, 'to')) throw new AppError('invalid', 'correction', 'This mention is already in that claim.');
      return;
    case 'split': {
      const sources = new Set(change.mentions.map((ref) => holder(ref, 'mentions')));
      const [only] = sources;
      if (sources.size === 1 && only!.mentions.length === change.mentions.length) throw new AppError('invalid', 'correction', 'Splitting every mention off a claim changes nothing.');
      return;
    }
    case 'dismiss': {
      const claim = holder(change.claim, 'claim');
      if (!claim.discrepancies.some((discrepancy) => discrepancy.type === change.type)) throw new AppError('invalid', 'correction', `This claim has no ${change.type} difference to dismiss.`);
      return;
    }
    case 'add': {
      const claim = holder(change.claim, 'claim');
      const reporting = new Set(claim.mentions.map((mention) => mention.articleId));
      const outside = change.articleIds.filter((articleId) => !reporting.has(articleId));
      if (outside.length > 0) throw new AppError('invalid', 'correction', `Articles ${outside.join(', ')} do not report this claim.`);
      return;
    }
  }
}
