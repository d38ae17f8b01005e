/**
 * The client address of a request, decided once by the HTTP server (scripts/server.ts) from the
 * socket and the configured reverse proxies, and handed to the app in one internal header that
 * client input can never set. Forwarding headers count only when the socket peer is a trusted
 * proxy (SAIMA_TRUSTED_PROXIES); from anyone else they are removed. Plain module (no
 * 'server-only') so the server script can use it.
 */
import net from 'node:net';

/** The internal request header carrying the address the server computed. */
export const CLIENT_ADDRESS_HEADER = 'x-saima-client-address';

/** Forwarding headers a client could forge; removed unless the peer is a trusted proxy. */
const FORWARDING_HEADERS = ['x-forwarded-for', 'x-real-ip', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded'];

const MARK = Symbol.for('saima.client-address-header');

/** Called by the server before it handles requests: from then on the app trusts the header. */
export function declareClientAddressHeader(): void {
  (globalThis as Record<symbol, unknown>)[MARK] = true;
}

/** True when this process serves through scripts/server.ts (else the header may be client-made). */
export function clientAddressHeaderDeclared(): boolean {
  return (globalThis as Record<symbol, unknown>)[MARK] === true;
}

/** '::ffff:10.0.0.1' → '10.0.0.1'; IPv6 lower-cased without a zone; null when not an address. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim().toLowerCase();
  if (a.startsWith('[') && a.includes(']')) a = a.slice(1, a.indexOf(']'));
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  if (a.startsWith('::ffff:') && net.isIPv4(a.slice(7))) a = a.slice(7);
  return net.isIP(a) ? a : null;
}

export interface TrustedProxies {
  has: (address: string) => boolean;
  readonly size: number;
}

/**
 * Parses "127.0.0.1, 10.0.0.0/8, fd00::/8" (addresses or CIDR ranges, comma- or space-separated).
 * Empty or unset: no proxy is trusted. Throws on an entry that is neither, naming it.
 */
export function parseTrustedProxies(spec: string | undefined): TrustedProxies {
  const list = new net.BlockList();
  const entries = (spec ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [addr, bits, extra] = entry.split('/');
    const a = normalizeAddress(addr);
    const family = a && net.isIPv4(a) ? 'ipv4' : 'ipv6';
    const max = family === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? max : Number(bits);
    if (!a || extra !== undefined || !/^\d*$/.test(bits ?? '') || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      throw new Error(`SAIMA_TRUSTED_PROXIES：“${entry}”不是 IP 地址或 CIDR 网段（例如 127.0.0.1 或 10.0.0.0/8）`);
    }
    list.addSubnet(a, prefix, family);
  }
  return {
    has: (address) => {
      if (entries.length === 0) return false;
      const a = normalizeAddress(address);
      return a !== null && list.check(a, net.isIPv4(a) ? 'ipv4' : 'ipv6');
    },
    size: entries.length,
  };
}

/**
 * The client's address. A peer that is not a trusted proxy is the client. Behind trusted proxies,
 * X-Forwarded-For is read from the right, skipping the trusted hops; the first other address is
 * the client (the left part was written by the client and is ignored). Without X-Forwarded-For,
 * X-Real-IP of a trusted proxy is used.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  realIp: string | string[] | undefined,
  trusted: TrustedProxies,
): string | null {
  const socket = normalizeAddress(peer);
  if (!socket || !trusted.has(socket)) return socket;
  const chain = [forwardedFor ?? []].flat().join(',').split(',');
  for (let i = chain.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(chain[i]);
    if (hop === null) {
      if (chain[i]!.trim() === '') continue;
      return socket;
    }
    if (!trusted.has(hop)) return hop;
  }
  const real = normalizeAddress([realIp ?? []].flat()[0]);
  return real ?? socket;
}

/**
 * Rewrites a request's headers in place: removes the forwarding headers unless the peer is a
 * trusted proxy, and always sets CLIENT_ADDRESS_HEADER (overwriting whatever the client sent).
 */
export function applyClientAddress(
  headers: Record<string, string | string[] | undefined>,
  peer: string | undefined,
  trusted: TrustedProxies,
) {
  const address = resolveClientAddress(peer, headers['x-forwarded-for'], headers['x-real-ip'], trusted);
  if (!trusted.has(peer ?? '')) for (const h of FORWARDING_HEADERS) delete headers[h];
  headers[CLIENT_ADDRESS_HEADER] = address ?? '';
}

/** The key of the per-address login limit: an IPv4 address, or the /64 network of an IPv6 one. */
export function rateLimitKey(address: string | null): string {
  const a = normalizeAddress(address);
  if (!a) return 'unknown';
  if (net.isIPv4(a)) return a;
  const [head = '', tail = ''] = a.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = a.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
