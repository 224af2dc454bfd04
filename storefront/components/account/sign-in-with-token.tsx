'use client';

import { useEffect, useRef, useState } from 'react';
import { getMessages } from '../../lib/i18n';
import { useLanguage } from '../language-provider';
import { buttonClassName } from '../message-page';

/**
 * Opened from a sign-in link: posts its token to /account/session at once (the button remains
 * for browsers without JavaScript). The exchange is a POST so that link scanners, which only
 * GET, do not use the token up.
 */
export function SignInWithToken({ token, next }: { token: string; next: string | undefined }) {
  const messages = getMessages(useLanguage());
  const form = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (submitted.current) return;
    submitted.current = true;
    setPending(true);
    form.current?.requestSubmit();
  }, []);

  return (
    <form
      ref={form}
      method="post"
      action="/account/session"
      onSubmit={() => setPending(true)}
      className="mt-6"
    >
      <input type="hidden" name="token" value={token} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <p role="status" className="text-neutral-600">
        {pending ? messages.signingIn : null}
      </p>
      <button type="submit" disabled={pending} className={`${buttonClassName} mt-4`}>
        {messages.continueSignIn}
      </button>
    </form>
  );
}
