'use client';

import type { ReactNode } from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useI18n } from '../i18n-provider';
import { useSession } from '../session-provider';

/** Platform operators' pages: every store and the support queue. Super-admins only. */
export function OperatorLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const { user } = useSession();
  const pathname = usePathname();
  if (!user) return <p role="status">{t.app.loading}</p>;
  if (!user.isSuperAdmin) return <p>{t.manage.operator.onlyOperators}</p>;
  const tabs = [
    { href: '/operator', label: t.manage.operator.stores },
    { href: '/operator/tickets', label: t.manage.operator.tickets },
  ];
  return (
    <div className="space-y-4">
      <nav aria-label={t.manage.operator.title}>
        <ul className="flex flex-wrap gap-2 border-b border-slate-200">
          {tabs.map((tab) => {
            const isCurrent =
              tab.href === '/operator' ? pathname === '/operator' : pathname.startsWith(tab.href);
            return (
              <li key={tab.href}>
                <Link
                  href={tab.href}
                  aria-current={isCurrent ? 'page' : undefined}
                  className={`-mb-px inline-block border-b-2 px-3 py-2 font-medium ${
                    isCurrent
                      ? 'border-indigo-700 text-indigo-900'
                      : 'border-transparent text-slate-700 hover:text-slate-900'
                  }`}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {children}
    </div>
  );
}
