'use client';

import { useEffect, useRef, useState } from 'react';
import type { MagicLinkBody } from '@mpb/contracts';
import { platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { cardClass, headingClass, linkClass, secondaryButtonClass } from './styles';

/**
 * "Check your inbox", once a sign-in link was asked for. The page stays put: when the link is
 * opened in another tab, the session appears here too and the sign-in form moves on by itself.
 */
export function MagicLinkSent({
  request,
  onUseAnotherEmail,
}: {
  request: MagicLinkBody;
  onUseAnotherEmail: () => void;
}) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [isSending, setIsSending] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // The form this replaced had focus: bring keyboard and screen-reader users to the news.
  useEffect(() => headingRef.current?.focus(), []);

  async function sendAgain() {
    setIsSending(true);
    setStatus(null);
    setError(null);
    try {
      await platformApi.requestMagicLink(request);
      setStatus(t.auth.resent);
    } catch (failure) {
      setError(describeApiError(failure, t));
    } finally {
      setIsSending(false);
    }
  }

  return (
    <section className={`${cardClass} mx-auto max-w-md space-y-4`} aria-labelledby="inbox-heading">
      <title>{`${t.auth.checkInbox} · ${t.app.name}`}</title>
      <h1
        id="inbox-heading"
        ref={headingRef}
        tabIndex={-1}
        className={`${headingClass} outline-none`}
      >
        {t.auth.checkInbox}
      </h1>
      <p className="break-words">{t.auth.linkSent(request.email)}</p>
      <p className="text-sm text-slate-600">{t.auth.linkSentHelp}</p>
      <FormAlert message={error} />
      <p role="status" className={status ? 'text-sm text-slate-700' : 'sr-only'}>
        {status}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={isSending}
          onClick={() => void sendAgain()}
        >
          {t.auth.sendAgain}
        </button>
        <button type="button" className={`${linkClass} text-sm`} onClick={onUseAnotherEmail}>
          {t.auth.useAnotherEmail}
        </button>
      </div>
    </section>
  );
}
