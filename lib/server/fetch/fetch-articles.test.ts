import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fetchArticles } from './fetch-articles';
import { PAGE_LIMITS, type FetchOptions } from './safe-fetch';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><article><p>Embassy staff are leaving Kyiv.</p></article></body></html>`;

let server: Server;
let base = '';
let options: FetchOptions;

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url?.startsWith('/itv')) {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(page('<meta property="og:site_name" content="ITV News"><meta property="og:title" content="Staff leave"><link rel="canonical" href="/news/staff"><meta name="date" content="2022-01-24">'));
    }
    if (request.url === '/bare') {
      response.writeHead(200, { 'content-type': 'text/html' });
      return response.end(`<p>Staff left.\u0007</p>`);
    }
    response.writeHead(404, { 'content-type': 'text/html' });
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  base = `http://127.0.0.1:${port}`;
  options = { limits: PAGE_LIMITS, allowHosts: new Set([`127.0.0.1:${port}`]) };
});

afterAll(() => server.close());

describe('fetchArticles', () => {
  it('fills a fetched article from its page, keeping what the request gave', async () => {
    const given = [{ outlet: 'A', text: 'Pasted.' }, { url: `${base}/itv` }, { url: `${base}/itv?ref=2`, outlet: 'My name', title: 'Mine' }, { url: `${base}/bare` }];
    const [pasted, itv, named, bare] = await fetchArticles(given, (index) => `articles.${index}.url`, options);
    expect(pasted).toBe(given[0]);
    expect(itv).toEqual({ url: `${base}/news/staff`, outlet: 'ITV News', title: 'Staff leave', publishedAt: '2022-01-24', html: expect.stringContaining('Embassy staff') });
    expect(named).toMatchObject({ outlet: 'My name', title: 'Mine', publishedAt: '2022-01-24' });
    // No metadata: the host names the outlet, the address read is the article's; control characters go.
    expect(bare).toEqual({ url: `${base}/bare`, outlet: '127.0.0.1', html: '<p>Staff left.</p>' });
  });

  it('refuses the whole request, naming every address that failed and why', async () => {
    const given = [{ url: `${base}/itv` }, { url: `${base}/gone` }, { url: 'http://10.0.0.8/' }];
    const error = await fetchArticles(given, (index) => `articles.${index}.url`, options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).issues).toEqual([
      { path: 'articles.1.url', message: `${base}/gone answered 404 Not Found, not the page` },
      { path: 'articles.2.url', message: 'http://10.0.0.8/ is a private network address, which Parallax does not fetch' },
    ]);
    expect((error as AppError).message).toMatch(/^2 web addresses could not be used, so nothing was saved: /);
  });
});
