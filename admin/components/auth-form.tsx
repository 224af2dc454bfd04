'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import {
  credentialsSchema,
  loginBodySchema,
  magicLinkBodySchema,
  type MagicLinkBody,
} from '@mpb/contracts';
import { onboardingApi, platformApi } from '../lib/browser-client';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../lib/form-errors';
import { peekInvitationPath, takeInvitationPath } from '../lib/pending-invitation';
import { signInDestination } from '../lib/sign-in-destination';
import { FormAlert } from './form-alert';
import { focusFirstInvalid } from './focus-first-invalid';
import { useI18n } from './i18n-provider';
import { MagicLinkSent } from './magic-link-sent';
import { useSession } from './session-provider';
import {
  cardClass,
  headingClass,
  linkClass,
  primaryButtonClass,
  secondaryButtonClass,
} from './styles';
import { TextField } from './text-field';

type Mode = 'signup' | 'login';

const fields = ['email', 'password'] as const;

/**
 * Email and password, for both creating an account and signing in; or, with the same email
 * field, "Email me a sign-in link", which signs in or creates the account once the link is
 * opened (here, in another tab, or on another device).
 */
export function AuthForm({ mode }: { mode: Mode }) {
  const { t, language } = useI18n();
  const { session } = useSession();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  /** The sign-in link asked for: the form gives way to "check your inbox". */
  const [sentLink, setSentLink] = useState<MagicLinkBody | null>(null);
  const magicHintId = useId();
  const isSignup = mode === 'signup';
  // Signed in by a link opened in another tab: land as a log-in would (a new account has no
  // store, which leads to the wizard all the same).
  const destinationMode = sentLink ? 'login' : mode;

  // Also how a successful submit leaves this page: storing the session flips `session`.
  useEffect(() => {
    if (!session) return;
    const invitation = takeInvitationPath(window.sessionStorage);
    if (invitation) {
      router.replace(invitation);
      return;
    }
    let isCurrent = true;
    void signInDestination(destinationMode, {
      listTenants: () => platformApi.listTenants(),
      getOnboarding: (tenantId) => onboardingApi.getOnboarding(tenantId),
    }).then((destination) => {
      if (isCurrent) router.replace(destination);
    });
    return () => {
      isCurrent = false;
    };
  }, [session, destinationMode, router]);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { email, password };
    // Signing in only checks that something was typed: the password policy is for new accounts.
    const parsed = isSignup
      ? credentialsSchema.safeParse({ ...values, locale: language })
      : loginBodySchema.safeParse(values);
    if (!parsed.success) return showErrors(fieldErrorsFromZod(parsed.error, t, values), null);

    setIsSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      await (isSignup ? platformApi.signUp(parsed.data) : platformApi.logIn(parsed.data));
    } catch (error) {
      const { fields: fieldErrors, form } = apiErrorToForm(error, t, fields, {
        EMAIL_TAKEN: 'email',
      });
      showErrors(fieldErrors, form);
      setIsSubmitting(false);
    }
  }

  /** Asks for a sign-in link with the email typed; the password field plays no part. */
  async function sendLink() {
    // An invitation opened in this tab rides in the link, for whichever tab or device opens it.
    const body = {
      email,
      locale: language,
      next: peekInvitationPath(window.sessionStorage) ?? undefined,
    };
    const parsed = magicLinkBodySchema.safeParse(body);
    if (!parsed.success) return showErrors(fieldErrorsFromZod(parsed.error, t, body), null);

    setIsSubmitting(true);
    setErrors({});
    setFormError(null);
    try {
      await platformApi.requestMagicLink(parsed.data);
      setSentLink(parsed.data);
    } catch (error) {
      const { fields: fieldErrors, form } = apiErrorToForm(error, t, ['email']);
      showErrors(fieldErrors, form);
    } finally {
      setIsSubmitting(false);
    }
  }

  if (sentLink) {
    return <MagicLinkSent request={sentLink} onUseAnotherEmail={() => setSentLink(null)} />;
  }

  return (
    <section className={`${cardClass} mx-auto max-w-md`} aria-labelledby="auth-heading">
      <title>{`${isSignup ? t.auth.signupTitle : t.auth.loginTitle} · ${t.app.name}`}</title>
      <h1 id="auth-heading" className={`${headingClass} mb-4`}>
        {isSignup ? t.auth.signupTitle : t.auth.loginTitle}
      </h1>
      <form ref={formRef} noValidate onSubmit={(event) => void submit(event)} className="space-y-4">
        <FormAlert message={formError} />
        <TextField
          label={t.auth.email}
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errors.email}
        />
        <TextField
          label={t.auth.password}
          name="password"
          type="password"
          autoComplete={isSignup ? 'new-password' : 'current-password'}
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          hint={isSignup ? t.auth.passwordRule : undefined}
          error={errors.password}
        />
        <button type="submit" className={`${primaryButtonClass} w-full`} disabled={isSubmitting}>
          {isSignup ? t.auth.signUp : t.auth.logIn}
        </button>
        {isSubmitting ? (
          <p role="status" className="text-sm text-slate-600">
            {t.auth.working}
          </p>
        ) : null}
        <p className="text-center text-sm text-slate-600">{t.auth.or}</p>
        <button
          type="button"
          className={`${secondaryButtonClass} w-full`}
          disabled={isSubmitting}
          aria-describedby={magicHintId}
          onClick={() => void sendLink()}
        >
          {t.auth.magicLink}
        </button>
        <p id={magicHintId} className="text-sm text-slate-600">
          {t.auth.magicLinkHint}
        </p>
      </form>
      <p className="mt-4 text-sm">
        {isSignup ? t.auth.haveAccount : t.auth.noAccount}{' '}
        <Link href={isSignup ? '/login' : '/signup'} className={linkClass}>
          {isSignup ? t.auth.logIn : t.auth.createAccount}
        </Link>
      </p>
    </section>
  );
}
