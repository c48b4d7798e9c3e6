import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseEnv } from '@/lib/env';
import { PEER_HEADER } from './client-address';
import { checkOrigin, readJsonBody } from './http';

const request = (headers: Record<string, string>, body?: string) => new Request('http://localhost:3000/api/stories', { method: 'POST', headers, ...(body ? { body } : {}) });

describe('checkOrigin', () => {
  const direct = parseEnv({});
  const behindProxy = parseEnv({ TRUST_PROXY: '10.0.0.0/8' });

  it('accepts same-site requests and requests without Origin, and refuses other sites', () => {
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000' }), direct)).not.toThrow();
    expect(() => checkOrigin(request({ host: 'localhost:3000' }), direct)).not.toThrow();
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'https://evil.example' }), direct)).toThrow(AppError);
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'not a url' }), direct)).toThrow(AppError);
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'null' }), direct)).toThrow(AppError);
  });

  it('refuses a write the browser marks cross-site, with or without Origin', () => {
    expect(() => checkOrigin(request({ host: 'localhost:3000', 'sec-fetch-site': 'cross-site' }), direct)).toThrow(AppError);
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'cross-site' }), direct)).toThrow(AppError);
    expect(() => checkOrigin(request({ host: 'localhost:3000', origin: 'http://localhost:3000', 'sec-fetch-site': 'same-origin' }), direct)).not.toThrow();
    expect(() => checkOrigin(request({ host: 'localhost:3000', 'sec-fetch-site': 'none' }), direct)).not.toThrow();
  });

  it('ignores X-Forwarded-Host unless it comes from a proxy named in TRUST_PROXY', () => {
    const forged = { host: 'localhost:3000', origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', [PEER_HEADER]: '203.0.113.7' };
    expect(() => checkOrigin(request(forged), direct)).toThrow(AppError);
    // TRUST_PROXY set, but the request did not come through one of the proxies it names.
    expect(() => checkOrigin(request(forged), behindProxy)).toThrow(AppError);
    const proxied = { host: 'app:3000', origin: 'https://parallax.example.org', 'x-forwarded-host': 'parallax.example.org', [PEER_HEADER]: '10.0.0.5' };
    expect(() => checkOrigin(request(proxied), behindProxy)).not.toThrow();
    expect(() => checkOrigin(request(proxied), direct)).toThrow(AppError);
  });
});

describe('readJsonBody', () => {
  it('reads JSON, and refuses invalid JSON and bodies over the limit', async () => {
    await expect(readJsonBody(request({}, '{"a":1}'), 100)).resolves.toEqual({ a: 1 });
    await expect(readJsonBody(request({}, '{a'), 100)).rejects.toMatchObject({ kind: 'bad_request', message: 'The body is not valid JSON.' });
    const latin1 = new Request('http://localhost:3000/api/stories', { method: 'POST', body: Buffer.from('{"title":"caf\xe9"}', 'latin1') });
    await expect(readJsonBody(latin1, 100)).rejects.toMatchObject({ kind: 'bad_request', message: 'The body is not UTF-8 text; send JSON encoded in UTF-8.' });
    await expect(readJsonBody(request({}, JSON.stringify({ a: 'x'.repeat(200) })), 100)).rejects.toMatchObject({ kind: 'payload_too_large' });
  });
});
