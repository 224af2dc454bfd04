import type { StorefrontEventType } from '@mpb/contracts';

// Storefront events for the merchant's dashboard, sent from the shopper's browser to the
// store's own `/api/v1/events`. A session is one browser's visit: its random id lives in this
// origin's localStorage and is renewed after 30 minutes without a page. Nothing identifies the
// shopper; browsers that ask not to be tracked (Do Not Track, Global Privacy Control) send none.

export const sessionStorageKey = 'mpb:analytics-session';
export const sessionIdleMs = 30 * 60 * 1000;

interface StoredSession {
  id: string;
  lastSeen: number;
}

/** Whether the browser lets us count this visit. */
export function isTrackingAllowed(browser: {
  doNotTrack?: string | null;
  globalPrivacyControl?: boolean;
}): boolean {
  return browser.doNotTrack !== '1' && browser.globalPrivacyControl !== true;
}

/**
 * The session to count an event in: the stored one while it has been seen within 30 minutes,
 * else a new one (`newId`). Returns what to store back.
 */
export function sessionAt(stored: string | null, now: number, newId: () => string): StoredSession {
  try {
    const session = JSON.parse(stored ?? 'null') as Partial<StoredSession> | null;
    if (
      session &&
      typeof session.id === 'string' &&
      /^[A-Za-z0-9_-]{16,64}$/.test(session.id) &&
      typeof session.lastSeen === 'number' &&
      now - session.lastSeen < sessionIdleMs &&
      now >= session.lastSeen
    ) {
      return { id: session.id, lastSeen: now };
    }
  } catch {
    // An unreadable entry starts a new session.
  }
  return { id: newId(), lastSeen: now };
}

let enabled = false;
let memorySession: string | null = null;

/** Turned on by `StorefrontBeacon`, which renders only on a live store's pages (not previews). */
export function enableBeacons(): void {
  enabled = true;
}

function sessionId(): string {
  const newId = () => crypto.randomUUID().replaceAll('-', '');
  try {
    const session = sessionAt(window.localStorage.getItem(sessionStorageKey), Date.now(), newId);
    window.localStorage.setItem(sessionStorageKey, JSON.stringify(session));
    return session.id;
  } catch {
    // Storage refused (private mode, quotas): one session per page load is the best we can do.
    memorySession ??= newId();
    return memorySession;
  }
}

/** Counts one event; fire and forget, never in the way of what the shopper is doing. */
export function trackEvent(type: StorefrontEventType): void {
  if (!enabled || typeof window === 'undefined') return;
  const browser = navigator as Navigator & { globalPrivacyControl?: boolean };
  if (!isTrackingAllowed(browser)) return;
  const body = JSON.stringify({ type, sessionId: sessionId(), path: window.location.pathname });
  // keepalive lets the request finish when the event is a navigation (checkout leaves the page).
  fetch('/api/v1/events', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    keepalive: true,
    credentials: 'omit',
  }).catch(() => undefined);
}
