'use client';

import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { isWidePath } from '../lib/manage-sections';
import { useI18n } from './i18n-provider';
import { LanguageSwitcher } from './language-switcher';
import { useSession } from './session-provider';
import { secondaryButtonClass } from './styles';

export function AppHeader() {
  const { t } = useI18n();
  const { session, user, signOut } = useSession();
  const router = useRouter();
  const pathname = usePathname();

  async function handleSignOut() {
    await signOut();
    router.replace('/login');
  }

  return (
    <header className="border-b border-slate-200 bg-white">
      <div
        className={`mx-auto flex w-full ${isWidePath(pathname) ? 'max-w-6xl' : 'max-w-3xl'} flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3`}
      >
        <Link href="/" className="font-semibold text-indigo-800" aria-label={t.app.home}>
          {t.app.name}
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {session && user ? (
            <p className="max-w-[16rem] truncate text-sm text-slate-700" title={user.email}>
              {user.email}
            </p>
          ) : null}
          {user?.isSuperAdmin ? (
            <Link href="/operator" className="text-sm font-medium text-indigo-800 underline">
              {t.manage.operator.title}
            </Link>
          ) : null}
          <LanguageSwitcher />
          {session ? (
            <button
              type="button"
              className={`${secondaryButtonClass} py-1 text-sm`}
              onClick={() => void handleSignOut()}
            >
              {t.header.signOut}
            </button>
          ) : null}
        </div>
      </div>
    </header>
  );
}
