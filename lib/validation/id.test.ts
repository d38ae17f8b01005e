import { describe, expect, it } from 'vitest';
import { idSchema, wholeNumber } from './id';

describe('ids and versions', () => {
  it('accept ASCII digits and integers', () => {
    expect(idSchema().parse('12')).toBe(12);
    expect(idSchema().parse(12)).toBe(12);
    expect(wholeNumber('版本号无效', 0).parse('0')).toBe(0);
  });

  it('refuse every other type and form, with the one message', () => {
    for (const bad of [
      true,
      false,
      null,
      [],
      {},
      '0x1F',
      '1e3',
      '',
      ' ',
      '-1',
      '1.5',
      1.5,
      '１２',
      'NaN',
      Number.NaN,
      Infinity,
      '9'.repeat(20),
      0,
      '0',
    ])
      expect(idSchema().safeParse(bad).error?.issues[0]?.message, JSON.stringify(bad)).toBe('编号无效');
  });
});
