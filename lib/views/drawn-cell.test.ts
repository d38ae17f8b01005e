import { describe, expect, it } from 'vitest';
import { drawCell } from './drawn-cell';

describe('drawCell', () => {
  it('keeps only what is drawn: words, class, link, status, movement, 待审核', () => {
    expect(drawCell({ header: '专班' }, { kind: 'text', text: '生产性服务业专班', href: '/task-forces/1' })).toEqual({
      k: 'b',
      t: '生产性服务业专班',
      c: 'w',
      h: '/task-forces/1',
    });
    expect(drawCell({ header: '名次' }, { kind: 'rank', value: 3 })).toEqual({ t: '第3名', c: 'n' });
    expect(drawCell({ header: '较上期' }, { kind: 'movement', value: null })).toEqual({ k: 'm', t: '—' });
    expect(drawCell({ header: '较上期' }, { kind: 'movement', value: -2 })).toMatchObject({ k: 'm', m: -2 });
    expect(drawCell({ header: '状态' }, { kind: 'status', status: 'no_data', pending: true })).toEqual({
      k: 's',
      t: '待审核',
      s: 'no_data',
      p: true,
    });
    expect(drawCell({ header: '本期', align: 'left' }, { kind: 'value', value: 12, unit: '个', pending: true })).toMatchObject({ k: 'v' });
    expect(drawCell({ header: '差距', wide: true }, { kind: 'text', text: '落后应完成进度5.0个百分点' })).toMatchObject({ c: 'x' });
  });

  it('leaves out keys without a value (no undefined in the payload)', () => {
    const drawn = drawCell({ header: '名称' }, { kind: 'text', text: '短名' });
    expect(Object.keys(drawn)).toEqual(['t', 'k']);
  });
});
