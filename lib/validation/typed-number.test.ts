import { describe, expect, it } from 'vitest';
import { typedNumber } from './typed-number';
import { z } from './zod-zh';

const minutes = typedNumber(z.number({ message: '请填写数字' }).int('请填写整数').min(5, '至少 5'));

describe('typedNumber', () => {
  it('reads full-width digits and thousands separators like an entry value', () => {
    expect(minutes.parse('３０')).toBe(30);
    expect(minutes.parse('1,440')).toBe(1440);
    expect(minutes.parse(' 30 ')).toBe(30);
    expect(minutes.parse(30)).toBe(30);
  });

  it('refuses what is not a number with the field’s own message', () => {
    for (const bad of ['一百', 'NaN', '1e309', '', '0x1F'])
      expect(minutes.safeParse(bad).error?.issues[0]?.message, bad).toBe('请填写数字');
    expect(minutes.safeParse('2.5').error?.issues[0]?.message).toBe('请填写整数');
    expect(minutes.safeParse('３').error?.issues[0]?.message).toBe('至少 5');
  });
});
