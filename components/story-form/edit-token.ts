'use client';

import { useSyncExternalStore } from 'react';

/**
 * The browser's side of a story's edit token (lib/server/edit-token.ts): kept in this browser's storage for
 * the story it was given for, and carried to other browsers in the edit link's fragment (`#key=…`), which
 * is never sent to the server, so it stays out of logs and Referer headers.
 */
const tokenKey = (slug: string) => `parallax:edit-token:${slug}`;
const shownKey = (slug: string) => `parallax:edit-link-shown:${slug}`;
const LINK_PARAMETER = 'key';

export function rememberEditToken(slug: string, token: string): void {
  window.localStorage.setItem(tokenKey(slug), token);
  notify();
}

export function forgetEditToken(slug: string): void {
  window.localStorage.removeItem(tokenKey(slug));
  window.localStorage.removeItem(shownKey(slug));
  notify();
}

/** The link that lets whoever holds it change the story, from any browser. */
export function editLink(slug: string, token: string): string {
  return `${window.location.origin}/stories/${slug}/edit#${LINK_PARAMETER}=${encodeURIComponent(token)}`;
}

/**
 * Takes an edit link's token out of the address (remembering it for the story), so that the address bar,
 * a screenshot or a copied address no longer carries it.
 */
export function takeTokenFromAddress(slug: string): void {
  const token = new URLSearchParams(window.location.hash.slice(1)).get(LINK_PARAMETER);
  if (!token) return;
  rememberEditToken(slug, token);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

/** Whether this browser still has to show the story's edit link to the one who created it. */
export function editLinkPending(slug: string): boolean {
  return window.localStorage.getItem(tokenKey(slug)) !== null && window.localStorage.getItem(shownKey(slug)) === null;
}

export function markEditLinkShown(slug: string): void {
  window.localStorage.setItem(shownKey(slug), 'yes');
  notify();
}

// Storage events reach other tabs only; this tab's own changes are announced here.
const listeners = new Set<() => void>();
function notify() {
  for (const listener of listeners) listener();
}
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/**
 * This browser's edit token for the story: undefined while rendering on the server (no storage there),
 * null when the browser holds none.
 */
export function useEditToken(slug: string): string | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => window.localStorage.getItem(tokenKey(slug)),
    () => undefined,
  );
}

/** Whether the story's edit link is still to be shown in this browser (false on the server). */
export function useEditLinkPending(slug: string): boolean {
  return useSyncExternalStore(subscribe, () => editLinkPending(slug), () => false);
}
