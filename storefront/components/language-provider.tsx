'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { defaultLanguage, type Language } from '../lib/i18n';

// error.tsx is a client component and gets no props from the server, yet must speak the store's
// language: the root layout, which knows it, hands it down through this context.
const LanguageContext = createContext<Language>(defaultLanguage);

export function LanguageProvider({
  language,
  children,
}: {
  language: Language;
  children: ReactNode;
}) {
  return <LanguageContext value={language}>{children}</LanguageContext>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}
