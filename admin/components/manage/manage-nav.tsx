'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import {
  sectionOfPath,
  visibleSections,
  type Section,
  type SectionGroup,
} from '../../lib/manage-sections';
import { useI18n } from '../i18n-provider';
import { useManage } from './manage-provider';

const groups: readonly SectionGroup[] = ['main', 'catalog', 'settings', 'more'];

/**
 * The store admin's sections, only those the member may open. A sidebar on wide screens; on a
 * phone, a disclosure above the page that names the current section.
 */
export function ManageNav() {
  const { t } = useI18n();
  const { tenant, can } = useManage();
  const pathname = usePathname();
  const current = sectionOfPath(pathname);
  const sections = visibleSections(can);

  const list = (
    <div className="space-y-4">
      {groups.map((group) => {
        const items = sections.filter((section) => section.group === group);
        if (items.length === 0) return null;
        return (
          <div key={group}>
            {group === 'main' ? null : (
              <p className="mb-1 px-3 text-xs font-semibold tracking-wide text-slate-600 uppercase">
                {t.manage.nav.groups[group]}
              </p>
            )}
            <ul className="space-y-0.5">
              {items.map((section) => (
                <NavItem
                  key={section.key}
                  section={section}
                  href={`/stores/${tenant.id}/${section.path}`}
                  isCurrent={current?.key === section.key}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );

  return (
    <>
      <details className="rounded-lg border border-slate-200 bg-white lg:hidden">
        <summary className="cursor-pointer px-4 py-3 font-medium">
          {t.manage.nav.menu}
          {current ? `: ${t.manage.nav.sections[current.key]}` : ''}
        </summary>
        <nav aria-label={t.manage.nav.label} className="border-t border-slate-200 p-2">
          {list}
        </nav>
      </details>
      <nav aria-label={t.manage.nav.label} className="hidden lg:block">
        {list}
      </nav>
    </>
  );
}

function NavItem({
  section,
  href,
  isCurrent,
}: {
  section: Section;
  href: string;
  isCurrent: boolean;
}) {
  const { t } = useI18n();
  return (
    <li>
      <Link
        href={href}
        aria-current={isCurrent ? 'page' : undefined}
        className={`block rounded-md px-3 py-2 text-sm font-medium ${
          isCurrent ? 'bg-indigo-100 text-indigo-950' : 'text-slate-800 hover:bg-slate-100'
        }`}
      >
        {t.manage.nav.sections[section.key]}
      </Link>
    </li>
  );
}
