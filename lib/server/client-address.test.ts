import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { PEER_HEADER as SERVER_PEER_HEADER } from '@/scripts/front-door.mjs';
import { clientAddress, clientKey, normalizeAddress, PEER_HEADER, requestHost } from './client-address';

const request = (headers: Record<string, string>) => new Request('http://localhost:3000/api/stories', { method: 'POST', headers });
const direct = parseEnv({});
const behind = (proxies: string) => parseEnv({ TRUST_PROXY: proxies });

describe('clientAddress', () => {
  it('is read from the header the server sets (scripts/front-door.mjs)', () => {
    expect(PEER_HEADER).toBe(SERVER_PEER_HEADER);
  });

  it.each<[string, Record<string, string>, string, string | null]>([
    ['the socket peer when TRUST_PROXY is unset', { [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, '', '203.0.113.7'],
    ['unknown without the server-set peer header, whatever X-Forwarded-For says', { 'x-forwarded-for': '198.51.100.1' }, '10.0.0.0/8', null],
    ['the peer when it is not a trusted proxy', { [PEER_HEADER]: '203.0.113.7', 'x-forwarded-for': '198.51.100.1' }, '10.0.0.0/8', '203.0.113.7'],
    ['the forwarded client behind one trusted proxy', { [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '198.51.100.1' }, '10.0.0.0/8', '198.51.100.1'],
    [
      'the right-most untrusted hop, never the invented ones to its left',
      { [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': '1.2.3.4, 198.51.100.1, 10.0.0.9' },
      '10.0.0.0/8',
      '198.51.100.1',
    ],
    ['the left-most hop when every hop is trusted', { [PEER_HEADER]: '127.0.0.1', 'x-forwarded-for': '10.1.1.1, 10.0.0.9' }, 'loopback,private', '10.1.1.1'],
    ['the trusted proxy itself when it forwards no address', { [PEER_HEADER]: '10.0.0.5' }, '10.0.0.0/8', '10.0.0.5'],
    ['the trusted proxy itself when the hop it forwards is no address', { [PEER_HEADER]: '10.0.0.5', 'x-forwarded-for': 'unknown' }, '10.0.0.0/8', '10.0.0.5'],
    ['IPv4-mapped peers as IPv4', { [PEER_HEADER]: '::ffff:10.0.0.5', 'x-forwarded-for': '[2001:db8::7]:443' }, '10.0.0.5', '2001:db8::7'],
    ['an IPv6 proxy range', { [PEER_HEADER]: '::1', 'x-forwarded-for': '203.0.113.7:51234' }, 'loopback', '203.0.113.7'],
  ])('%s', (_name, headers, trustProxy, expected) => {
    expect(clientAddress(request(headers), trustProxy ? behind(trustProxy) : direct)).toBe(expected);
  });
});

describe('clientKey', () => {
  it('keys IPv4 clients by address, IPv6 clients by their /64, and unknown peers together', () => {
    expect(clientKey(request({ [PEER_HEADER]: '203.0.113.7' }), direct)).toBe('203.0.113.7');
    expect(clientKey(request({ [PEER_HEADER]: '2001:db8:1:2:aaaa::1' }), direct)).toBe('2001:db8:1:2::/64');
    expect(clientKey(request({ [PEER_HEADER]: '2001:db8:1:2:ffff:1:2:3' }), direct)).toBe('2001:db8:1:2::/64');
    expect(clientKey(request({ [PEER_HEADER]: '::1' }), direct)).toBe('0:0:0:0::/64');
    expect(clientKey(request({ [PEER_HEADER]: '64:ff9b::192.0.2.33' }), direct)).toBe('64:ff9b:0:0::/64');
    expect(clientKey(request({}), direct)).toBe('unknown');
  });
});

describe('normalizeAddress', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7:8080 ', '203.0.113.7'],
    ['[2001:DB8::1]:443', '2001:db8::1'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['unknown', null],
    ['', null],
    ['999.1.1.1', null],
  ])('%j → %j', (input, expected) => expect(normalizeAddress(input)).toBe(expected));
});

describe('requestHost', () => {
  it('is the Host header unless a trusted proxy forwarded another', () => {
    const headers = { host: 'app:3000', 'x-forwarded-host': 'parallax.example.org, other.example', [PEER_HEADER]: '10.0.0.5' };
    expect(requestHost(request(headers), direct)).toBe('app:3000');
    expect(requestHost(request(headers), behind('10.0.0.0/8'))).toBe('parallax.example.org');
    expect(requestHost(request({ ...headers, [PEER_HEADER]: '203.0.113.7' }), behind('10.0.0.0/8'))).toBe('app:3000');
  });
});
