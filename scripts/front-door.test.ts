import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { markPeer, PEER_HEADER, rawRefusal, refusal } from './front-door.mjs';

describe('refusal', () => {
  it.each<[string, string, number | null]>([
    ['GET', '/api/stories', null],
    ['HEAD', '/', null],
    ['OPTIONS', '/api/stories', null],
    ['POST', '/api/stories', null],
    ['PATCH', '/api/stories/a/articles/b', null],
    ['DELETE', '/api/stories/a/corrections/1', null],
    ['TRACE', '/api/stories', 405],
    ['TRACE', '/', 405],
    ['PUT', '/api/stories', 405],
    ['PROPFIND', '/', 405],
    ['CONNECT', 'localhost:3000', 405],
    ['GET', '/api/stories/%zz', 400],
    ['GET', '/stories/%', 400],
    ['GET', '/stories/%E0%A4%A', 400],
    ['GET', '/stories/%FF', 400],
    ['GET', '/stories/%C3%A9t%C3%A9', null],
    ['GET', '/api/stories?q=%zz', null],
    ['GET', '/api/stories/%00', 400],
    ['GET', '/stories/a%0Ab', 400],
    ['GET', '/stories/a%7F', 400],
    ['GET', '/api/stories?q=%00', null],
    ['GET', '/stories/%E2%80%AE', null],
  ])('%s %s → %s', (method, url, status) => {
    expect(refusal(method, url)?.status ?? null).toBe(status);
  });

  it('names the methods it answers in Allow', () => {
    expect(refusal('TRACE', '/')?.headers?.Allow).toBe('GET, HEAD, OPTIONS, POST, PATCH, DELETE');
  });
});

describe('markPeer', () => {
  it('replaces a client-sent peer header with the socket address', () => {
    const request = { headers: { [PEER_HEADER]: '198.51.100.1', host: 'x' }, socket: { remoteAddress: '203.0.113.7' } } as unknown as IncomingMessage;
    markPeer(request);
    expect(request.headers[PEER_HEADER]).toBe('203.0.113.7');
    expect(request.headers.host).toBe('x');
  });
});

describe('rawRefusal', () => {
  it.each<[string | null, string]>([
    ['HPE_INVALID_METHOD', 'HTTP/1.1 405 Method Not Allowed'],
    [null, 'HTTP/1.1 405 Method Not Allowed'],
    ['HPE_HEADER_OVERFLOW', 'HTTP/1.1 431 Request Header Fields Too Large'],
    ['HPE_INVALID_HEADER_TOKEN', 'HTTP/1.1 400 Bad Request'],
  ])('%s → %s', (code, statusLine) => expect(rawRefusal(code).split('\r\n')[0]).toBe(statusLine));
});
