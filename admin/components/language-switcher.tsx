'use client';

import { useId } from 'react';
import { isLanguage, languageNames, uiLanguages } from '../lib/i18n';
import { useI18n } from './i18n-provider';

/** Changes the UI language; the choice is remembered in this browser. */
export function LanguageSwitcher() {
  const { language, setLanguage, t } = useI18n();
  const id = useId();
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-slate-700">
        {t.header.displayLanguage}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) setLanguage(event.target.value);
        }}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        {uiLanguages.map((code) => (
          <option key={code} value={code} lang={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
