import { describe, expect, it } from 'vitest';
import { axisTick, ticksCarryUnit, wholeTicks } from './chart-format';

describe('chart axes', () => {
  it('write amounts as officials read them, with the unit on the tick', () => {
    expect(axisTick(1_500_000, '万元')).toBe('150亿元');
    expect(axisTick(9000, '万元')).toBe('9,000.0万元');
    expect(axisTick(0, '万元')).toBe('0');
    expect(ticksCarryUnit('万元')).toBe(true);
  });

  it('write other units as plain numbers, whole where they are whole', () => {
    expect(axisTick(12, '起')).toBe('12');
    expect(axisTick(2.5, '%')).toBe('2.5');
    expect(axisTick(1250.4, '亩')).toBe('1,250');
    expect(ticksCarryUnit('%')).toBe(false);
    expect(wholeTicks('起')).toBe(true);
    expect(wholeTicks('%')).toBe(false);
  });
});
