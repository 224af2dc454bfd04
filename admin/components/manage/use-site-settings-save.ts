'use client';

import { useRef, useState } from 'react';
import { updateSiteSettingsBodySchema, type SiteSettings } from '@mpb/contracts';
import type { FieldErrors } from '../../lib/form-errors';
import {
  apiErrorToPaths,
  pathErrorsFromZod,
  valueAtPath,
  withoutPrefix,
} from '../../lib/path-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { useI18n } from '../i18n-provider';
import { useManage } from './manage-provider';

type Section = 'seo' | 'analytics';

/**
 * Saving one section of the store's site settings (SEO defaults, analytics ids) from its own
 * form: checked by the contract's schema first, then by the server; errors of that section are
 * shown under its fields (`seo.description` as `description`), anything else above the form.
 */
export function useSiteSettingsSave(section: Section, onSaved: (site: SiteSettings) => void) {
  const { t } = useI18n();
  const { api } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);
  const prefix = `${section}.`;

  async function save(fields: Record<string, string | null>): Promise<void> {
    setNotice('');
    const body = { [section]: fields };
    const parsed = updateSiteSettingsBodySchema.safeParse(body);
    if (!parsed.success) {
      const found = pathErrorsFromZod(parsed.error, t, (path) => valueAtPath(body, path));
      setErrors(withoutPrefix(found, prefix));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      onSaved(await api.updateSiteSettings(parsed.data));
      setNotice(t.manage.common.saved);
    } catch (error) {
      const mapped = apiErrorToPaths(error, t, (path) => path.startsWith(prefix));
      setErrors(withoutPrefix(mapped.fields, prefix));
      setFormError(mapped.form);
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  return { formRef, errors, formError, notice, isPending, save };
}
