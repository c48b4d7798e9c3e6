import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Unguessable tokens that stand in for accounts: a story's edit token, a teacher's and a student's token
 * for a class. Only their SHA-256 is stored, so a copy of the database gives no one the rights they carry.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

// What newSecretToken hands out is 32 URL-safe characters; anything else is no token of ours.
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

/** The token a request carries in `header`: null when there is none, "" when it cannot be one of ours. */
export function tokenOf(request: Request, header: string): string | null {
  const value = request.headers.get(header);
  return value === null ? null : (tokenSchema.safeParse(value.trim()).data ?? '');
}

/** Whether `token` is the one `hash` was made from (in constant time). */
export function isTokenOf(hash: string, token: string): boolean {
  return timingSafeEqual(Buffer.from(hashSecretToken(token), 'hex'), Buffer.from(hash, 'hex'));
}
