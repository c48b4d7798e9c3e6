import { AppError } from '@/lib/errors';
import { getEnv, type Env } from '@/lib/env';
import { requestHost } from './client-address';

/**
 * Reads a JSON body no larger than `maxBytes`. Declared and actual sizes are both checked, so a
 * missing or false Content-Length cannot slip a larger body through.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  const tooLarge = () => new AppError('payload_too_large', 'api', `The request is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (declared > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) throw new AppError('bad_request', 'api', 'The request has no body; send the story as JSON.');
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  let text: string;
  try {
    // Fatal: bytes that are not UTF-8 would otherwise be replaced with U+FFFD, changing the article unseen.
    text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError('bad_request', 'api', 'The body is not UTF-8 text; send JSON encoded in UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('bad_request', 'api', 'The body is not valid JSON.');
  }
}

/**
 * Mutating requests from another site's pages are refused: browsers send Origin with them, and
 * Sec-Fetch-Site says "cross-site" even where Origin is left out. X-Forwarded-Host counts only when it
 * comes from a proxy named in TRUST_PROXY; from anyone else it is a header a client can invent.
 */
export function checkOrigin(request: Request, env: Env = getEnv()): void {
  if (request.headers.get('sec-fetch-site') === 'cross-site') throw new AppError('forbidden', 'origin', 'Changes can only be made from Parallax itself.');
  const origin = request.headers.get('origin');
  if (!origin) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'origin', 'The request comes from an unknown origin.');
  }
  if (originHost !== requestHost(request, env)) throw new AppError('forbidden', 'origin', 'Changes can only be made from Parallax itself.');
}
