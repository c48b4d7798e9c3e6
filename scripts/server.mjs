// The production server: Next's own request handler (the same one `next start` uses) behind a thin
// front door (front-door.mjs) that refuses what Next would answer with a 500 and tells the app the
// socket's address, which Next does not expose to route handlers. Started by serve.mjs, and in
// process by the write-limit benchmark.
import http from 'node:http';
import next from 'next';
import { root } from './build.mjs';
import { markPeer, rawRefusal, refusal, rerouteRemovedStory, sendRefusal } from './front-door.mjs';

/**
 * Prepares the built app and listens on `port` (all interfaces unless `hostname` is given).
 * @param {{ port: number, hostname?: string }} options
 * @returns {Promise<http.Server>}
 */
export async function startServer({ port, hostname }) {
  // lib/env.ts reads PORT (the default public address), as under `next start -p`.
  process.env.PORT = String(port);
  const app = next({ dev: false, dir: root, port, hostname: hostname ?? 'localhost' });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((request, response) => {
    const refused = refusal(request.method ?? '', request.url ?? '/');
    if (refused) return sendRefusal(response, refused);
    markPeer(request);
    rerouteRemovedStory(request, response)
      .then(() => handle(request, response))
      .catch((error) => {
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
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => resolve(undefined));
  });
  return server;
}
