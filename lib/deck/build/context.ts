import type { DeckIndex } from '../source';
import type { MeetingSpec, SlideSpec } from '../types';

/** What every slide builder receives. */
export interface BuildContext {
  idx: DeckIndex;
  meeting: MeetingSpec;
  spec: SlideSpec;
  /** 1-based position in the deck. */
  number: number;
}

/** The slide's own title when it has one, else `fallback`. */
export function titleOr(spec: SlideSpec, fallback: string): string {
  const own = spec.title?.trim();
  return own ? own : fallback;
}
