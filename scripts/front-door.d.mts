// Types for front-door.mjs (plain JavaScript, run by Node without a build step).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

export const PEER_HEADER: string;
export const ALLOWED_METHODS: string[];
export function refusal(method: string, url: string): Refusal | null;
export function sendRefusal(response: ServerResponse, refusal: Refusal): void;
export function markPeer(request: IncomingMessage): void;
export function rawRefusal(code: string | null): string;
export const REMOVED_STORY_CHECK: symbol;
export const REMOVED_STORY_PAGE: string;
export function storyPageSlug(method: string, url: string): string | null;
export function rerouteRemovedStory(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
