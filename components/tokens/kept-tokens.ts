'use client';

import { useEffect, useSyncExternalStore } from 'react';

/**
 * The browser's side of the tokens that stand in for accounts (lib/server/secret-tokens.ts): a story's
 * edit token, a teacher's and a student's token for a class. Each is kept in this browser's storage under
 * its key, and reaches another browser in a link's fragment (`#key=…`), which is never sent to the server,
 * so it stays out of logs and Referer headers.
 */
const LINK_PARAMETER = 'key';
const storageKey = (key: string) => `parallax:${key}`;

export function rememberToken(key: string, token: string): void {
  window.localStorage.setItem(storageKey(key), token);
  notify();
}

export function forgetToken(key: string): void {
  window.localStorage.removeItem(storageKey(key));
  notify();
}

export function keptToken(key: string): string | null {
  return window.localStorage.getItem(storageKey(key));
}

/** An address on this site that carries `token` in its fragment. */
export function linkWithToken(path: string, token: string): string {
  return `${window.location.origin}${path}#${LINK_PARAMETER}=${encodeURIComponent(token)}`;
}

/**
 * Takes a link's token out of the address (remembering it under `key`), so that the address bar, a
 * screenshot or a copied address no longer carries it.
 */
export function takeTokenFromAddress(key: string): void {
  const token = new URLSearchParams(window.location.hash.slice(1)).get(LINK_PARAMETER);
  if (!token) return;
  rememberToken(key, token);
  window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
}

// Storage events reach other tabs only; this tab's own changes are announced here.
const listeners = new Set<() => void>();
function notify() {
  for (const listener of listeners) listener();
}
export function subscribeToTokens(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** The token kept under `key`: undefined while rendering on the server (no storage there), null when there is none. */
export function useKeptToken(key: string): string | null | undefined {
  return useSyncExternalStore(subscribeToTokens, () => keptToken(key), () => undefined);
}

/** Takes a link's token from the address now and whenever only the fragment changes (a link pasted into this very page). */
export function useTokenFromAddress(key: string): void {
  useEffect(() => {
    const take = () => takeTokenFromAddress(key);
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, [key]);
}
