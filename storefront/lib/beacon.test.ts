import { isTrackingAllowed, sessionAt, sessionIdleMs } from './beacon';

describe('storefront sessions', () => {
  const now = 1_700_000_000_000;
  const fresh = () => 'n'.repeat(32);
  const stored = (id: string, lastSeen: number) => JSON.stringify({ id, lastSeen });

  it('keeps a session seen within 30 minutes, moving its last sighting', () => {
    expect(sessionAt(stored('a'.repeat(32), now - 60_000), now, fresh)).toEqual({
      id: 'a'.repeat(32),
      lastSeen: now,
    });
  });

  it('starts a new one after 30 minutes idle, or from nothing or garbage', () => {
    for (const value of [
      stored('a'.repeat(32), now - sessionIdleMs),
      null,
      '{not json',
      stored('short', now),
      stored('a'.repeat(32), now + 60_000),
      JSON.stringify({ id: 'a'.repeat(32) }),
    ]) {
      expect(sessionAt(value, now, fresh).id).toBe(fresh());
    }
  });
});

describe('tracking consent', () => {
  it('respects Do Not Track and Global Privacy Control', () => {
    expect(isTrackingAllowed({ doNotTrack: '1' })).toBe(false);
    expect(isTrackingAllowed({ globalPrivacyControl: true })).toBe(false);
    expect(isTrackingAllowed({ doNotTrack: 'unspecified', globalPrivacyControl: false })).toBe(
      true,
    );
    expect(isTrackingAllowed({})).toBe(true);
  });
});
