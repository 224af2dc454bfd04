'use client';

import type { ReactNode } from 'react';
import type { Permission } from '@mpb/contracts';
import { useI18n } from '../i18n-provider';
import { headingClass } from '../styles';
import { useManage } from './manage-provider';

interface ManagePageProps {
  title: string;
  /** What a member needs to see this page at all. */
  permission: Permission;
  /** Buttons beside the heading (already filtered by permission by the caller). */
  actions?: ReactNode;
  children: ReactNode;
}

/** One store admin page: its title (document and heading), actions, and a guard. */
export function ManagePage({ title, permission, actions, children }: ManagePageProps) {
  const { t } = useI18n();
  const { tenant, can } = useManage();
  return (
    <section aria-labelledby="manage-page-heading" className="space-y-4">
      <title>{`${title} · ${tenant.name} · ${t.app.name}`}</title>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 id="manage-page-heading" className={headingClass}>
          {title}
        </h1>
        {can(permission) && actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {can(permission) ? children : <p>{t.manage.layout.noAccess}</p>}
    </section>
  );
}
