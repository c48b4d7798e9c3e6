import { describe, expect, it } from 'vitest';
import { FixedWindowCounter } from './fixed-window-counter';

describe('FixedWindowCounter', () => {
  it('counts per key within a minute of the clock and starts again in the next', () => {
    const counter = new FixedWindowCounter();
    expect(counter.hit('a', 120_000)).toEqual({ hits: 1, retryAfterSeconds: 60 });
    expect(counter.hit('a', 150_500)).toEqual({ hits: 2, retryAfterSeconds: 30 });
    expect(counter.hit('b', 150_500)).toEqual({ hits: 1, retryAfterSeconds: 30 });
    expect(counter.hit('a', 180_000)).toEqual({ hits: 1, retryAfterSeconds: 60 });
  });

  it('drops the least recently counted key past its capacity', () => {
    const counter = new FixedWindowCounter(2);
    counter.hit('a', 0);
    counter.hit('b', 1);
    counter.hit('a', 2);
    counter.hit('c', 3);
    expect(counter.size).toBe(2);
    // "b" was dropped and starts again at 1; "a" kept its count.
    expect(counter.hit('a', 4).hits).toBe(3);
    expect(counter.hit('b', 5).hits).toBe(1);
  });
});
