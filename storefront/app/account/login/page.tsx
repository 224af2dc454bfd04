import type { Metadata } from 'next';
import { LoginLinkForm } from '../../../components/account/login-link-form';
import { SignInWithToken } from '../../../components/account/sign-in-with-token';
import { ComingSoon } from '../../../components/coming-soon';
import { StoreShell } from '../../../components/store-shell';
import { requireStore, settleStore } from '../../../lib/current-store';
import { getMessages } from '../../../lib/i18n';
import type { SearchParams } from '../../../lib/listing-filters';
import { safeReturnPath } from '../../../lib/safe-path';
import { privatePageMetadata } from '../../../lib/seo';

export const dynamic = 'force-dynamic';
export const fetchCache = 'force-no-store';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata(): Promise<Metadata> {
  const outcome = await settleStore();
  if (outcome.kind !== 'store') return privatePageMetadata;
  return { ...privatePageMetadata, title: getMessages(outcome.store.language).signIn };
}

/**
 * Without `token`: the email form that asks for a sign-in link. With `token` (the link itself):
 * the sign-in (posted to /account/session), then `next` when it is a path of this store. A
 * failed sign-in comes back here with `error`, above the form to ask for a fresh link.
 */
export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const store = await requireStore();
  if (!store.live) return <ComingSoon store={store} />;
  const messages = getMessages(store.language);
  const params = await searchParams;
  const token = first(params.token);
  const next = safeReturnPath(first(params.next));
  const error = first(params.error);

  return (
    <StoreShell store={store} narrow>
      <h1 className="text-3xl font-semibold tracking-tight">{messages.signInTitle}</h1>
      {error ? (
        <p role="alert" className="mt-6 rounded-lg bg-red-50 p-4 text-sm font-medium text-red-800">
          {error === 'rate-limited' ? messages.tooManyRequests : messages.signInLinkInvalid}
        </p>
      ) : token ? (
        <SignInWithToken token={token} next={next} />
      ) : null}
      <p className="mt-4 text-neutral-600">{messages.signInBody}</p>
      <LoginLinkForm next={next ?? '/account'} />
    </StoreShell>
  );
}
