import { describe, expect, it } from 'vitest';
import { completionScaleMax } from './measures';

const g = (completion: number | null, expected: number | null = 0.75) => ({
  progress: { completion, expected },
});

describe('completionScaleMax', () => {
  it('is 100 at least, else the largest figure rounded up to the next 10', () => {
    expect(completionScaleMax([])).toBe(100);
    expect(completionScaleMax([g(0.5), g(null, null)])).toBe(100);
    expect(completionScaleMax([g(1)])).toBe(100);
    expect(completionScaleMax([g(1.1)])).toBe(110);
    expect(completionScaleMax([g(1.102)])).toBe(120);
    expect(completionScaleMax([g(0.6, 1.45), g(1.5)])).toBe(150);
  });
});
