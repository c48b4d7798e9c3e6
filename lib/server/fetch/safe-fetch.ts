import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable, Transform } from 'node:stream';
import { getEnv } from '@/lib/env';
import { decodePage } from './decode-page';
import { refusedAddress } from './refused-addresses';

export interface FetchLimits {
  /** Milliseconds to open a connection to each address. */
  connectMs: number;
  /** Milliseconds for the whole fetch, redirects and body included. */
  totalMs: number;
  /** Bytes of body read at most (after decompression). */
  maxBytes: number;
  maxRedirects: number;
}

/** 2,000,000 bytes decode to at most 2,000,000 characters: the HTML an article may hold (MAX_HTML_CHARACTERS). */
export const PAGE_LIMITS: FetchLimits = { connectMs: 5_000, totalMs: 15_000, maxBytes: 2_000_000, maxRedirects: 5 };

export interface FetchOptions {
  limits: FetchLimits;
  /** "host:port" pairs fetched despite the address rules (FETCH_ALLOW_HOSTS): the tests' fixture server. */
  allowHosts: ReadonlySet<string>;
  /** Resolves a name to its addresses; DNS by default. */
  resolve?: (hostname: string) => Promise<string[]>;
  userAgent?: string;
}

export type FetchedPage = { ok: true; url: string; html: string } | { ok: false; reason: string };
export type FetchedText = { ok: true; url: string; text: string } | { ok: false; reason: string };

/** What a fetch accepts: its media types, and what to call it in a refusal ("an HTML page"). */
export interface Accepted {
  types: ReadonlySet<string>;
  what: string;
}

export const HTML_PAGE: Accepted = { types: new Set(['text/html', 'application/xhtml+xml']), what: 'an HTML page' };
export const NEWS_FEED: Accepted = {
  types: new Set(['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml']),
  what: 'an RSS or Atom feed',
};

/** The options every fetch for a person uses: the limits, and FETCH_ALLOW_HOSTS. */
export function fetchOptions(): FetchOptions {
  return { limits: PAGE_LIMITS, allowHosts: getEnv().FETCH_ALLOW_HOSTS };
}

class Refusal extends Error {}

const defaultResolve = async (hostname: string) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Fetches one web page for an article, refusing anything a server must not fetch for a stranger: schemes
 * other than http(s), addresses that resolve (or redirect) to the machine or its networks, more than
 * `maxRedirects` redirects, bodies past `maxBytes`, slow servers, and anything that is not HTML. The
 * addresses checked are the ones connected to (no second DNS answer can swap in another). Never throws:
 * every failure is a reason a person can read.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchedPage> {
  const fetched = await fetchText(address, options, HTML_PAGE);
  return fetched.ok ? { ok: true, url: fetched.url, html: fetched.text } : fetched;
}

/** The same rules for any text document: a page, a feed (`accepted` says which media types it may be). */
export async function fetchText(address: string, options: FetchOptions, accepted: Accepted): Promise<FetchedText> {
  const { limits } = options;
  const deadline = Date.now() + limits.totalMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, reason: 'is not a web address' };
  }
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, options, accepted, deadline);
      const location = response.statusCode && response.statusCode >= 300 && response.statusCode < 400 ? response.headers.location : undefined;
      if (location !== undefined) {
        response.resume();
        if (redirects >= limits.maxRedirects) throw new Refusal(`redirects more than ${limits.maxRedirects} times`);
        try {
          url = new URL(location, url);
        } catch {
          throw new Refusal('redirects to something that is not a web address');
        }
        continue;
      }
      const status = response.statusCode ?? 0;
      if (status < 200 || status > 299) {
        response.resume();
        throw new Refusal(`answered ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}, not the page`);
      }
      const type = (response.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!accepted.types.has(type)) {
        response.resume();
        throw new Refusal(type ? `is ${type}, not ${accepted.what}` : `does not say what it holds (no Content-Type), so it is not read as ${accepted.what}`);
      }
      const bytes = await readBody(response, limits.maxBytes, deadline);
      const text = decodePage(bytes, response.headers['content-type'] ?? '');
      if (text === null) throw new Refusal(`is not ${accepted.what} (it holds binary data)`);
      return { ok: true, url: url.toString(), text };
    }
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    return { ok: false, reason: `could not be fetched (${networkProblem(error)})` };
  }
}

/** Opens one GET to `url` on an address that passed the rules, and waits for the answer's headers. */
async function request(url: URL, options: FetchOptions, accepted: Accepted, deadline: number): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Refusal(`${url.protocol.replace(/:$/, '')}: addresses are not fetched, only http and https`);
  if (url.username || url.password) throw new Refusal('holds a user name or password, which is not sent');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = options.allowHosts.has(`${url.hostname}:${port}`);
  const addresses = isIP(hostname) ? [hostname] : await (options.resolve ?? defaultResolve)(hostname).catch(() => {
    throw new Refusal(`names a host that does not exist (${hostname})`);
  });
  if (addresses.length === 0) throw new Refusal(`names a host that does not exist (${hostname})`);
  if (!allowed) {
    for (const address of addresses) {
      const why = refusedAddress(address);
      if (why) throw new Refusal(`${isIP(hostname) ? 'is' : `leads to ${address},`} ${why}, which Parallax does not fetch`);
    }
  }
  const address = addresses[0] as string;
  const family = isIP(address);
  // The connection goes to the address just checked, whatever a second DNS answer would say.
  const lookup: LookupFunction = (_name, lookupOptions, callback) => {
    if (lookupOptions.all) (callback as unknown as (error: null, entries: { address: string; family: number }[]) => void)(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) throw new Refusal(`took longer than ${options.limits.totalMs / 1000} s`);
  return new Promise<IncomingMessage>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const outgoing = client.request(url, {
      method: 'GET',
      lookup,
      headers: {
        accept: [...accepted.types].join(','),
        'accept-encoding': 'gzip, deflate, br',
        'user-agent': options.userAgent ?? 'Parallax (article comparison)',
      },
    });
    const connectTimer = setTimeout(() => outgoing.destroy(new Refusal(`did not answer within ${options.limits.connectMs / 1000} s`)), Math.min(options.limits.connectMs, remaining));
    const totalTimer = setTimeout(() => outgoing.destroy(new Refusal(`took longer than ${options.limits.totalMs / 1000} s`)), remaining);
    outgoing.on('socket', (socket) => socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connectTimer)));
    outgoing.on('response', (response) => {
      clearTimeout(connectTimer);
      // The body is read against the same deadline (readBody); this timer only guards the headers.
      clearTimeout(totalTimer);
      resolve(response);
    });
    outgoing.on('error', (error) => {
      clearTimeout(connectTimer);
      clearTimeout(totalTimer);
      reject(error);
    });
    outgoing.end();
  });
}

/** The body, decompressed, stopped as soon as it passes `maxBytes` or the deadline. */
function readBody(response: IncomingMessage, maxBytes: number, deadline: number): Promise<Uint8Array> {
  const declared = Number(response.headers['content-length']);
  const encoding = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity' && declared > maxBytes) {
    response.destroy();
    return Promise.reject(new Refusal(`is larger than ${megabytes(maxBytes)} (${megabytes(declared)})`));
  }
  const decoders: Record<string, () => Transform> = { gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress };
  const decoder = decoders[encoding];
  if (encoding !== 'identity' && !decoder) {
    response.destroy();
    return Promise.reject(new Refusal(`is compressed as ${encoding}, which is not read`));
  }
  const stream: Readable = decoder ? response.pipe(decoder()) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      // Destroying the response emits "aborted" at once: the first reason is the one that stands.
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      response.destroy();
      stream.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new Refusal('sent its page too slowly')), Math.max(0, deadline - Date.now()));
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) fail(new Refusal(`is larger than ${megabytes(maxBytes)}`));
      else chunks.push(chunk);
    });
    stream.on('end', () => {
      clearTimeout(timer);
      resolve(new Uint8Array(Buffer.concat(chunks)));
    });
    stream.on('error', (error) => fail(encoding === 'identity' ? error : new Refusal(`sent a ${encoding} body that could not be read`)));
    response.on('aborted', () => fail(new Refusal('stopped sending its page before the end')));
  });
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

/** A network error in a few words ("connection refused"), never a stack. */
function networkProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    CERT_HAS_EXPIRED: 'its certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its certificate is self-signed',
    ERR_TLS_CERT_ALTNAME_INVALID: 'its certificate is for another name',
  };
  return (code && known[code]) ?? code ?? 'network error';
}
