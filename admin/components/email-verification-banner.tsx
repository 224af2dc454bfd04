'use client';

import { useEffect, useState } from 'react';
import { usePathname } from 'next/navigation';
import { isApiError } from '../lib/api-error';
import { platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { useI18n } from './i18n-provider';
import { useSession } from './session-provider';
import { secondaryButtonClass } from './styles';

/**
 * "Confirm your email", on every page while the signed-in account's address is unverified.
 * It blocks nothing (the merchant goes on setting up the store) and cannot be dismissed; it
 * goes once the address is confirmed, which is read again when the tab comes back into view
 * (the email's link usually opens in another tab).
 */
export function EmailVerificationBanner() {
  const { t, language } = useI18n();
  const { session, user, refreshUser } = useSession();
  const pathname = usePathname();
  const [isSending, setIsSending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isUnverified = Boolean(session && user && !user.emailVerified);

  useEffect(() => {
    if (!isUnverified) return;
    const onVisible = () => {
      if (document.visibilityState === 'visible') void refreshUser();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [isUnverified, refreshUser]);

  // The link's own pages say what happened themselves.
  if (!isUnverified || !user || pathname.startsWith('/auth/')) return null;

  async function resend() {
    setIsSending(true);
    setStatus(null);
    setError(null);
    try {
      await platformApi.resendVerification(language);
      setStatus(t.auth.bannerSent);
    } catch (failure) {
      // Confirmed meanwhile (in another tab): reading the user again removes the banner.
      if (isApiError(failure) && failure.code === 'INVALID_STATE') await refreshUser();
      else setError(describeApiError(failure, t));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <section
      aria-label={t.auth.bannerTitle}
      className="mb-6 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-semibold">{t.auth.bannerTitle}</p>
      <p className="mt-1 break-words">{t.auth.bannerBody(user.email)}</p>
      <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-2">
        <button
          type="button"
          className={`${secondaryButtonClass} py-1 text-sm`}
          disabled={isSending}
          onClick={() => void resend()}
        >
          {t.auth.bannerResend}
        </button>
        <p role="status">{status}</p>
      </div>
      {error ? (
        <p role="alert" className="mt-2 font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </section>
  );
}
