'use client';

import { useSyncExternalStore } from 'react';
import { forgetToken, keptToken, linkWithToken, rememberToken, subscribeToTokens } from '@/components/tokens/kept-tokens';

/** A story's edit token in this browser (lib/server/edit-token.ts), and whether its edit link is still to be shown. */
export const editTokenKey = (slug: string) => `edit-token:${slug}`;
const shownKey = (slug: string) => `edit-link-shown:${slug}`;

export function rememberEditToken(slug: string, token: string): void {
  rememberToken(editTokenKey(slug), token);
}

export function forgetEditToken(slug: string): void {
  forgetToken(editTokenKey(slug));
  forgetToken(shownKey(slug));
}

/** The link that lets whoever holds it change the story, from any browser. */
export function editLink(slug: string, token: string): string {
  return linkWithToken(`/stories/${slug}/edit`, token);
}

export function markEditLinkShown(slug: string): void {
  rememberToken(shownKey(slug), 'yes');
}

/** Whether this browser still has to show the story's edit link to the one who created it (false on the server). */
export function useEditLinkPending(slug: string): boolean {
  return useSyncExternalStore(
    subscribeToTokens,
    () => keptToken(editTokenKey(slug)) !== null && keptToken(shownKey(slug)) === null,
    () => false,
  );
}
