'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { readLinkParams } from '../lib/magic-link';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { useSession } from './session-provider';
import { cardClass, headingClass, primaryButtonClass } from './styles';

type State =
  | { step: 'checking' }
  | { step: 'no-token' }
  | { step: 'done'; email: string }
  | { step: 'failed'; error: unknown };

/**
 * Where the verification email leads (`/auth/verify-email?token=…`). Works signed in or not
 * (the email may be opened on another device); signed in, the "confirm your email" banner goes.
 */
export function VerifyEmail() {
  const { t } = useI18n();
  const { refreshUser } = useSession();
  const [state, setState] = useState<State>({ step: 'checking' });
  const hasStarted = useRef(false);

  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    const { token } = readLinkParams(window.location.search);
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      setState({ step: 'no-token' });
      return;
    }
    platformApi.verifyEmail(token).then(
      ({ email }) => {
        setState({ step: 'done', email });
        void refreshUser();
      },
      (error: unknown) => setState({ step: 'failed', error }),
    );
  }, [refreshUser]);

  return (
    <section className={`${cardClass} mx-auto max-w-md space-y-4`} aria-labelledby="verify-heading">
      <title>{`${t.auth.verifyTitle} · ${t.app.name}`}</title>
      <h1 id="verify-heading" className={headingClass}>
        {t.auth.verifyTitle}
      </h1>
      <div role="status">
        {state.step === 'checking' ? <p>{t.auth.verifyWorking}</p> : null}
        {state.step === 'done' ? (
          <p className="break-words">{t.auth.verifyDone(state.email)}</p>
        ) : null}
      </div>
      <FormAlert
        message={
          state.step === 'no-token'
            ? t.auth.verifyNoToken
            : state.step === 'failed'
              ? describeApiError(state.error, t)
              : null
        }
      />
      {state.step === 'checking' ? null : (
        <Link href="/" className={primaryButtonClass}>
          {t.auth.continue}
        </Link>
      )}
    </section>
  );
}
