import { z } from 'zod';

/** What the admin keeps between page loads to call the APIs on the user's behalf. */
export const sessionSchema = z.object({
  token: z.string().min(1),
  refreshToken: z.string().min(1),
  /** Epoch milliseconds after which the access token is expired. */
  expiresAt: z.number(),
});
export type Session = z.infer<typeof sessionSchema>;

// Function-typed properties rather than methods: React receives `read` and `subscribe`
// detached from the store, so they must not depend on `this`.
export interface TokenStore {
  /** The current session; the same object until it changes, so React can compare snapshots. */
  read: () => Session | null;
  write: (session: Session) => void;
  clear: () => void;
  /** Calls `listener` after any change, including one made in another tab. */
  subscribe: (listener: () => void) => () => void;
}

export function sessionFromTokens(
  tokens: { token: string; refreshToken: string; expiresIn: number },
  now = Date.now(),
): Session {
  return {
    token: tokens.token,
    refreshToken: tokens.refreshToken,
    expiresAt: now + tokens.expiresIn * 1000,
  };
}

export function createMemoryTokenStore(initial: Session | null = null): TokenStore {
  let session = initial;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  return {
    read: () => session,
    write: (next) => {
      session = next;
      notify();
    },
    clear: () => {
      session = null;
      notify();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const storageKey = 'mpb.admin.session';
const changeEvent = 'mpb:session-change';

/**
 * Tokens in localStorage, as the product asks: the admin is a static client app on the
 * platform origin, so there is no server of ours to hold an httpOnly cookie. Safe to create
 * during server rendering: it reads nothing until called in the browser.
 */
export function createBrowserTokenStore(): TokenStore {
  let cachedRaw: string | null = null;
  let cached: Session | null = null;

  function read(): Session | null {
    if (typeof window === 'undefined') return null;
    const raw = window.localStorage.getItem(storageKey);
    if (raw === cachedRaw) return cached;
    cachedRaw = raw;
    cached = parseSession(raw);
    return cached;
  }

  function announce() {
    // The `storage` event only reaches other tabs; this one needs its own signal.
    window.dispatchEvent(new Event(changeEvent));
  }

  return {
    read,
    write: (session) => {
      window.localStorage.setItem(storageKey, JSON.stringify(session));
      announce();
    },
    clear: () => {
      window.localStorage.removeItem(storageKey);
      announce();
    },
    subscribe: (listener) => {
      const onStorage = (event: StorageEvent) => {
        if (event.key === storageKey || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      window.addEventListener(changeEvent, listener);
      return () => {
        window.removeEventListener('storage', onStorage);
        window.removeEventListener(changeEvent, listener);
      };
    },
  };
}

function parseSession(raw: string | null): Session | null {
  if (raw === null) return null;
  try {
    const parsed = sessionSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Corrupt storage (edited by hand, truncated) is the same as no session.
    return null;
  }
}
