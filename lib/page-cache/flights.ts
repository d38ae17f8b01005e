/**
 * Single flight for the whole-page cache: while one request of a key is being rendered, the other
 * requests of the same key wait for that render instead of starting their own, and are then answered
 * from what it kept. Bounded: at most `maxWaiters` wait on one render, each at most `waitMs`; a
 * request over the bound, or whose wait ran out, or whose render was not kept, goes to the app.
 */

interface Flight<V> {
  value: Promise<V | null>;
  waiters: number;
}

export interface FlightLimits {
  /** Requests that may wait on one render (the next ones go to the app). */
  maxWaiters: number;
  /** How long a request waits for the render before it goes to the app. */
  waitMs: number;
}

export const DEFAULT_FLIGHT_LIMITS: FlightLimits = { maxWaiters: 1000, waitMs: 10_000 };

export class Flights<V> {
  private readonly live = new Map<string, Flight<V>>();

  constructor(private readonly limits: FlightLimits = DEFAULT_FLIGHT_LIMITS) {}

  /**
   * Runs `work` as the flight of `key`; its waiters get what it resolves with, or null when it
   * rejects (the rejection stays the leader's).
   */
  lead(key: string, work: () => Promise<V | null>): Promise<V | null> {
    const done = work();
    const flight: Flight<V> = { value: done.catch(() => null), waiters: 0 };
    this.live.set(key, flight);
    const end = () => {
      if (this.live.get(key) === flight) this.live.delete(key);
    };
    void flight.value.then(end);
    return done;
  }

  /**
   * Waits for the live flight of `key`: what it kept, or null when it kept nothing, the wait ran
   * out or the flight has its waiters already. Undefined when no flight of `key` is live.
   */
  join(key: string): Promise<V | null> | undefined {
    const flight = this.live.get(key);
    if (!flight) return undefined;
    if (flight.waiters >= this.limits.maxWaiters) return Promise.resolve(null);
    flight.waiters++;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.limits.waitMs);
    });
    return Promise.race([flight.value, timeout]).finally(() => {
      clearTimeout(timer);
      flight.waiters--;
    });
  }

  /** Keys rendering now. */
  get size(): number {
    return this.live.size;
  }
}
