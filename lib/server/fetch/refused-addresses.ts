import { BlockList, isIP } from 'node:net';

/**
 * Addresses a server-side fetch must never reach: the machine itself, its private networks, link-local
 * and multicast ranges, and addresses reserved for documentation or for no use at all. A page address
 * is checked after DNS resolution and on every redirect, so a public name that resolves to 10.0.0.5 (or
 * a page that redirects to http://127.0.0.1:5432/) is refused before a connection is opened.
 * Ranges from the IANA special-purpose address registries (RFC 6890 and its updates).
 */
const REFUSED: { range: string; prefix: number; family: 'ipv4' | 'ipv6'; why: string }[] = [
  { range: '0.0.0.0', prefix: 8, family: 'ipv4', why: 'an unspecified address' },
  { range: '10.0.0.0', prefix: 8, family: 'ipv4', why: 'a private network address' },
  { range: '100.64.0.0', prefix: 10, family: 'ipv4', why: 'a carrier-grade NAT address' },
  { range: '127.0.0.0', prefix: 8, family: 'ipv4', why: 'a loopback address' },
  { range: '169.254.0.0', prefix: 16, family: 'ipv4', why: 'a link-local address' },
  { range: '172.16.0.0', prefix: 12, family: 'ipv4', why: 'a private network address' },
  { range: '192.0.0.0', prefix: 24, family: 'ipv4', why: 'a protocol assignment address' },
  { range: '192.0.2.0', prefix: 24, family: 'ipv4', why: 'a documentation address' },
  { range: '192.168.0.0', prefix: 16, family: 'ipv4', why: 'a private network address' },
  { range: '198.18.0.0', prefix: 15, family: 'ipv4', why: 'a benchmarking address' },
  { range: '198.51.100.0', prefix: 24, family: 'ipv4', why: 'a documentation address' },
  { range: '203.0.113.0', prefix: 24, family: 'ipv4', why: 'a documentation address' },
  { range: '224.0.0.0', prefix: 4, family: 'ipv4', why: 'a multicast address' },
  { range: '240.0.0.0', prefix: 4, family: 'ipv4', why: 'a reserved address' },
  { range: '::', prefix: 128, family: 'ipv6', why: 'an unspecified address' },
  { range: '::1', prefix: 128, family: 'ipv6', why: 'a loopback address' },
  { range: '64:ff9b::', prefix: 96, family: 'ipv6', why: 'a NAT64 address' },
  { range: '64:ff9b:1::', prefix: 48, family: 'ipv6', why: 'a NAT64 address' },
  { range: '100::', prefix: 64, family: 'ipv6', why: 'a discard-only address' },
  { range: '2001:db8::', prefix: 32, family: 'ipv6', why: 'a documentation address' },
  { range: '2002::', prefix: 16, family: 'ipv6', why: 'a 6to4 address' },
  { range: 'fc00::', prefix: 7, family: 'ipv6', why: 'a private network address' },
  { range: 'fe80::', prefix: 10, family: 'ipv6', why: 'a link-local address' },
  { range: 'ff00::', prefix: 8, family: 'ipv6', why: 'a multicast address' },
];

const lists = REFUSED.map((entry) => {
  const list = new BlockList();
  list.addSubnet(entry.range, entry.prefix, entry.family);
  return { list, family: entry.family, why: entry.why };
});

/** "::ffff:127.0.0.1" (an IPv4 address written as IPv6) → "127.0.0.1"; anything else as it is. */
function unmapped(address: string): string {
  const match = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (match) return match[1] as string;
  // The hexadecimal form of the same, "::ffff:7f00:1".
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return address;
  const [high, low] = [parseInt(hex[1] as string, 16), parseInt(hex[2] as string, 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/**
 * Why a fetch must not reach this IP address ("a loopback address"), or null when it may. Anything that
 * is not an IP address is refused: a caller checks resolved addresses, never names.
 */
export function refusedAddress(address: string): string | null {
  const plain = unmapped(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  const family = isIP(plain);
  if (family === 0) return 'not an IP address';
  const kind = family === 4 ? 'ipv4' : 'ipv6';
  return lists.find((entry) => entry.family === kind && entry.list.check(plain, kind))?.why ?? null;
}
