#!/usr/bin/env node
// The production server: Next's own request handler (the same one `next start` uses) behind a thin
// front door (front-door.mjs) that refuses what Next would answer with a 500 and tells the app the
// socket's address, which Next does not expose to route handlers. Options as `next start`: -p PORT
// (or PORT), -H HOSTNAME.
import http from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';
import { root } from './build.mjs';
import { markPeer, rawRefusal, refusal, sendRefusal } from './front-door.mjs';

const { values } = parseArgs({
  options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } },
  allowPositionals: false,
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
// lib/env.ts reads PORT (the default public address), as under `next start -p`.
process.env.PORT = String(port);

const app = next({ dev: false, dir: root, port, hostname: values.hostname ?? 'localhost' });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  const refused = refusal(request.method ?? '', request.url ?? '/');
  if (refused) return sendRefusal(response, refused);
  markPeer(request);
  handle(request, response).catch((error) => {
    console.error('Parallax: unhandled error serving', request.method, request.url, error);
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
});
server.on('connect', (_request, socket) => socket.end(rawRefusal(null)));
server.on('clientError', (error, socket) => {
  if (error.code === 'ECONNRESET' || !socket.writable) socket.destroy();
  else socket.end(rawRefusal(error.code ?? ''));
});
server.on('error', (error) => {
  console.error(`Parallax cannot listen on port ${port}:`, error.message);
  process.exit(1);
});
server.listen(port, values.hostname, () => console.log(`Parallax: serving http://${values.hostname ?? 'localhost'}:${port}`));
