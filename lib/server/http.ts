import { AppError } from '@/lib/errors';
import { getEnv } from '@/lib/env';

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
  const text = new TextDecoder().decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('bad_request', 'api', 'The body is not valid JSON.');
  }
}

/** Mutating requests from another site's pages are refused (browsers send Origin with them). */
export function checkOrigin(request: Request): void {
  const origin = request.headers.get('origin');
  if (!origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new AppError('forbidden', 'origin', 'The request comes from an unknown origin.');
  }
  if (originHost !== host) throw new AppError('forbidden', 'origin', 'Changes can only be made from Parallax itself.');
}

// Writes per client per minute, counted in this process (a sliding window of timestamps).
const writes = new Map<string, number[]>();
const WINDOW_MS = 60_000;

export function limitWrites(request: Request, now = Date.now()): void {
  const limit = getEnv().RATE_LIMIT_WRITES_PER_MINUTE;
  if (limit === 0) return;
  const client = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'local';
  const recent = (writes.get(client) ?? []).filter((time) => now - time < WINDOW_MS);
  if (recent.length >= limit) {
    const retryAfter = Math.max(1, Math.ceil((WINDOW_MS - (now - (recent[0] as number))) / 1000));
    writes.set(client, recent);
    throw new AppError('rate_limit', 'api', `Too many changes in a minute; try again in ${retryAfter} s.`, [], { 'Retry-After': String(retryAfter) });
  }
  recent.push(now);
  writes.set(client, recent);
}
