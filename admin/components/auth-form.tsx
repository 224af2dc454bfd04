'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { credentialsSchema, loginBodySchema } from '@mpb/contracts';
import { onboardingApi, platformApi } from '../lib/browser-client';
import { apiErrorToForm, fieldErrorsFromZod, type FieldErrors } from '../lib/form-errors';
import { takeInvitationPath } from '../lib/pending-invitation';
import { signInDestination } from '../lib/sign-in-destination';
import { FormAlert } from './form-alert';
import { focusFirstInvalid } from './focus-first-invalid';
import { useI18n } from './i18n-provider';
import { useSession } from './session-provider';
import { cardClass, headingClass, linkClass, primaryButtonClass } from './styles';
import { TextField } from './text-field';

type Mode = 'signup' | 'login';

const fields = ['email', 'password'] as const;

/** Email and password, for both creating an account and signing in. */
export function AuthForm({ mode }: { mode: Mode }) {
  const { t } = useI18n();
  const { session } = useSession();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const isSignup = mode === 'signup';

  // Also how a successful submit leaves this page: storing the session flips `session`.
  useEffect(() => {
    if (!session) return;
    const invitation = takeInvitationPath(window.sessionStorage);
    if (invitation) {
      router.replace(invitation);
      return;
    }
    let isCurrent = true;
    void signInDestination(mode, {
      listTenants: () => platformApi.listTenants(),
      getOnboarding: (tenantId) => onboardingApi.getOnboarding(tenantId),
    }).then((destination) => {
      if (isCurrent) router.replace(destination);
    });
    return () => {
      isCurrent = false;
    };
  }, [session, mode, router]);

  function showErrors(next: FieldErrors, form: string | null) {
    setErrors(next);
    setFormError(form);
    focusFirstInvalid(formRef.current);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { email, password };
    // Signing in only checks that something was typed: the password policy is for new accounts.
    const parsed = (isSignup ? credentialsSchema : loginBodySchema).safeParse(values);
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
