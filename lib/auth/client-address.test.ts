import { describe, expect, it } from 'vitest';
import {
  applyClientAddress,
  CLIENT_ADDRESS_HEADER,
  normalizeAddress,
  parseTrustedProxies,
  rateLimitKey,
  resolveClientAddress,
} from './client-address';

const none = parseTrustedProxies(undefined);
const proxies = parseTrustedProxies('127.0.0.1, 10.0.0.0/8 fd00::/8');

describe('trusted proxies (CIDR)', () => {
  it('matches addresses and ranges, IPv4-mapped IPv6 included', () => {
    expect(proxies.has('127.0.0.1')).toBe(true);
    expect(proxies.has('127.0.0.2')).toBe(false);
    expect(proxies.has('10.255.3.4')).toBe(true);
    expect(proxies.has('::ffff:10.1.2.3')).toBe(true);
    expect(proxies.has('11.0.0.1')).toBe(false);
    expect(proxies.has('fd12:3456::1')).toBe(true);
    expect(proxies.has('fe80::1')).toBe(false);
    expect(proxies.has('not an address')).toBe(false);
  });

  it('trusts nobody by default', () => {
    expect(none.size).toBe(0);
    expect(none.has('127.0.0.1')).toBe(false);
    expect(parseTrustedProxies('').has('127.0.0.1')).toBe(false);
  });

  it('refuses entries that are not addresses or ranges, naming them', () => {
    for (const bad of ['localhost', '10.0.0.0/33', '10.0.0.0/8/1', '300.1.1.1', '10.0.0.0/x', '::1/129']) {
      expect(() => parseTrustedProxies(`127.0.0.1,${bad}`)).toThrow(bad);
    }
  });
});

describe('the client address', () => {
  it('is the socket peer when the peer is not a trusted proxy, whatever the headers say', () => {
    expect(resolveClientAddress('::ffff:203.0.113.5', '1.2.3.4', '5.6.7.8', none)).toBe('203.0.113.5');
    expect(resolveClientAddress('203.0.113.5', '1.2.3.4', '5.6.7.8', proxies)).toBe('203.0.113.5');
  });

  it('behind trusted proxies is the rightmost untrusted X-Forwarded-For hop', () => {
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 192.0.2.10', undefined, proxies)).toBe('192.0.2.10');
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 192.0.2.10, 10.0.0.7', undefined, proxies)).toBe('192.0.2.10');
    expect(resolveClientAddress('127.0.0.1', ['6.6.6.6', '192.0.2.10,'], undefined, proxies)).toBe('192.0.2.10');
    expect(resolveClientAddress('127.0.0.1', '[2001:db8::1]', undefined, proxies)).toBe('2001:db8::1');
  });

  it('uses X-Real-IP of a trusted proxy without X-Forwarded-For, else the proxy itself', () => {
    expect(resolveClientAddress('10.0.0.2', undefined, '192.0.2.9', proxies)).toBe('192.0.2.9');
    expect(resolveClientAddress('10.0.0.2', '10.0.0.3', undefined, proxies)).toBe('10.0.0.2');
    expect(resolveClientAddress('10.0.0.2', 'garbage', '192.0.2.9', proxies)).toBe('10.0.0.2');
  });

  it('the server overwrites the internal header and drops forged forwarding headers', () => {
    const h: Record<string, string | string[] | undefined> = {
      [CLIENT_ADDRESS_HEADER]: '9.9.9.9',
      'x-forwarded-for': '1.2.3.4',
      'x-real-ip': '1.2.3.4',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'evil.example',
      host: '127.0.0.1:3000',
    };
    applyClientAddress(h, '::ffff:127.0.0.3', proxies);
    expect(h).toEqual({ [CLIENT_ADDRESS_HEADER]: '127.0.0.3', host: '127.0.0.1:3000' });
    const fromProxy: Record<string, string | string[] | undefined> = { 'x-forwarded-for': '192.0.2.1', 'x-forwarded-proto': 'https' };
    applyClientAddress(fromProxy, '127.0.0.1', proxies);
    expect(fromProxy).toEqual({ 'x-forwarded-for': '192.0.2.1', 'x-forwarded-proto': 'https', [CLIENT_ADDRESS_HEADER]: '192.0.2.1' });
  });
});

describe('addresses as keys', () => {
  it('normalizes', () => {
    expect(normalizeAddress('::FFFF:1.2.3.4')).toBe('1.2.3.4');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('x')).toBeNull();
  });

  it('limits IPv6 per /64 network, IPv4 per address', () => {
    expect(rateLimitKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(rateLimitKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/64');
    expect(rateLimitKey('1.2.3.4')).toBe('1.2.3.4');
    expect(rateLimitKey(null)).toBe('unknown');
  });
});
