import { judgeSlidingWindow, slidingWindowAt } from './sliding-window';

const hour = 3600;
const at = (windowIndex: number, fraction: number) => (windowIndex + fraction) * hour * 1000;

describe('sliding-window rate limits', () => {
  it('names the fixed window to count in and the one before', () => {
    expect(slidingWindowAt(at(10, 0.5), hour)).toEqual({ current: 10, previous: 9 });
  });

  it('does not forget the hits just before a window boundary', () => {
    // Two hits (the limit) at the end of one window, a third one second into the next.
    const verdict = judgeSlidingWindow({
      nowMs: at(11, 1 / hour),
      windowSeconds: hour,
      limit: 2,
      currentCount: 1,
      previousCount: 2,
    });
    expect(verdict.isLimited).toBe(true);
    expect(verdict.estimate).toBeCloseTo(3, 2);
    // Back within the limit once half of the previous window has slid out.
    expect(verdict.retryAfterSeconds).toBe(hour / 2 - 1);
  });

  it('lets hits through again as the previous window slides out', () => {
    const verdict = judgeSlidingWindow({
      nowMs: at(11, 0.75),
      windowSeconds: hour,
      limit: 2,
      currentCount: 1,
      previousCount: 2,
    });
    expect(verdict).toMatchObject({ isLimited: false, estimate: 1.5 });
  });

  it('over the limit within the window alone: wait for the next window', () => {
    const verdict = judgeSlidingWindow({
      nowMs: at(3, 0.25),
      windowSeconds: 60,
      limit: 5,
      currentCount: 6,
      previousCount: 0,
    });
    expect(verdict).toMatchObject({ isLimited: true, estimate: 6 });
    expect(verdict.retryAfterSeconds).toBeGreaterThanOrEqual(1);
  });

  it('allows exactly the limit', () => {
    expect(
      judgeSlidingWindow({
        nowMs: at(5, 0),
        windowSeconds: 900,
        limit: 5,
        currentCount: 5,
        previousCount: 0,
      }).isLimited,
    ).toBe(false);
  });
});
