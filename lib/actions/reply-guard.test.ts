import { describe, expect, it } from 'vitest';
import { forgedActionBody, isTextActionCall } from './reply-guard';

describe('forgedActionBody', () => {
  it('accepts what React’s string encoding produces', () => {
    for (const body of [
      '[null,{"indicatorId":"12","value":"１２３"}]',
      '[null,{"text":"$$5 元"}]',
      '["$undefined",{"n":"$NaN","i":"$Infinity","m":"$-Infinity","z":"$-0"}]',
      '[null,{"at":"$D2020-10-09T00:00:00.000Z","big":"$n12345678901234567890"}]',
      '[]',
      '[null,{"__proto__":{"x":1}}]',
    ])
      expect(forgedActionBody(body), body).toBe(false);
  });

  it('refuses references to other parts and bodies that are not JSON', () => {
    for (const body of [
      '[null,"$Q1"]',
      '[null,"$1"]',
      '[null,{"a":["$B1"]}]',
      '[null,"$F1"]',
      '[null,"$h1"]',
      '[null,"$"]',
      'not json',
      '',
      '[null,"$N"]',
    ])
      expect(forgedActionBody(body), body).toBe(true);
  });

  it('walks deep nesting without recursion', () => {
    expect(forgedActionBody('['.repeat(5000) + '"$Q1"' + ']'.repeat(5000))).toBe(true);
  });

  it('only text-bodied action calls are checked', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(isTextActionCall('POST', h({ 'next-action': 'x', 'content-type': 'text/plain;charset=UTF-8' }))).toBe(true);
    expect(isTextActionCall('POST', h({ 'next-action': 'x', 'content-type': 'multipart/form-data; boundary=a' }))).toBe(false);
    expect(isTextActionCall('POST', h({ 'content-type': 'text/plain' }))).toBe(false);
    expect(isTextActionCall('GET', h({ 'next-action': 'x', 'content-type': 'text/plain' }))).toBe(false);
  });
});
