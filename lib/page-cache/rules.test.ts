import { describe, expect, it } from 'vitest';
import { ByteLru } from './lru';
import { cacheableRequest, cacheableResponse, nonceOf, pageKey, readCookies } from './rules';

const doc = { accept: 'text/html', cookie: 'saima_session=abc' };

describe('which requests the page cache may answer', () => {
  it('the dashboard read pages, with any query, by GET or HEAD', () => {
    for (const url of [
      '/',
      '/?period=2020-10',
      '/rankings',
      '/competitions',
      '/competitions/3',
      '/task-forces/12?period=2020-09',
      '/indicators/1',
      '/villages',
      '/villages/7',
      '/projects',
      '/projects/2',
      '/work-items',
      '/work-items/5',
    ])
      expect(cacheableRequest('GET', url, doc), url).toBe(true);
    expect(cacheableRequest('HEAD', '/rankings', doc)).toBe(true);
  });

  it('never an administration, reporting, review, API, export, login, account or search page', () => {
    for (const url of [
      '/admin',
      '/admin/users',
      '/report',
      '/review',
      '/api/health',
      '/api/export/ranking',
      '/api/report/export',
      '/login',
      '/account/password',
      '/search?q=a',
      '/meetings',
      '/entries/1',
      '/bulletin',
      '/present/1',
      '/indicators',
      '/rankings/',
      '/indicators/1/x',
      '/competitions/abc',
      '//rankings',
      'http://x/rankings',
    ])
      expect(cacheableRequest('GET', url, doc), url).toBe(false);
  });

  it('never an action, a flight (RSC) request, a prefetch, a range or a conditional request', () => {
    expect(cacheableRequest('POST', '/rankings', doc)).toBe(false);
    expect(cacheableRequest('GET', '/rankings?_rsc=1x2', doc)).toBe(false);
    expect(cacheableRequest('GET', '/rankings?period=2020-10&_rsc=abc', doc)).toBe(false);
    for (const [name, value] of [
      ['rsc', '1'],
      ['next-router-state-tree', '%5B%5D'],
      ['next-router-prefetch', '1'],
      ['next-router-segment-prefetch', '/_tree'],
      ['next-url', '/'],
      ['next-action', 'abc'],
      ['purpose', 'prefetch'],
      ['sec-purpose', 'prefetch;prerender'],
      ['x-moz', 'prefetch'],
      ['x-middleware-prefetch', '1'],
      ['range', 'bytes=0-10'],
      ['if-none-match', '"x"'],
    ] as const)
      expect(cacheableRequest('GET', '/rankings', { ...doc, [name]: value }), name).toBe(false);
  });
});

describe('cookies as the app reads them', () => {
  it('the session apart, every other cookie keyed, sorted', () => {
    expect(readCookies('b=2; saima_session=tok%3D; saima_campaign=3')).toEqual({ session: 'tok=', keyed: ['b=2', 'saima_campaign=3'] });
  });

  it('nothing without a session, or with the session or the year given twice or unreadable', () => {
    expect(readCookies(undefined)).toBeNull();
    expect(readCookies('saima_campaign=3')).toBeNull();
    expect(readCookies('saima_session=a; saima_session=b')).toBeNull();
    expect(readCookies('saima_session=a; saima_campaign=1; saima_campaign=2')).toBeNull();
    expect(readCookies('saima_session=%E0%A4%A')).toBeNull();
  });
});

describe('the key of a page', () => {
  const base = {
    generation: '5:100',
    userId: 1,
    url: '/rankings',
    cookies: [] as string[],
    headers: { 'accept-encoding': 'gzip', host: 'h' },
  };
  it('differs by user, URL and query, year cookie, generation and the headers a page may depend on', () => {
    const k = pageKey(base);
    expect(pageKey({ ...base })).toBe(k);
    for (const other of [
      { ...base, userId: 2 },
      { ...base, url: '/rankings?period=2020-09' },
      { ...base, cookies: ['saima_campaign=2'] },
      { ...base, generation: '6:100' },
      { ...base, generation: '5:101' },
      { ...base, headers: { ...base.headers, 'accept-encoding': 'identity' } },
      { ...base, headers: { ...base.headers, 'user-agent': 'Googlebot' } },
      { ...base, headers: { ...base.headers, 'x-forwarded-proto': 'https' } },
    ])
      expect(pageKey(other)).not.toBe(k);
  });

  it('holds no secret in the clear', () => {
    expect(pageKey({ ...base, cookies: ['other=secret'] })).not.toContain('secret');
  });
});

describe('which responses are kept', () => {
  const nonce = 'MTIzNDU2Nzgt';
  const headers = {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
  };
  const body = Buffer.from(`<html><script nonce="${nonce}">x</script></html>`);
  it('a 200 HTML page carrying the policy’s one nonce, plain or gzip', () => {
    expect(nonceOf(headers['content-security-policy'])).toBe(nonce);
    expect(cacheableResponse(200, headers, body)).toBe(true);
    expect(cacheableResponse(200, { ...headers, 'content-encoding': 'gzip' }, body)).toBe(true);
  });

  it('not a redirect, an error, a cookie-setting, non-HTML or otherwise-encoded response, nor one with a render error', () => {
    expect(cacheableResponse(307, headers, body)).toBe(false);
    expect(cacheableResponse(404, headers, body)).toBe(false);
    expect(cacheableResponse(200, { ...headers, 'set-cookie': ['a=b'] }, body)).toBe(false);
    expect(cacheableResponse(200, { ...headers, 'content-type': 'text/x-component' }, body)).toBe(false);
    expect(cacheableResponse(200, { ...headers, 'content-encoding': 'br' }, body)).toBe(false);
    expect(cacheableResponse(200, { 'content-type': 'text/html' }, body)).toBe(false);
    expect(cacheableResponse(200, { ...headers, 'content-security-policy': `'nonce-a' 'nonce-b'` }, body)).toBe(false);
    expect(cacheableResponse(200, headers, Buffer.from('<html>no nonce</html>'))).toBe(false);
    expect(cacheableResponse(200, headers, Buffer.concat([body, Buffer.from('<!--$!--><template data-dgst="123"></template>')]))).toBe(
      false,
    );
  });

  it('a chart left to the browser (next/dynamic without SSR: an empty digest) is no render error; a digested one is', () => {
    const chart = Buffer.from('<div><!--$!--><template data-dgst=""></template><!--/$--></div>');
    expect(cacheableResponse(200, headers, Buffer.concat([body, chart]))).toBe(true);
    const failed = Buffer.from('<!--$!--><template data-dgst="2771491632"></template><!--/$-->');
    expect(cacheableResponse(200, headers, Buffer.concat([body, chart, failed]))).toBe(false);
    expect(cacheableResponse(200, headers, Buffer.concat([body, Buffer.from('<!--$!--><template></template>')]))).toBe(false);
  });
});

describe('the byte-bounded LRU', () => {
  it('drops the entries read longest ago when over its cap, and refuses one over an eighth of it', () => {
    const lru = new ByteLru<string>(800);
    lru.set('a', 'A', 100);
    lru.set('b', 'B', 100);
    lru.set('c', 'C', 100);
    expect(lru.get('a')).toBe('A'); // a is now the most recent
    for (let i = 0; i < 7; i++) lru.set(`x${i}`, 'X', 100);
    expect(lru.bytes).toBeLessThanOrEqual(800);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('c')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.set('big', 'Y', 101)).toBe(false);
    expect(lru.get('big')).toBeUndefined();
    lru.set('a', 'A2', 50);
    expect(lru.get('a')).toBe('A2');
    expect(lru.bytes).toBe(750);
    lru.clear();
    expect([lru.size, lru.bytes]).toEqual([0, 0]);
  });
});
