import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { checkOrigin, limitWrites, readJsonBody } from './http';

const request = (headers: Record<string, string>, body?: string) => new Request('http://localhost:3000/api/stories', { method: 'POST', headers, ...(body ? { body } : {}) });

describe('limitWrites', () => {
  it('allows 60 writes a minute per client, then answers 429 with Retry-After', () => {
    const now = 1_000_000;
    const client = { 'x-forwarded-for': '203.0.113.7' };
    for (let index = 0; index < 60; index++) limitWrites(request(client), now + index);
    let refused: unknown;
    try {
      limitWrites(request(client), now + 100);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    const response = (refused as AppError).toResponse();
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another client is not affected, and the first one may write again a minute later.
    expect(() => limitWrites(request({ 'x-forwarded-for': '203.0.113.8' }), now + 100)).not.toThrow();
    expect(() => limitWrites(request(client), now + 61_000)).not.toThrow();
  });
});

describe('checkOrigin', () => {
  it('accepts same-site requests and requests without Origin, and refuses other sites', () => {
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }))).not.toThrow();
    expect(() => checkOrigin(request({ host: 'localhost:3000' }))).not.toThrow();
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'https://evil.example' }))).toThrow(AppError);
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'not a url' }))).toThrow(AppError);
  });
});

describe('readJsonBody', () => {
  it('reads JSON, and refuses invalid JSON and bodies over the limit', async () => {
    await expect(readJsonBody(request({}, '{"a":1}'), 100)).resolves.toEqual({ a: 1 });
    await expect(readJsonBody(request({}, '{a'), 100)).rejects.toMatchObject({ kind: 'bad_request' });
    await expect(readJsonBody(request({}, JSON.stringify({ a: 'x'.repeat(200) })), 100)).rejects.toMatchObject({ kind: 'payload_too_large' });
  });
});
