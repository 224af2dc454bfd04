'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useId } from 'react';
import type { Store } from '../../../lib/cell-api';
import { interpolate, languageNames, type Messages } from '../../../lib/i18n';
import { currencyParam, languageParam } from '../../../lib/shopper-preferences';
import { carriedParams, switchHref } from '../../../lib/switcher-links';

/**
 * The header's language links and currency picker, in every template; nothing when the store
 * offers one language and no display currency. Both are plain links and a GET form, so they
 * work without JavaScript and load the whole page again: the root layout (`<html lang>`, the
 * display currency) renders anew, and proxy.ts remembers the choice in a cookie. Each language
 * is named in itself ("Español"), with `lang` and `hreflang`, whatever the page's language.
 */
export function ShopperSwitchers({
  store,
  messages,
  className = '',
}: {
  store: Pick<
    Store,
    'language' | 'languages' | 'currency' | 'displayCurrencies' | 'displayCurrency'
  >;
  messages: Messages;
  className?: string;
}) {
  const pathname = usePathname() ?? '/';
  const current = useSearchParams();
  const selectId = useId();
  const query = new URLSearchParams(current?.toString() ?? '');
  if (store.languages.length < 2 && store.displayCurrencies.length === 0) return null;

  return (
    <div className={`flex flex-wrap items-center justify-end gap-x-4 gap-y-2 text-sm ${className}`}>
      {store.languages.length > 1 ? (
        <nav aria-label={messages.languageLabel}>
          <ul className="flex flex-wrap items-center gap-1">
            {store.languages.map((language) => (
              <li key={language}>
                <a
                  href={switchHref(pathname, query, languageParam, language)}
                  lang={language}
                  hrefLang={language}
                  aria-current={language === store.language ? 'true' : undefined}
                  className="inline-block rounded px-2 py-1 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current aria-[current=true]:font-semibold aria-[current=true]:underline"
                >
                  {languageNames[language]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {store.displayCurrencies.length > 0 ? (
        <form method="get" action={pathname} className="flex items-center gap-2">
          {carriedParams(query, currencyParam).map(([name, value], index) => (
            <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
          ))}
          <label htmlFor={selectId}>{messages.currencyLabel}</label>
          <select
            id={selectId}
            name={currencyParam}
            defaultValue={store.displayCurrency?.currency ?? store.currency}
            className="rounded border border-neutral-400 bg-white px-2 py-1 text-sm text-neutral-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
          >
            <option value={store.currency}>
              {interpolate(messages.storeCurrencyOption, { currency: store.currency })}
            </option>
            {store.displayCurrencies.map((entry) => (
              <option key={entry.currency} value={entry.currency}>
                {entry.currency}
              </option>
            ))}
          </select>
          <button
            type="submit"
            className="rounded border border-current px-2 py-1 font-medium hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-current"
          >
            {messages.showPricesIn}
          </button>
        </form>
      ) : null}
    </div>
  );
}
