#!/usr/bin/env node
// The end-to-end suite's stand-in for the web: news pages and feeds written for the tests (articles.mjs,
// feeds.mjs), and pages that a fetch must refuse. Two listeners on 127.0.0.1:
//   node e2e/fixture-site/server.mjs <port> <refused-port>
// <port> is the site the app may fetch (FETCH_ALLOW_HOSTS names it); <refused-port> is a loopback address
// no rule allows, so any request that reaches it is one the app should have refused. GET /__requests on
// <port> tells how many each has received.
import { createServer } from 'node:http';
import { ARTICLES } from './articles.mjs';
import { FEEDS, feedXml, itemPage } from './feeds.mjs';

const [port, refusedPort] = process.argv.slice(2).map(Number);
if (!port || !refusedPort) throw new Error('usage: server.mjs <port> <refused-port>');

const counts = { site: 0, refused: 0 };

const REFUSALS = {
  // A page that sends its reader to a loopback address.
  '/refuse/redirect-to-loopback': (response) => {
    response.writeHead(302, { location: `http://127.0.0.1:${refusedPort}/admin` });
    response.end();
  },
  '/refuse/huge': (response) => {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20_000_000) });
    const chunk = Buffer.alloc(1_000_000, 0x61);
    let sent = 0;
    const more = () => {
      while (sent < 20 && !response.destroyed && response.write(chunk)) sent++;
      if (response.destroyed) return;
      if (sent < 20) response.once('drain', more);
      else response.end();
    };
    more();
  },
  // Headers at once, then a byte a second, never done: the fetch's total time limit ends it.
  '/refuse/slow': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    const timer = setInterval(() => response.write('.'), 1_000);
    response.on('close', () => clearInterval(timer));
  },
  '/refuse/json': (response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end('{"headline":"Train derails"}');
  },
  '/refuse/binary': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x00, 0x00, 0xff]));
  },
};

createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://fixture').pathname;
  if (path === '/__requests') {
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    return response.end(JSON.stringify(counts));
  }
  counts.site++;
  const page = ARTICLES[path];
  if (page) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(page);
  }
  const feed = Object.entries(FEEDS).find(([, entry]) => entry.path === path);
  if (feed) {
    response.writeHead(200, { 'content-type': feed[1].format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8' });
    return response.end(feedXml(feed[0], `http://127.0.0.1:${port}`));
  }
  const built = itemPage(path);
  if (built) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return response.end(built);
  }
  const refusal = REFUSALS[path];
  if (refusal) return refusal(response);
  response.writeHead(404, { 'content-type': 'text/html' });
  response.end('<!doctype html><title>Not found</title><p>No such page.</p>');
}).listen(port, '127.0.0.1');

createServer((_request, response) => {
  counts.refused++;
  response.writeHead(200, { 'content-type': 'text/html' });
  response.end('<!doctype html><p>Internal admin page</p>');
}).listen(refusedPort, '127.0.0.1');

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
