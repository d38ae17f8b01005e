import { describe, expect, it } from 'vitest';
import { headerTodos } from './header';

describe('headerTodos', () => {
  it('adds up what is missing over the open rounds and keeps the review queue', () => {
    expect(headerTodos([{ missing: 3 }, { missing: 2 }], 4)).toEqual({ due: 5, reviewQueue: 4 });
    expect(headerTodos([], null)).toEqual({ due: 0, reviewQueue: null });
  });
});
