'use client';

import { useEffect, useState } from 'react';
import { describeApiError } from '../../lib/form-errors';
import { useI18n } from '../i18n-provider';
import { useStoreApis } from './use-store-setup-api';
import { useWizard } from './wizard-provider';

interface Props {
  template: string;
  primaryColor: string;
  accentColor: string;
  /** Names the frame for screen readers, e.g. "Preview of your store: Bold". */
  title: string;
}

// Renew a little before the token's end, so a merchant who lingers still sees a preview.
const renewMarginMs = 60_000;

/**
 * The store's own storefront, unpublished, in a frame: the storefront shows it in preview mode
 * with a short-lived token and the template and colours being tried, before they are saved.
 */
export function StorefrontPreview({ template, primaryColor, accentColor, title }: Props) {
  const { t } = useI18n();
  const { onboarding } = useWizard();
  const apis = useStoreApis();
  const [token, setToken] = useState<{ value: string; expiresAt: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!apis) return;
    const { setup } = apis;
    let timer: number | undefined;
    let isCancelled = false;
    async function issue() {
      try {
        const issued = await setup.createPreviewToken();
        if (isCancelled) return;
        const expiresAt = Date.parse(issued.expiresAt);
        setToken({ value: issued.token, expiresAt });
        setError(null);
        timer = window.setTimeout(
          () => void issue(),
          Math.max(expiresAt - Date.now() - renewMarginMs, 30_000),
        );
      } catch (caught) {
        if (!isCancelled) setError(caught);
      }
    }
    void issue();
    return () => {
      isCancelled = true;
      window.clearTimeout(timer);
    };
  }, [apis]);

  if (!apis || !onboarding) {
    return <p className="rounded-md bg-slate-100 p-4 text-slate-700">{t.wizard.preview.waiting}</p>;
  }
  if (error) {
    return (
      <p role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-800">
        {describeApiError(error, t)}
      </p>
    );
  }
  if (!token) return <p role="status">{t.wizard.preview.loading}</p>;

  const query = new URLSearchParams({
    preview: token.value,
    template,
    primary: primaryColor,
    accent: accentColor,
  });
  const src = `${onboarding.urls.storefront.replace(/\/+$/, '')}/?${query.toString()}`;
  return (
    <iframe
      key={src}
      src={src}
      title={title}
      loading="lazy"
      // The storefront is another origin; it needs its scripts and nothing else of the admin's.
      sandbox="allow-scripts allow-same-origin"
      className="h-[28rem] w-full rounded-lg border border-slate-300 bg-white sm:h-[32rem]"
    />
  );
}
