import { AppError } from '@/lib/errors';
import { isTokenOf, tokenOf } from './secret-tokens';

/**
 * Who may change a story: whoever holds its edit token (secret-tokens.ts), given once to the browser (or
 * client) that created it. No accounts: the token is the right to edit, as an unguessable link is elsewhere.
 */
export const EDIT_TOKEN_HEADER = 'X-Edit-Token';

/**
 * Refuses (403) a change to a story unless the request's X-Edit-Token is the story's: each refusal
 * says what is missing.
 */
export function requireEditToken(story: { slug: string; editTokenHash: string | null }, request: Request): void {
  const token = tokenOf(request, EDIT_TOKEN_HEADER);
  if (story.editTokenHash === null) {
    throw new AppError('forbidden', 'edit-token', `Story "${story.slug}" came with the app and cannot be changed; create a story of your own to edit it.`);
  }
  if (token === null) {
    throw new AppError('forbidden', 'edit-token', `Changing story "${story.slug}" needs its edit token (the ${EDIT_TOKEN_HEADER} header), which was given to whoever created it.`);
  }
  if (!isTokenOf(story.editTokenHash, token)) {
    throw new AppError('forbidden', 'edit-token', `This edit token is not story "${story.slug}"’s; nothing was changed.`);
  }
}
