'use client';

import { emailSchema, errorBodySchema } from '@mpb/contracts';
import { useState, type FormEvent } from 'react';
import { getMessages, interpolate } from '../../lib/i18n';
import { inputClassName } from '../cart/cart-styles';
import { FieldError } from '../cart/field-error';
import { useLanguage } from '../language-provider';
import { buttonClassName } from '../message-page';

type State =
  | { kind: 'idle' }
  | { kind: 'sending' }
  | { kind: 'sent'; email: string }
  | { kind: 'error'; message: string };

/**
 * Asks the store to email a sign-in link. Sent from the browser to the store's own API (through
 * the router), so its per-address limits count the shopper. The answer is the same whether or
 * not the email has orders here.
 */
export function LoginLinkForm({ next }: { next: string | undefined }) {
  const language = useLanguage();
  const messages = getMessages(language);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = emailSchema.safeParse(new FormData(event.currentTarget).get('email'));
    if (!parsed.success) {
      setState({ kind: 'error', message: messages.emailInvalid });
      return;
    }
    setState({ kind: 'sending' });
    try {
      const response = await fetch('/api/v1/account/login-links', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        // The email comes in the language the shopper is browsing in.
        body: JSON.stringify({
          email: parsed.data,
          locale: language,
          ...(next ? { returnPath: next } : {}),
        }),
        cache: 'no-store',
      });
      if (response.status === 202 || response.ok) {
        setState({ kind: 'sent', email: parsed.data });
        return;
      }
      const body = errorBodySchema.safeParse(await response.json().catch(() => undefined));
      const code = body.success ? body.data.error.code : undefined;
      setState({
        kind: 'error',
        message:
          code === 'RATE_LIMITED'
            ? messages.tooManyRequests
            : code === 'VALIDATION_FAILED'
              ? messages.emailInvalid
              : messages.genericError,
      });
    } catch {
      setState({ kind: 'error', message: messages.networkError });
    }
  };

  if (state.kind === 'sent') {
    return (
      <div role="status" className="mt-6 rounded-2xl border border-emerald-200 bg-emerald-50 p-6">
        <h2 className="text-lg font-semibold">{messages.checkInboxTitle}</h2>
        <p className="mt-2 text-neutral-700">
          {interpolate(messages.checkInboxBody, { email: state.email })}
        </p>
        <button
          type="button"
          onClick={() => setState({ kind: 'idle' })}
          className="mt-4 text-sm font-medium underline underline-offset-4"
        >
          {messages.useAnotherEmail}
        </button>
      </div>
    );
  }
  const error = state.kind === 'error' ? state.message : undefined;
  return (
    <form onSubmit={(event) => void submit(event)} className="mt-6 max-w-md" noValidate>
      <label htmlFor="login-email" className="block text-sm font-medium">
        {messages.email}
      </label>
      <input
        id="login-email"
        name="email"
        type="email"
        autoComplete="email"
        required
        maxLength={254}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'login-email-error' : undefined}
        className={inputClassName}
      />
      <FieldError id="login-email-error" message={error} />
      <button
        type="submit"
        disabled={state.kind === 'sending'}
        aria-busy={state.kind === 'sending'}
        className={`${buttonClassName} mt-4 disabled:opacity-50`}
      >
        {messages.sendSignInLink}
      </button>
      {state.kind === 'sending' ? (
        <p role="status" className="mt-2 text-sm text-neutral-600">
          {messages.sending}
        </p>
      ) : null}
    </form>
  );
}
