import { describe, expect, it } from 'vitest';
import { openDb } from './connection';
import { perConnection } from './prepared';

describe('perConnection', () => {
  it('builds once per connection and reuses it; another connection gets its own', () => {
    const a = openDb(':memory:');
    const b = openDb(':memory:');
    let built = 0;
    const read = perConnection((db) => {
      built++;
      return db.$client.prepare('select ? + 1').pluck();
    });
    expect(read(a).get(1)).toBe(2);
    expect(read(a)).toBe(read(a));
    expect(built).toBe(1);
    expect(read(b)).not.toBe(read(a));
    expect(read(b).get(41)).toBe(42);
    expect(built).toBe(2);
  });
});
