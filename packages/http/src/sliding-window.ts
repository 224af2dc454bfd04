/**
 * Rate limits count hits in fixed windows (one Redis counter per window), but judge them over
 * a window that slides: the previous window's count weighs as much of it as still overlaps the
 * last `windowSeconds`. A plain fixed window forgets everything at its boundary, so a client
 * could make twice the limit across it, and a test sending `limit + 1` hits could pass.
 */
export interface SlidingWindow {
  /** Which fixed window `nowMs` falls in: the counter to increment. */
  current: number;
  /** The one before, whose counter is read. */
  previous: number;
}

export function slidingWindowAt(nowMs: number, windowSeconds: number): SlidingWindow {
  const current = Math.floor(nowMs / (windowSeconds * 1000));
  return { current, previous: current - 1 };
}

export interface SlidingWindowVerdict {
  /** The estimated hits over the last `windowSeconds`, this one included. */
  estimate: number;
  isLimited: boolean;
  /** When limited: seconds until the estimate is back within the limit (at least 1). */
  retryAfterSeconds: number;
}

/**
 * Judges a hit: `currentCount` includes it, `previousCount` is the window before's total.
 */
export function judgeSlidingWindow(input: {
  nowMs: number;
  windowSeconds: number;
  limit: number;
  currentCount: number;
  previousCount: number;
}): SlidingWindowVerdict {
  const windowMs = input.windowSeconds * 1000;
  const { current } = slidingWindowAt(input.nowMs, input.windowSeconds);
  const elapsed = (input.nowMs - current * windowMs) / windowMs;
  const estimate = input.currentCount + input.previousCount * (1 - elapsed);
  if (estimate <= input.limit) return { estimate, isLimited: false, retryAfterSeconds: 0 };
  let waitMs: number;
  if (input.currentCount > input.limit || input.previousCount === 0) {
    // Only the next window (when this one becomes "previous" and starts fading) can help.
    waitMs = (current + 1) * windowMs - input.nowMs;
  } else {
    // The previous window's weight must fall to what the limit leaves room for.
    const room = (input.limit - input.currentCount) / input.previousCount;
    waitMs = (1 - room - elapsed) * windowMs;
  }
  return { estimate, isLimited: true, retryAfterSeconds: Math.max(Math.ceil(waitMs / 1000), 1) };
}
