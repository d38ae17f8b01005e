/**
 * The day the demo is set on: the 9 October 2020 meeting, as of period 2020-09. The clock is
 * stored with the demo (app_meta 'clock', read by lib/clock); nothing the demo records happened
 * after the evening before, so every seeded timestamp is in the demo's past at any time of its day.
 */
export const DEMO_CLOCK = '2020-10-09T00:00:00+08:00';

/** The latest instant of seeded activity: 18:00 Beijing time on 8 October 2020. */
export const SEED_UNTIL_MS = Date.parse('2020-10-08T18:00:00+08:00');

/** The latest calendar date of seeded activity (milestones done, work-item steps). */
export const SEED_LAST_DAY = '2020-10-08';
