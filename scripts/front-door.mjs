// What the production server (scripts/server.mjs) does to a request before Next sees it. Plain
// JavaScript, because the server runs it without a build step; tested by front-door.test.ts.

/**
 * The header that carries the socket's peer address to the app (lib/server/client-address.ts).
 * Next gives route handlers no socket, and keeps any X-Forwarded-For a client sends, so the server
 * drops any incoming copy of this header and sets it itself.
 */
export const PEER_HEADER = 'x-parallax-peer';

/** Every method a Parallax route answers; Next itself fails on some others (TRACE gives a 500). */
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PATCH', 'DELETE'];

/**
 * The answer the server gives itself, or null to hand the request to Next: 405 for a method no route
 * has, 400 for a path whose percent-encoding is malformed (`/api/stories/%zz`: Next fails to decode
 * it, then fails to render its missing 400 page, and answers 500) or that holds a control character.
 * @param {string} method
 * @param {string} url the request target as received
 * @returns {{ status: number, code: string, message: string, headers?: Record<string, string> } | null}
 */
export function refusal(method, url) {
  if (!ALLOWED_METHODS.includes(method)) {
    return {
      status: 405,
      code: 'method_not_allowed:http',
      message: `Parallax does not answer ${method} requests; it answers ${ALLOWED_METHODS.join(', ')}.`,
      headers: { Allow: ALLOWED_METHODS.join(', ') },
    };
  }
  const path = url.split('?', 1)[0] ?? '';
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'bad_request:path', message: 'The address is not valid: each "%" in it must start an escaped UTF-8 character such as %20.' };
  }
  // No page or id has a control character (%00 names nothing, and Next would try to cache its 404
  // page under a file name holding a NUL byte).
  if (/[\u0000-\u001f\u007f]/.test(decoded)) {
    return { status: 400, code: 'bad_request:path', message: 'The address is not valid: it holds a control character (such as %00).' };
  }
  return null;
}

/** Writes a refusal as the API's JSON error, with the security headers every answer carries. */
export function sendRefusal(response, { status, code, message, headers = {} }) {
  const body = JSON.stringify({ error: { code, message } });
  response.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  });
  response.end(body);
}

/** Replaces any client-sent peer header with the socket's own address. */
export function markPeer(request) {
  delete request.headers[PEER_HEADER];
  request.headers[PEER_HEADER] = request.socket.remoteAddress ?? '';
}

/**
 * The raw answer to a request Node's parser refused before any handler saw it (Node's own default,
 * except that a method it does not know, TRACK or PROPFIND, is a 405 like TRACE, not a 400).
 * CONNECT comes here too (as null): Node would otherwise close its connection without an answer.
 * @param {string | null} code the parser's error code, or null for CONNECT
 */
export function rawRefusal(code) {
  const status =
    code === null || code === 'HPE_INVALID_METHOD'
      ? `405 Method Not Allowed\r\nAllow: ${ALLOWED_METHODS.join(', ')}`
      : code === 'HPE_HEADER_OVERFLOW'
        ? '431 Request Header Fields Too Large'
        : code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? '408 Request Timeout'
          : '400 Bad Request';
  return `HTTP/1.1 ${status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`;
}

/**
 * Where the app offers its check for removed stories (lib/server/removed-stories.ts registers it at
 * start-up): `(slug) => Promise<boolean>`. A symbol in the process's global registry, because the app's
 * modules are bundled by Next and this file is not.
 */
export const REMOVED_STORY_CHECK = Symbol.for('parallax.removedStory');

/** The page shown for every page of a removed story (app/removed/page.tsx). */
export const REMOVED_STORY_PAGE = '/removed';

/**
 * The story a page request is for (GET or HEAD of /stories/<slug> or a page under it), or null. Next
 * can answer a page only with 200 or 404, never 410, so the server asks the app first.
 * @param {string} method
 * @param {string} url the request target as received
 * @returns {string | null}
 */
export function storyPageSlug(method, url) {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const match = /^\/stories\/([A-Za-z0-9-]+)(?:\/[^?]*)?(?:\?.*)?$/.exec(url);
  return match && match[1] !== 'new' ? (match[1] ?? null) : null;
}

/**
 * Serves a removed story's pages: Next renders the removed-story page, and the answer is a 410 whatever
 * status Next gives it. Returns false (changing nothing) when the story was not removed, or when the app
 * offers no check (a server started before the database was ready, or `next dev`).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
export async function rerouteRemovedStory(request, response) {
  const slug = storyPageSlug(request.method ?? '', request.url ?? '/');
  const check = /** @type {((slug: string) => Promise<boolean>) | undefined} */ (globalThis[REMOVED_STORY_CHECK]);
  if (!slug || !check) return false;
  let removed;
  try {
    removed = await check(slug);
  } catch {
    // The database is unreachable: let the page itself answer, as it would for any other story.
    return false;
  }
  if (!removed) return false;
  request.url = REMOVED_STORY_PAGE;
  const writeHead = response.writeHead;
  // Node calls writeHead itself (with the status Next set) when the body starts; a status message
  // given with Next's status would not fit 410, so it is dropped.
  response.writeHead = function (_status, ...rest) {
    return writeHead.call(this, 410, ...(typeof rest[0] === 'string' ? rest.slice(1) : rest));
  };
  return true;
}
