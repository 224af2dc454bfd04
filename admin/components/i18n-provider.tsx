'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { Language } from '@mpb/contracts';
import { dictionaries, pickUiLanguage, type Messages } from '../lib/i18n';

const storageKey = 'mpb.admin.language';
const changeEvent = 'mpb:language-change';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

function subscribe(listener: () => void): () => void {
  window.addEventListener('storage', listener);
  window.addEventListener(changeEvent, listener);
  return () => {
    window.removeEventListener('storage', listener);
    window.removeEventListener(changeEvent, listener);
  };
}

function readLanguage(): Language {
  return pickUiLanguage(
    window.localStorage.getItem(storageKey),
    navigator.languages.length > 0 ? navigator.languages : [navigator.language],
  );
}

// The server cannot know the browser's language, so it renders English and the browser
// switches right after hydration.
const serverLanguage = (): Language => 'en';

export function I18nProvider({ children }: { children: ReactNode }) {
  const language = useSyncExternalStore(subscribe, readLanguage, serverLanguage);

  const setLanguage = useCallback((next: Language) => {
    window.localStorage.setItem(storageKey, next);
    window.dispatchEvent(new Event(changeEvent));
  }, []);

  useEffect(() => {
    // Screen readers pick their voice from <html lang>.
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo(
    () => ({ language, t: dictionaries[language], setLanguage }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
