import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { markPeer, PEER_HEADER, rawRefusal, refusal, REMOVED_STORY_CHECK, REMOVED_STORY_PAGE, rerouteRemovedStory, storyPageSlug } from './front-door.mjs';

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

describe('storyPageSlug', () => {
  it.each<[string, string, string | null]>([
    ['GET', '/stories/embassy-1a2b3c', 'embassy-1a2b3c'],
    ['HEAD', '/stories/embassy-1a2b3c/claims/c1abc', 'embassy-1a2b3c'],
    ['GET', '/stories/embassy-1a2b3c/lesson/students?pick=c1', 'embassy-1a2b3c'],
    ['GET', '/stories/embassy-1a2b3c?_rsc=x1', 'embassy-1a2b3c'],
    ['GET', '/stories/new', null],
    ['GET', '/stories', null],
    ['GET', '/api/stories/embassy-1a2b3c', null],
    ['POST', '/stories/embassy-1a2b3c', null],
    ['GET', '/stories/%C3%A9t%C3%A9', null],
  ])('%s %s → %s', (method, url, slug) => {
    expect(storyPageSlug(method, url)).toBe(slug);
  });
});

describe('rerouteRemovedStory', () => {
  const registry = globalThis as Record<symbol, unknown>;
  afterEach(() => {
    delete registry[REMOVED_STORY_CHECK];
  });

  /** A real server whose "app" answers 200 with the path it was asked for, behind rerouteRemovedStory. */
  async function serve(): Promise<{ get: (path: string) => Promise<{ status: number; body: string }>; close: () => Promise<void> }> {
    const server = http.createServer((request, response) => {
      void rerouteRemovedStory(request, response).then(() => {
        response.statusCode = 200;
        response.statusMessage = 'OK';
        response.end(request.url);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      get: async (path) => {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        return { status: response.status, body: await response.text() };
      },
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }

  it("answers a removed story's pages with 410 and the removed-story page, and leaves every other request alone", async () => {
    const asked: string[] = [];
    registry[REMOVED_STORY_CHECK] = async (slug: string) => {
      asked.push(slug);
      return slug === 'gone-1a2b3c';
    };
    const server = await serve();
    try {
      expect(await server.get('/stories/gone-1a2b3c')).toEqual({ status: 410, body: REMOVED_STORY_PAGE });
      expect(await server.get('/stories/gone-1a2b3c/claims/c1abc')).toEqual({ status: 410, body: REMOVED_STORY_PAGE });
      expect(await server.get('/stories/here-1a2b3c')).toEqual({ status: 200, body: '/stories/here-1a2b3c' });
      expect(await server.get('/api/stories/gone-1a2b3c')).toEqual({ status: 200, body: '/api/stories/gone-1a2b3c' });
      expect(asked).toEqual(['gone-1a2b3c', 'gone-1a2b3c', 'here-1a2b3c']);
    } finally {
      await server.close();
    }
  });

  it('lets the page answer when the app offers no check or the check fails', async () => {
    const server = await serve();
    try {
      expect(await server.get('/stories/gone-1a2b3c')).toEqual({ status: 200, body: '/stories/gone-1a2b3c' });
      registry[REMOVED_STORY_CHECK] = () => Promise.reject(new Error('database unreachable'));
      expect(await server.get('/stories/gone-1a2b3c')).toEqual({ status: 200, body: '/stories/gone-1a2b3c' });
    } finally {
      await server.close();
    }
  });
});
