'use client';

import type { ReactNode } from 'react';
import { useI18n } from '../i18n-provider';
import { headingClass } from '../styles';

interface Props {
  /** Also the page's <title>. */
  title: string;
  intro?: ReactNode;
  children: ReactNode;
}

/** One step's page: its heading (the page's only h1), a sentence on why, then its content. */
export function StepFrame({ title, intro, children }: Props) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="step-heading" className="space-y-5">
      <title>{`${title} · ${t.app.name}`}</title>
      <div className="space-y-1">
        <h1 id="step-heading" className={headingClass}>
          {title}
        </h1>
        {intro ? <p className="text-slate-700">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
