/**
 * The live deck's state in the URL and its keys: `?slide=N` (1-based), `theme=light|dark`,
 * `auto=<seconds>` (kiosk auto-advance) and `loop=1`. Pure, so the player and the tests agree.
 */

export const DECK_THEMES = ['light', 'dark'] as const;
export type DeckTheme = (typeof DECK_THEMES)[number];

/** Kiosk intervals outside this range are ignored (too fast to read, or effectively never). */
export const AUTO_SECONDS = { min: 3, max: 600 } as const;

export interface DeckParams {
  /** 1-based, within 1..total. */
  slide: number;
  theme: DeckTheme;
  /** Seconds between slides in kiosk mode, or null. */
  auto: number | null;
  loop: boolean;
}

type Raw = Record<string, string | string[] | undefined>;

function first(raw: Raw, key: string): string | undefined {
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Reads the deck's parameters. A missing, non-numeric or out-of-range slide becomes the nearest
 * valid one (1 when unreadable); an unknown theme is 'light'.
 */
export function parseDeckParams(raw: Raw, total: number): DeckParams {
  const s = first(raw, 'slide');
  const n = s !== undefined && /^\d{1,6}$/.test(s) ? Number(s) : 1;
  const slide = Math.min(Math.max(1, n), Math.max(1, total));
  const theme: DeckTheme = first(raw, 'theme') === 'dark' ? 'dark' : 'light';
  const a = first(raw, 'auto');
  const secs = a !== undefined && /^\d{1,4}$/.test(a) ? Number(a) : NaN;
  const auto = secs >= AUTO_SECONDS.min && secs <= AUTO_SECONDS.max ? secs : null;
  const l = first(raw, 'loop');
  return { slide, theme, auto, loop: l === '1' || l === 'true' };
}

/** The query string that reproduces `p` (defaults left out, slide always present). */
export function deckQuery(p: DeckParams): string {
  const q = new URLSearchParams({ slide: String(p.slide) });
  if (p.theme !== 'light') q.set('theme', p.theme);
  if (p.auto !== null) q.set('auto', String(p.auto));
  if (p.loop) q.set('loop', '1');
  return q.toString();
}

export type DeckCommand = { type: 'go'; slide: number } | { type: 'fullscreen' } | { type: 'blank' } | { type: 'unblank' };

/**
 * What a key does on slide `current` of `total` (1-based): ←/↑/PageUp back, →/↓/PageDown/Space/
 * Enter forward, Home/End to the ends, F full screen, B or '.' (clickers' "blank" key) blank screen,
 * Escape ends the blank. Moving past either end does nothing. null: the key is not the deck's.
 */
export function keyCommand(key: string, current: number, total: number, blank: boolean): DeckCommand | null {
  const go = (slide: number): DeckCommand | null => (slide === current || slide < 1 || slide > total ? null : { type: 'go', slide });
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return go(current + 1);
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return go(current - 1);
    case 'Home':
      return go(1);
    case 'End':
      return go(total);
    case 'f':
    case 'F':
      return { type: 'fullscreen' };
    case 'b':
    case 'B':
    case '.':
      return { type: blank ? 'unblank' : 'blank' };
    case 'Escape':
      return blank ? { type: 'unblank' } : null;
    default:
      return null;
  }
}

/** The slide after `current` in kiosk mode: the next, or 1 again when looping, or null at the end. */
export function autoNext(current: number, total: number, loop: boolean): number | null {
  if (current < total) return current + 1;
  return loop && total > 1 ? 1 : null;
}
