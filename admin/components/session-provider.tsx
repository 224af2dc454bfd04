'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { z } from 'zod';
import type { meResponseSchema } from '@mpb/contracts';
import { platformApi, tokenStore } from '../lib/browser-client';
import type { Session } from '../lib/token-store';

type User = z.infer<typeof meResponseSchema>;

interface SessionState {
  /** undefined until the browser has been asked (during server rendering and hydration). */
  session: Session | null | undefined;
  user: User | null;
  signOut: () => Promise<void>;
  /** Reads the user again (after verifying the email, say); only while signed in. */
  refreshUser: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

const unknownOnServer = (): undefined => undefined;

export function SessionProvider({ children }: { children: ReactNode }) {
  const session = useSyncExternalStore(tokenStore.subscribe, tokenStore.read, unknownOnServer);
  const isSignedIn = Boolean(session);
  const [user, setUser] = useState<User | null>(null);

  useEffect(() => {
    if (!isSignedIn) return;
    const controller = new AbortController();
    platformApi
      .getMe(controller.signal)
      .then(setUser)
      // The email in the header is a nicety; pages report their own failures.
      .catch(() => undefined);
    return () => {
      controller.abort();
      setUser(null);
    };
  }, [isSignedIn]);

  const signOut = useCallback(() => platformApi.logOut(), []);
  const refreshUser = useCallback(async () => {
    if (!tokenStore.read()) return;
    await platformApi.getMe().then(setUser, () => undefined);
  }, []);
  const value = useMemo(
    () => ({ session, user, signOut, refreshUser }),
    [session, user, signOut, refreshUser],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}
