'use client';

import { useCallback, useState } from 'react';
import { localeForCountry, type CountryLocale } from '../../lib/country-locale';
import { isCurrency } from '../../lib/money';
import { isLanguage } from '../../lib/i18n';
import { suggestNiche } from '../../lib/niche-suggestion';
import type { StoreLocale } from '../store-locale-fields';

export interface StoreProfile extends StoreLocale {
  name: string;
  niche: string;
}

/**
 * A store profile being edited, with the wizard's smart defaults: the niche follows the name
 * and the currency and language follow the country, each until the merchant picks one
 * themselves. A saved profile starts with every choice counted as the merchant's own.
 */
export function useStoreProfile(initial: StoreProfile, options: { isSaved: boolean }) {
  const [profile, setProfile] = useState(initial);
  const [chosen, setChosen] = useState({
    niche: options.isSaved,
    currency: options.isSaved,
    language: options.isSaved,
  });

  const changeName = useCallback(
    (name: string) => {
      setProfile((current) => ({
        ...current,
        name,
        niche: chosen.niche ? current.niche : (suggestNiche(name) ?? current.niche),
      }));
    },
    [chosen.niche],
  );

  const changeNiche = useCallback((niche: string) => {
    setChosen((current) => ({ ...current, niche: true }));
    setProfile((current) => ({ ...current, niche }));
  }, []);

  const changeLocale = useCallback(
    (next: StoreLocale) => {
      const nowChosen = {
        ...chosen,
        currency: chosen.currency || next.currency !== profile.currency,
        language: chosen.language || next.language !== profile.language,
      };
      setChosen(nowChosen);
      let locale = next;
      if (
        next.country !== profile.country &&
        isCurrency(next.currency) &&
        isLanguage(next.language)
      ) {
        const proposed: CountryLocale = localeForCountry(next.country, {
          currency: next.currency,
          language: next.language,
        });
        locale = {
          country: next.country,
          currency: nowChosen.currency ? next.currency : proposed.currency,
          language: nowChosen.language ? next.language : proposed.language,
        };
      }
      setProfile((current) => ({ ...current, ...locale }));
    },
    [chosen, profile.country, profile.currency, profile.language],
  );

  /** Replaces the whole profile, e.g. with browser defaults read after hydration. */
  const resetProfile = useCallback((next: StoreProfile) => setProfile(next), []);

  return { profile, changeName, changeNiche, changeLocale, resetProfile };
}
