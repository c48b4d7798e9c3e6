import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/errors';

/**
 * Who may change a story: whoever holds its edit token, given once to the browser (or client) that
 * created it. No accounts: the token is the right to edit, as an unguessable link is elsewhere. Only its
 * SHA-256 is stored, so a copy of the database gives no one the right to change a story.
 */
export const EDIT_TOKEN_HEADER = 'X-Edit-Token';

export function newEditToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashEditToken(token) };
}

export function hashEditToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// What newEditToken hands out is 32 URL-safe characters; anything else is no token of ours.
const editTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

/**
 * Refuses (403) a change to a story unless the request's X-Edit-Token is the story's: each refusal
 * says what is missing.
 */
export function requireEditToken(story: { slug: string; editTokenHash: string | null }, request: Request): void {
  const header = request.headers.get(EDIT_TOKEN_HEADER);
  const token = header === null ? null : editTokenSchema.safeParse(header.trim()).data ?? '';
  if (story.editTokenHash === null) {
    throw new AppError('forbidden', 'edit-token', `Story "${story.slug}" came with the app and cannot be changed; create a story of your own to edit it.`);
  }
  if (token === null) {
    throw new AppError('forbidden', 'edit-token', `Changing story "${story.slug}" needs its edit token (the ${EDIT_TOKEN_HEADER} header), which was given to whoever created it.`);
  }
  const given = Buffer.from(hashEditToken(token), 'hex');
  if (!timingSafeEqual(given, Buffer.from(story.editTokenHash, 'hex'))) {
    throw new AppError('forbidden', 'edit-token', `This edit token is not story "${story.slug}"’s; nothing was changed.`);
  }
}
