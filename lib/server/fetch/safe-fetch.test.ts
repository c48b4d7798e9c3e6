import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fetchPage, PAGE_LIMITS, type FetchOptions } from './safe-fetch';

const PAGE = '<!doctype html><html><head><title>Staff leave</title></head><body><p>Embassy staff are leaving.</p></body></html>';

/** A local server that counts the requests it receives. */
async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ server: Server; port: number; requests: () => number }> {
  let count = 0;
  const server = createServer((request, response) => {
    count++;
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests: () => count };
}

let site: Awaited<ReturnType<typeof serve>>;
// A second server no rule allows: whatever reaches it is a request that should have been refused.
let refused: Awaited<ReturnType<typeof serve>>;
let options: FetchOptions;

beforeAll(async () => {
  refused = await serve((_request, response) => response.end(PAGE));
  site = await serve((request, response) => {
    const html = (body: string | Buffer, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers });
      response.end(body);
    };
    const path = request.url ?? '/';
    if (path === '/article') return html(PAGE);
    if (path === '/latin1') return html(Buffer.from('<p>Caf\xe9 d\xe9j\xe0 vu</p>', 'latin1'), { 'content-type': 'text/html; charset=windows-1252' });
    if (path === '/meta-charset') return html(Buffer.from('<meta charset="iso-8859-1"><p>na\xefve</p>', 'latin1'), { 'content-type': 'text/html' });
    if (path === '/gzip') return html(gzipSync(PAGE), { 'content-encoding': 'gzip' });
    if (path === '/xhtml') return html(PAGE, { 'content-type': 'application/xhtml+xml' });
    if (path === '/json') return html('{"a":1}', { 'content-type': 'application/json' });
    if (path === '/untyped') {
      response.removeHeader('content-type');
      return response.end(PAGE);
    }
    if (path === '/binary') return html(Buffer.from([0x3c, 0x70, 0x3e, 0, 1, 2, 3]));
    if (path === '/huge') return html(Buffer.alloc(20_000_000, 0x61), { 'content-length': '20000000' });
    if (path === '/huge-chunked') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1_000_000, 0x61);
      let sent = 0;
      const more = () => {
        while (sent < 20 && response.write(chunk)) sent++;
        if (sent < 20) response.once('drain', more);
        else response.end();
      };
      return more();
    }
    if (path === '/gzip-bomb') return html(gzipSync(Buffer.alloc(20_000_000, 0x61)), { 'content-encoding': 'gzip' });
    if (path === '/slow-body') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.write('<p>Once');
      return; // never ends
    }
    if (path === '/slow-headers') return; // never answers
    if (path === '/missing') {
      response.writeHead(404, 'Not Found', { 'content-type': 'text/html' });
      return response.end('<p>no</p>');
    }
    if (path === '/to-article') {
      response.writeHead(301, { location: '/article' });
      return response.end();
    }
    if (path === '/to-loopback') {
      response.writeHead(302, { location: `http://127.0.0.1:${refused.port}/article` });
      return response.end();
    }
    if (path === '/to-file') {
      response.writeHead(302, { location: 'file:///etc/passwd' });
      return response.end();
    }
    const loop = /^\/loop\/(\d+)$/.exec(path);
    if (loop && Number(loop[1]) === 7) return html(PAGE);
    if (loop) {
      response.writeHead(302, { location: `/loop/${Number(loop[1]) + 1}` });
      return response.end();
    }
    response.writeHead(500);
    response.end();
  });
  options = { limits: { ...PAGE_LIMITS, totalMs: 1_500 }, allowHosts: new Set([`127.0.0.1:${site.port}`]) };
});

afterAll(() => {
  for (const { server } of [site, refused]) {
    server.closeAllConnections();
    server.close();
  }
});

let refusedBefore = 0;
beforeEach(() => {
  refusedBefore = refused.requests();
});

const at = (path: string, port = site.port) => `http://127.0.0.1:${port}${path}`;

describe('fetchPage', () => {
  it('reads an HTML or XHTML page, following a redirect, and says where it ended', async () => {
    expect(await fetchPage(at('/article'), options)).toEqual({ ok: true, url: at('/article'), html: PAGE });
    expect(await fetchPage(at('/to-article'), options)).toEqual({ ok: true, url: at('/article'), html: PAGE });
    expect(await fetchPage(at('/xhtml'), options)).toMatchObject({ ok: true, html: PAGE });
    expect(await fetchPage(at('/gzip'), options)).toMatchObject({ ok: true, html: PAGE });
  });

  it('decodes the character encoding the header or the page declares', async () => {
    expect(await fetchPage(at('/latin1'), options)).toMatchObject({ ok: true, html: '<p>Café déjà vu</p>' });
    expect(await fetchPage(at('/meta-charset'), options)).toMatchObject({ ok: true, html: '<meta charset="iso-8859-1"><p>naïve</p>' });
  });

  it('refuses loopback, private and link-local addresses, by name or number, before connecting', async () => {
    expect(await fetchPage(at('/article', refused.port), options)).toEqual({ ok: false, reason: 'is a loopback address, which Parallax does not fetch' });
    expect(await fetchPage('http://[::1]:9/', options)).toEqual({ ok: false, reason: 'is a loopback address, which Parallax does not fetch' });
    expect(await fetchPage('http://169.254.169.254/latest/meta-data/', options)).toEqual({ ok: false, reason: 'is a link-local address, which Parallax does not fetch' });
    const resolve = async (name: string) => (name === 'intranet.example' ? ['93.184.216.34', '10.0.0.5'] : ['127.0.0.1']);
    expect(await fetchPage('https://intranet.example/', { ...options, resolve })).toEqual({ ok: false, reason: 'leads to 10.0.0.5, a private network address, which Parallax does not fetch' });
    expect(await fetchPage(`http://localhost:${refused.port}/`, { ...options, resolve })).toEqual({ ok: false, reason: 'leads to 127.0.0.1, a loopback address, which Parallax does not fetch' });
    expect(refused.requests()).toBe(refusedBefore);
  });

  it('checks every redirect: none to a refused address or scheme, at most five', async () => {
    expect(await fetchPage(at('/to-loopback'), options)).toEqual({ ok: false, reason: 'is a loopback address, which Parallax does not fetch' });
    expect(refused.requests()).toBe(refusedBefore);
    expect(await fetchPage(at('/to-file'), options)).toEqual({ ok: false, reason: 'file: addresses are not fetched, only http and https' });
    expect(await fetchPage(at('/loop/1'), options)).toEqual({ ok: false, reason: 'redirects more than 5 times' });
    expect(await fetchPage(at('/loop/2'), options)).toEqual({ ok: true, url: at('/loop/7'), html: PAGE });
  });

  it('refuses bodies past 2 MB, declared or not, compressed or not', async () => {
    expect(await fetchPage(at('/huge'), options)).toEqual({ ok: false, reason: 'is larger than 2 MB (20 MB)' });
    expect(await fetchPage(at('/huge-chunked'), options)).toEqual({ ok: false, reason: 'is larger than 2 MB' });
    expect(await fetchPage(at('/gzip-bomb'), options)).toEqual({ ok: false, reason: 'is larger than 2 MB' });
  });

  it('gives up on a server that answers or sends too slowly', async () => {
    expect(await fetchPage(at('/slow-body'), options)).toEqual({ ok: false, reason: 'sent its page too slowly' });
    expect(await fetchPage(at('/slow-headers'), options)).toEqual({ ok: false, reason: 'took longer than 1.5 s' });
  });

  it('reads only HTML: not JSON, not an untyped body, not binary data, not an error page', async () => {
    expect(await fetchPage(at('/json'), options)).toEqual({ ok: false, reason: 'is application/json, not an HTML page' });
    expect(await fetchPage(at('/untyped'), options)).toEqual({ ok: false, reason: 'does not say what it holds (no Content-Type), so it is not read as an HTML page' });
    expect(await fetchPage(at('/binary'), options)).toEqual({ ok: false, reason: 'is not an HTML page (it holds binary data)' });
    expect(await fetchPage(at('/missing'), options)).toEqual({ ok: false, reason: 'answered 404 Not Found, not the page' });
  });

  it('names what else went wrong: the scheme, credentials, a host that does not exist, a closed port', async () => {
    expect(await fetchPage('ftp://example.org/a', options)).toEqual({ ok: false, reason: 'ftp: addresses are not fetched, only http and https' });
    expect(await fetchPage('https://user:secret@example.org/', options)).toEqual({ ok: false, reason: 'holds a user name or password, which is not sent' });
    const nowhere = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await fetchPage('https://no-such-host.example/', { ...options, resolve: nowhere })).toEqual({ ok: false, reason: 'names a host that does not exist (no-such-host.example)' });
    const closed = await serve(() => undefined);
    await new Promise((resolve) => closed.server.close(resolve));
    expect(await fetchPage(at('/', closed.port), { ...options, allowHosts: new Set([`127.0.0.1:${closed.port}`]) })).toEqual({ ok: false, reason: 'could not be fetched (connection refused)' });
    expect(await fetchPage('not a url', options)).toEqual({ ok: false, reason: 'is not a web address' });
  });
});
