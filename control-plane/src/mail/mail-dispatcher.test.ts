import { describeSendError, retryDelayMs } from './mail-dispatcher';

describe('retry delays', () => {
  it('double after each failure from the base, up to the cap', () => {
    const delays = [1, 2, 3, 4, 5, 10].map((attempts) => retryDelayMs(attempts, 30_000, 600_000));
    expect(delays).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 600_000]);
  });
});

describe('send errors as kept and logged', () => {
  it('never keep a link or its token', () => {
    const described = describeSendError(
      new Error(
        '550 rejected: see https://admin.example/auth/magic?token=abc123&next=%2F and token=xyz',
      ),
    );
    expect(described).not.toContain('abc123');
    expect(described).not.toContain('xyz');
    expect(described).toContain('550 rejected');
  });

  it('are bounded, and take anything thrown', () => {
    expect(describeSendError(new Error('x'.repeat(2_000)))).toHaveLength(500);
    expect(describeSendError('plain string')).toBe('plain string');
  });
});
