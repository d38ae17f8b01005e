import { describe, expect, it } from 'vitest';
import type { DrawnCell } from './drawn-cell';
import { packRows, unpackCell } from './packed-cell';

const rows: DrawnCell[][] = [
  [
    { t: '第1名', c: 'n' },
    { t: '要素保障专班', k: 'b', h: '/task-forces/5' },
    { t: '持平', k: 'm', m: 0 },
    { t: '孙卫东（区委常委）', k: 'b', c: 'w' },
  ],
  [
    { t: '第2名', c: 'n' },
    { t: '项目前期专班', k: 'b', h: '/task-forces/4' },
    { t: '—', k: 'm' },
    { t: '区发改局', k: 'b' },
  ],
  [{ t: '—' }, { t: '—', k: 'b' }, { t: '上升2位', k: 'm', m: 2 }, { t: '自然资源和规划分局', k: 'b', c: 'w' }],
];

describe('packRows', () => {
  it('gives each column its most common look and each cell only what differs', () => {
    const packed = packRows(rows, 4);
    expect(packed.looks).toEqual([{ c: 'n' }, { k: 'b', h: ['/task-forces/', ''] }, { k: 'm' }, { k: 'b', c: 'w' }]);
    expect(packed.rows[0]).toEqual(['第1名', { t: '要素保障专班', h: '5' }, { t: '持平', m: 0 }, '孙卫东（区委常委）']);
    expect(packed.rows[1]![3]).toEqual({ t: '区发改局', c: '' });
    expect(packed.rows[2]![0]).toEqual({ t: '—', c: '' });
  });

  it('unpacks every cell to exactly what was drawn', () => {
    const packed = packRows(rows, 4);
    expect(packed.rows.map((r) => r.map((cell, i) => unpackCell(cell, packed.looks[i]!)))).toEqual(rows);
  });

  it('says once what all the links of a column begin and end with', () => {
    const links = ['/task-forces/1?period=2020-09', '/task-forces/19?period=2020-09', '/task-forces/1?period=2020-09'];
    const packed = packRows(
      links.map((h) => [{ t: '专班', k: 'b', h }]),
      1,
    );
    expect(packed.looks[0]!.h).toEqual(['/task-forces/1', '?period=2020-09']);
    expect(packed.rows.map((r) => unpackCell(r[0]!, packed.looks[0]!).h)).toEqual(links);
  });

  it('packs a table without rows', () => {
    expect(packRows([], 2)).toEqual({ looks: [{}, {}], rows: [] });
  });
});
