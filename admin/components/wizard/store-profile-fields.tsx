'use client';

import type { ReactNode } from 'react';
import { niches } from '@mpb/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { StoreLocaleFields } from '../store-locale-fields';
import { TextField } from '../text-field';
import type { StoreProfile } from './use-store-profile';

interface Props {
  profile: StoreProfile;
  errors: FieldErrors;
  onNameChange: (name: string) => void;
  onNicheChange: (niche: string) => void;
  onLocaleChange: (locale: Pick<StoreProfile, 'country' | 'currency' | 'language'>) => void;
  /** Right after the name, e.g. the address it suggests. */
  afterName?: ReactNode;
}

/** Name, niche, country, currency and language of a store: the identity step's fields. */
export function StoreProfileFields({
  profile,
  errors,
  onNameChange,
  onNicheChange,
  onLocaleChange,
  afterName,
}: Props) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        label={t.newStore.name}
        name="name"
        autoComplete="organization"
        required
        maxLength={80}
        value={profile.name}
        onChange={(event) => onNameChange(event.target.value)}
        error={errors.name}
      />
      {afterName}
      <SelectField
        label={t.newStore.niche}
        name="niche"
        required
        value={profile.niche}
        onChange={(event) => onNicheChange(event.target.value)}
        options={[
          { value: '', label: t.newStore.nichePlaceholder },
          ...niches.map((value) => ({ value, label: t.niches[value] })),
        ]}
        error={errors.niche}
      />
      <StoreLocaleFields
        value={{ country: profile.country, currency: profile.currency, language: profile.language }}
        onChange={onLocaleChange}
        errors={errors}
      />
    </>
  );
}
