import { BlockList, isIP } from 'node:net';
import { getEnv, type Env } from '@/lib/env';

/**
 * The socket's peer address, set by the server (scripts/server.mjs, which drops any copy a client
 * sends): Next gives route handlers no socket. Same name as PEER_HEADER in scripts/front-door.mjs.
 */
export const PEER_HEADER = 'x-parallax-peer';

/** Key for requests whose peer is unknown (the app run by `next dev` or a bare `next start`): they share one budget. */
const UNKNOWN_CLIENT = 'unknown';

const NAMED_RANGES: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  private: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
};

const proxyLists = new WeakMap<string[], BlockList>();

/** The TRUST_PROXY entries as a BlockList (built once per configuration). */
function trustedProxies(entries: string[]): BlockList {
  let list = proxyLists.get(entries);
  if (list) return list;
  list = new BlockList();
  for (const entry of entries) {
    const named = NAMED_RANGES[entry];
    if (named) {
      for (const [network, prefix, family] of named) list.addSubnet(network, prefix, family);
      continue;
    }
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  proxyLists.set(entries, list);
  return list;
}

/**
 * An address as a proxy or socket writes it, in one form: brackets and a port taken off
 * ("[2001:db8::1]:443", "203.0.113.7:80"), IPv4-mapped IPv6 as IPv4. Null when it is no address.
 */
export function normalizeAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? null : address.toLowerCase();
}

function isTrusted(address: string, proxies: BlockList): boolean {
  return proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/** The peer's address, or null when the server did not say (not run through scripts/server.mjs). */
function peerOf(request: Request): string | null {
  const peer = request.headers.get(PEER_HEADER);
  return peer ? normalizeAddress(peer) : null;
}

/**
 * The client's address: the socket's peer; with TRUST_PROXY, the right-most X-Forwarded-For hop that
 * is not a trusted proxy (each proxy appends the address it saw, so everything left of the first
 * untrusted hop may be invented by the client). Null when the peer is unknown.
 */
export function clientAddress(request: Request, env: Env = getEnv()): string | null {
  const peer = peerOf(request);
  if (!peer || !env.TRUST_PROXY) return peer;
  const proxies = trustedProxies(env.TRUST_PROXY);
  const hops = (request.headers.get('x-forwarded-for') ?? '').split(',').filter((hop) => hop.trim() !== '');
  let client = peer;
  for (let index = hops.length - 1; index >= 0 && isTrusted(client, proxies); index--) {
    // A hop that is not an address came from a misbehaving proxy or the client: the proxy that
    // passed it on stands for the client (conservative: its clients share a budget).
    const hop = normalizeAddress(hops[index]!);
    if (!hop) break;
    client = hop;
  }
  return client;
}

/**
 * The key a client's requests are counted under. IPv6 clients count by their /64 network, the
 * block one subscriber is usually given, so rotating addresses inside it does not reset the count.
 */
export function clientKey(request: Request, env: Env = getEnv()): string {
  const address = clientAddress(request, env);
  if (!address) return UNKNOWN_CLIENT;
  return isIP(address) === 6 ? `${expandIPv6(address).slice(0, 4).join(':')}::/64` : address;
}

/** The eight hextets of an IPv6 address ("2001:db8::1" → 2001, db8, 0, 0, 0, 0, 0, 1). */
function expandIPv6(address: string): string[] {
  let text = address.split('%')[0]!;
  const v4Tail = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4Tail) {
    const [a, b, c, d] = v4Tail.slice(1).map(Number) as [number, number, number, number];
    text = text.slice(0, v4Tail.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((hextet) => Number.parseInt(hextet, 16).toString(16));
}

/**
 * The host the browser addressed, for the Origin check: Host, or with TRUST_PROXY and a request that
 * came through a trusted proxy, the first X-Forwarded-Host (what the client asked the proxy for).
 */
export function requestHost(request: Request, env: Env = getEnv()): string | null {
  const peer = peerOf(request);
  if (env.TRUST_PROXY && peer && isTrusted(peer, trustedProxies(env.TRUST_PROXY))) {
    const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return request.headers.get('host');
}
