// What the production server (scripts/serve.mjs) does to a request before Next sees it. Plain
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
 * it, then fails to render its missing 400 page, and answers 500).
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
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'bad_request:path', message: 'The address is not valid: each "%" in it must start an escaped UTF-8 character such as %20.' };
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
