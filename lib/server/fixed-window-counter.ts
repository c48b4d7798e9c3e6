/** How many times a key was counted in the current window, and how long until the window ends. */
export interface WindowCount {
  hits: number;
  retryAfterSeconds: number;
}

/**
 * Counts hits per key in fixed windows (a minute by default), in memory, for one process. At most
 * `capacity` keys are kept: the least recently counted key is dropped first, so memory stays bounded
 * whatever the number of clients (a key dropped while its window is open starts again from zero,
 * which takes more distinct clients within one window than the capacity).
 */
export class FixedWindowCounter {
  // A Map iterates in insertion order: re-inserting a key on every hit keeps the least recent first.
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(
    readonly capacity = 10_000,
    readonly windowMs = 60_000,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  hit(key: string, now = Date.now()): WindowCount {
    const start = now - (now % this.windowMs);
    const previous = this.windows.get(key);
    this.windows.delete(key);
    const current = previous && previous.start >= start ? previous : { start, hits: 0 };
    current.hits += 1;
    this.windows.set(key, current);
    if (this.windows.size > this.capacity) this.windows.delete(this.windows.keys().next().value!);
    return { hits: current.hits, retryAfterSeconds: Math.max(1, Math.ceil((current.start + this.windowMs - now) / 1000)) };
  }
}
