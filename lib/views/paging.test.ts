import { describe, expect, it } from 'vitest';
import { tablePage } from './paging';

describe('tablePage', () => {
  const at = { path: '/rankings', params: { period: '2020-09', 'page-x': '2' }, anchor: 'x' };

  it('picks the asked page and its row range, and links keep the other parameters', () => {
    const p = tablePage('x', 120, 50, at);
    expect(p).toMatchObject({ page: 2, pages: 3, from: 50, to: 100 });
    expect(p.href(3)).toBe('/rankings?period=2020-09&page-x=3#x');
    expect(p.href(1)).toBe('/rankings?period=2020-09#x');
  });

  it('clamps past the last page and reads anything but a positive integer as page 1', () => {
    expect(tablePage('x', 60, 50, { ...at, params: { 'page-x': '9' } })).toMatchObject({ page: 2, from: 50, to: 60 });
    for (const bad of ['0', '-1', '1e3', 'abc', '01', ''])
      expect(tablePage('x', 60, 50, { ...at, params: { 'page-x': bad } }).page, bad).toBe(1);
    expect(tablePage('x', 0, 50, at)).toMatchObject({ page: 1, pages: 1, from: 0, to: 0 });
  });
});
