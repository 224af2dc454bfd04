'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import type { z } from 'zod';
import type { acceptedInvitationSchema } from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import { managePlatformApi } from '../../lib/browser-client';
import { rememberInvitation } from '../../lib/pending-invitation';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { useSession } from '../session-provider';
import { cardClass, headingClass, linkClass, primaryButtonClass } from '../styles';

type Accepted = z.infer<typeof acceptedInvitationSchema>;

type State =
  | { step: 'reading' }
  | { step: 'no-token' }
  | { step: 'accepting' }
  | { step: 'accepted'; store: Accepted }
  | { step: 'failed'; error: unknown };

/**
 * Where an emailed staff invitation leads (`/invitations/accept#token=…`; the token stays in
 * the fragment, out of every server log). Signed in with the invited email, the invitation is
 * accepted at once; otherwise the page asks to sign in first, and signing in comes back here.
 */
export function AcceptInvitation() {
  const { t } = useI18n();
  const { session } = useSession();
  const [state, setState] = useState<State>({ step: 'reading' });

  useEffect(() => {
    // Signed out: keep the link in this tab, so signing in (or up) comes back here.
    if (session === null) rememberInvitation(window.sessionStorage, window.location.hash);
    if (!session) return;
    const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
    if (!token) {
      setState({ step: 'no-token' });
      return;
    }
    setState({ step: 'accepting' });
    managePlatformApi.acceptInvitation(token).then(
      (store) => setState({ step: 'accepted', store }),
      (error: unknown) => setState({ step: 'failed', error }),
    );
  }, [session]);

  return (
    <section className={`${cardClass} mx-auto max-w-lg space-y-4`} aria-labelledby="invite-heading">
      <title>{`${t.manage.invitation.title} · ${t.app.name}`}</title>
      <h1 id="invite-heading" className={headingClass}>
        {t.manage.invitation.title}
      </h1>
      {session === null ? (
        <>
          <p>{t.manage.invitation.signInFirst}</p>
          <div className="flex flex-wrap gap-3">
            <Link href="/login" className={primaryButtonClass}>
              {t.auth.logIn}
            </Link>
            <Link href="/signup" className={linkClass}>
              {t.auth.createAccount}
            </Link>
          </div>
        </>
      ) : null}
      {state.step === 'accepting' || (session === undefined && state.step === 'reading') ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
      {state.step === 'no-token' ? <FormAlert message={t.manage.invitation.noToken} /> : null}
      {state.step === 'failed' ? (
        <FormAlert
          message={
            isApiError(state.error) && state.error.status === 403
              ? t.manage.invitation.otherEmail
              : isApiError(state.error) && state.error.status === 409
                ? t.manage.invitation.expired
                : describeApiError(state.error, t)
          }
        />
      ) : null}
      {state.step === 'accepted' ? (
        <div role="status" className="space-y-3">
          <p>{t.manage.invitation.joined(state.store.name)}</p>
          <Link href={`/stores/${state.store.tenantId}`} className={primaryButtonClass}>
            {t.manage.invitation.open(state.store.name)}
          </Link>
        </div>
      ) : null}
    </section>
  );
}
