import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { requireEditToken } from './edit-token';
import { hashSecretToken, newSecretToken as newEditToken } from './secret-tokens';

const withToken = (token?: string) => new Request('http://localhost/api/stories/s', { method: 'PATCH', headers: token === undefined ? {} : { 'X-Edit-Token': token } });

/** The refusal's message, or null when the request may change the story. */
function refusal(story: { slug: string; editTokenHash: string | null }, request: Request): string | null {
  try {
    requireEditToken(story, request);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(403);
    return (error as AppError).message;
  }
}

describe('edit tokens', () => {
  it('hands out unguessable URL-safe tokens and keeps only their hash', () => {
    const { token, hash } = newEditToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(hash).toBe(hashSecretToken(token));
    expect(hash).not.toContain(token);
    expect(newEditToken().token).not.toBe(token);
  });

  it("lets the story's own token through and says why anything else is refused", () => {
    const { token, hash } = newEditToken();
    const story = { slug: 'story-1a2b3c', editTokenHash: hash };
    expect(refusal(story, withToken(token))).toBeNull();
    expect(refusal(story, withToken(` ${token} `))).toBeNull();
    expect(refusal(story, withToken())).toMatch(/needs its edit token \(the X-Edit-Token header\)/);
    expect(refusal(story, withToken(newEditToken().token))).toMatch(/is not story "story-1a2b3c"’s/);
    expect(refusal(story, withToken('not a token; at all'))).toMatch(/is not story/);
    expect(refusal({ slug: 'seed', editTokenHash: null }, withToken(token))).toMatch(/came with the app and cannot be changed/);
  });
});
