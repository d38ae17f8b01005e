import { describe, expect, it } from 'vitest';
import { autoNext, deckQuery, keyCommand, parseDeckParams } from './nav';

describe('parseDeckParams', () => {
  it('reads slide, theme, kiosk interval and loop', () => {
    expect(parseDeckParams({ slide: '3', theme: 'dark', auto: '15', loop: '1' }, 10)).toEqual({
      slide: 3,
      theme: 'dark',
      auto: 15,
      loop: true,
    });
  });
  it('brings a missing, unreadable or out-of-range slide to the nearest valid one', () => {
    expect(parseDeckParams({}, 10).slide).toBe(1);
    expect(parseDeckParams({ slide: 'abc' }, 10).slide).toBe(1);
    expect(parseDeckParams({ slide: '0' }, 10).slide).toBe(1);
    expect(parseDeckParams({ slide: '99' }, 10).slide).toBe(10);
    expect(parseDeckParams({ slide: ['4', '5'] }, 10).slide).toBe(4);
  });
  it('ignores unknown themes and intervals too short or too long to be a kiosk', () => {
    expect(parseDeckParams({ theme: 'neon', auto: '1' }, 3)).toMatchObject({ theme: 'light', auto: null, loop: false });
    expect(parseDeckParams({ auto: '601' }, 3).auto).toBeNull();
    expect(parseDeckParams({ auto: '3' }, 3).auto).toBe(3);
  });
});

describe('deckQuery', () => {
  it('reproduces the parameters, leaving defaults out', () => {
    expect(deckQuery({ slide: 2, theme: 'light', auto: null, loop: false })).toBe('slide=2');
    expect(deckQuery({ slide: 4, theme: 'dark', auto: 20, loop: true })).toBe('slide=4&theme=dark&auto=20&loop=1');
    const p = { slide: 7, theme: 'dark' as const, auto: 10, loop: true };
    expect(parseDeckParams(Object.fromEntries(new URLSearchParams(deckQuery(p))), 9)).toEqual(p);
  });
});

describe('keyCommand', () => {
  it('moves with arrows, PageUp/PageDown (clickers), space, Home and End, never past the ends', () => {
    expect(keyCommand('ArrowRight', 2, 5, false)).toEqual({ type: 'go', slide: 3 });
    expect(keyCommand('PageDown', 2, 5, false)).toEqual({ type: 'go', slide: 3 });
    expect(keyCommand(' ', 2, 5, false)).toEqual({ type: 'go', slide: 3 });
    expect(keyCommand('ArrowLeft', 2, 5, false)).toEqual({ type: 'go', slide: 1 });
    expect(keyCommand('PageUp', 2, 5, false)).toEqual({ type: 'go', slide: 1 });
    expect(keyCommand('Home', 4, 5, false)).toEqual({ type: 'go', slide: 1 });
    expect(keyCommand('End', 1, 5, false)).toEqual({ type: 'go', slide: 5 });
    expect(keyCommand('ArrowRight', 5, 5, false)).toBeNull();
    expect(keyCommand('ArrowLeft', 1, 5, false)).toBeNull();
    expect(keyCommand('Home', 1, 5, false)).toBeNull();
  });
  it('F is full screen; B and "." blank and unblank; Escape ends a blank only', () => {
    expect(keyCommand('f', 1, 5, false)).toEqual({ type: 'fullscreen' });
    expect(keyCommand('F', 1, 5, false)).toEqual({ type: 'fullscreen' });
    expect(keyCommand('b', 1, 5, false)).toEqual({ type: 'blank' });
    expect(keyCommand('B', 1, 5, true)).toEqual({ type: 'unblank' });
    expect(keyCommand('.', 1, 5, false)).toEqual({ type: 'blank' });
    expect(keyCommand('Escape', 1, 5, true)).toEqual({ type: 'unblank' });
    expect(keyCommand('Escape', 1, 5, false)).toBeNull();
    expect(keyCommand('x', 1, 5, false)).toBeNull();
  });
});

describe('autoNext', () => {
  it('advances, loops to the first slide when asked, else stops at the end', () => {
    expect(autoNext(1, 3, false)).toBe(2);
    expect(autoNext(3, 3, true)).toBe(1);
    expect(autoNext(3, 3, false)).toBeNull();
    expect(autoNext(1, 1, true)).toBeNull();
  });
});
