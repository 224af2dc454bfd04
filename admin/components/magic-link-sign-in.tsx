'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { onboardingApi, platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { magicLinkDestination, readLinkParams, safeNextPath } from '../lib/magic-link';
import { takeInvitationPath } from '../lib/pending-invitation';
import { signInDestination } from '../lib/sign-in-destination';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { cardClass, headingClass, primaryButtonClass } from './styles';

type State = { step: 'checking' } | { step: 'no-token' } | { step: 'failed'; error: unknown };

/**
 * Where an emailed sign-in link leads (`/auth/magic?token=…&next=…`): uses the token, keeps
 * the session, and goes on: to a waiting invitation, to `next`, to the wizard for an account
 * the link just created, or where logging in leads.
 */
export function MagicLinkSignIn() {
  const { t } = useI18n();
  const router = useRouter();
  const [state, setState] = useState<State>({ step: 'checking' });
  // A token works once: React's development double effect must not spend it twice.
  const hasStarted = useRef(false);

  useEffect(() => {
    if (hasStarted.current) return;
    hasStarted.current = true;
    const { token, next } = readLinkParams(window.location.search);
    // Out of the address bar: not in the history, nor in the next page's Referer.
    window.history.replaceState(null, '', window.location.pathname);
    if (!token) {
      setState({ step: 'no-token' });
      return;
    }
    platformApi
      .verifyMagicLink(token)
      .then(({ created }) =>
        magicLinkDestination({
          invitationPath: takeInvitationPath(window.sessionStorage),
          next: safeNextPath(next, window.location.origin),
          created,
          signInDestination: () =>
            signInDestination('login', {
              listTenants: () => platformApi.listTenants(),
              getOnboarding: (tenantId) => onboardingApi.getOnboarding(tenantId),
            }),
        }),
      )
      .then(
        (destination) => router.replace(destination),
        (error: unknown) => setState({ step: 'failed', error }),
      );
  }, [router]);

  const title = state.step === 'checking' ? t.auth.magicTitle : t.auth.linkFailed;
  return (
    <section className={`${cardClass} mx-auto max-w-md space-y-4`} aria-labelledby="magic-heading">
      <title>{`${title} · ${t.app.name}`}</title>
      <h1 id="magic-heading" className={headingClass}>
        {title}
      </h1>
      {state.step === 'checking' ? <p role="status">{t.auth.magicWorking}</p> : null}
      <FormAlert
        message={
          state.step === 'no-token'
            ? t.auth.magicNoToken
            : state.step === 'failed'
              ? describeApiError(state.error, t)
              : null
        }
      />
      {state.step === 'checking' ? null : (
        <Link href="/login" className={primaryButtonClass}>
          {t.auth.askNewLink}
        </Link>
      )}
    </section>
  );
}
