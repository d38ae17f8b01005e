import { describe, expect, it } from 'vitest';
import { formatFixed, groupThousands, isFiniteNumber, normalizeDigits, roundHalfUp } from './decimal';

describe('roundHalfUp / formatFixed', () => {
  it.each([
    [0.05, 1, '0.1'],
    [0.15, 1, '0.2'],
    [0.25, 1, '0.3'],
    [0.35, 1, '0.4'],
    [1.005, 2, '1.01'],
    [2.675, 2, '2.68'],
    [1.45, 1, '1.5'],
    [8.345, 2, '8.35'],
    [0.5, 0, '1'],
    [1.5, 0, '2'],
    [2.5, 0, '3'],
    [0.04, 1, '0.0'],
    [9.95, 1, '10.0'],
    [99.995, 2, '100.00'],
    [999999.95, 1, '1,000,000.0'],
    [0.1 + 0.2, 2, '0.30'],
    [1.0049999999999999, 2, '1.01'],
    [123, 0, '123'],
    [123, 3, '123.000'],
  ])('%s at %i dp → %s', (v, digits, expected) => {
    expect(formatFixed(v, digits)).toBe(expected);
  });

  it('rounds negatives half away from zero', () => {
    expect(formatFixed(-0.05, 1)).toBe('-0.1');
    expect(formatFixed(-1.25, 1)).toBe('-1.3');
    expect(formatFixed(-2.675, 2)).toBe('-2.68');
    expect(formatFixed(-0.5, 0)).toBe('-1');
  });

  it('never renders negative zero', () => {
    expect(formatFixed(-0, 1)).toBe('0.0');
    expect(formatFixed(-0, 0)).toBe('0');
    expect(formatFixed(-0.04, 1)).toBe('0.0');
    expect(formatFixed(-0.4, 0)).toBe('0');
    expect(roundHalfUp(-0.0001, 2)).toEqual({ negative: false, int: '0', frac: '00', isZero: true });
  });

  it('handles tiny numbers written in exponent form', () => {
    expect(formatFixed(1e-7, 2)).toBe('0.00');
    expect(formatFixed(5e-7, 6)).toBe('0.000001');
    expect(formatFixed(1.5e-10, 10)).toBe('0.0000000002');
  });

  it('handles huge numbers without exponent notation', () => {
    expect(formatFixed(1e21, 1)).toBe('1,000,000,000,000,000,000,000.0');
    expect(formatFixed(1.5e25, 0)).toBe('15,000,000,000,000,000,000,000,000');
    expect(formatFixed(Number.MAX_SAFE_INTEGER, 0)).toBe('9,007,199,254,740,991');
    const max = formatFixed(Number.MAX_VALUE, 0);
    expect(max).toMatch(/^179,769,313,486,231,57(0,)(000,)+000$/);
    expect(max.replace(/,/g, '')).toHaveLength(309);
  });

  it('shifts the decimal point exactly', () => {
    expect(formatFixed(0.756, 1, 2)).toBe('75.6');
    expect(formatFixed(0.0015, 1, 2)).toBe('0.2');
    expect(formatFixed(23500, 2, -4)).toBe('2.35');
    expect(formatFixed(12345, 2, -4)).toBe('1.23');
    expect(formatFixed(12350, 2, -4)).toBe('1.24');
    expect(formatFixed(5, 2, -4)).toBe('0.00');
    expect(formatFixed(50, 2, -4)).toBe('0.01');
  });
});

describe('helpers', () => {
  it('groups thousands', () => {
    expect(groupThousands('0')).toBe('0');
    expect(groupThousands('999')).toBe('999');
    expect(groupThousands('1000')).toBe('1,000');
    expect(groupThousands('1234567')).toBe('1,234,567');
  });

  it('normalizes digits', () => {
    expect(normalizeDigits(undefined, 1)).toBe(1);
    expect(normalizeDigits(Number.NaN, 2)).toBe(2);
    expect(normalizeDigits(-3, 1)).toBe(0);
    expect(normalizeDigits(2.9, 1)).toBe(2);
    expect(normalizeDigits(99, 1)).toBe(20);
  });

  it('detects finite numbers', () => {
    expect(isFiniteNumber(0)).toBe(true);
    expect(isFiniteNumber(Number.NaN)).toBe(false);
    expect(isFiniteNumber(Infinity)).toBe(false);
    expect(isFiniteNumber(null)).toBe(false);
    expect(isFiniteNumber('1')).toBe(false);
  });
});
