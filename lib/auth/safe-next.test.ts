import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext: where a login may lead', () => {
  it('keeps same-site absolute paths with their query and hash', () => {
    expect(safeNext('/rankings?period=2020-09')).toBe('/rankings?period=2020-09');
    expect(safeNext('/task-forces/3#indicators')).toBe('/task-forces/3#indicators');
    expect(safeNext('/search?q=%E6%8B%9B%E5%95%86')).toBe('/search?q=%E6%8B%9B%E5%95%86');
    expect(safeNext('/%2F%2Fexample.com')).toBe('/%2F%2Fexample.com');
  });

  it('sends everything that could leave the site to /', () => {
    const leaving = [
      '//example.com',
      '/\t/example.com',
      '/\n/example.com',
      '/\r\nSet-Cookie: x=1',
      '/\\example.com',
      '\\/example.com',
      '/ /example.com',
      '/\u3000/example.com',
      '/\u2028/example.com',
      'https://example.com',
      'javascript:alert(1)',
      'example.com',
      '',
      `/${'a'.repeat(2001)}`,
    ];
    for (const next of leaving) expect(safeNext(next), JSON.stringify(next)).toBe('/');
  });

  it('ignores what is not a string', () => {
    for (const next of [undefined, null, 42, ['/a', '/b'], { toString: () => '/x' }]) expect(safeNext(next)).toBe('/');
  });
});
