'use client';

import Link from 'next/link';
import { setupPath } from '../../lib/wizard-steps';
import { useI18n } from '../i18n-provider';
import { Notice } from '../ui/notice';

/** Shown on every step until Stripe can take the store's payments. */
export function TestModeBanner({ tenantId, showsLink }: { tenantId: string; showsLink: boolean }) {
  const { t } = useI18n();
  return (
    <Notice tone="warning" title={t.wizard.testMode.title}>
      <p>
        {t.wizard.testMode.body}{' '}
        {showsLink ? (
          <Link
            href={setupPath(tenantId, 'payments')}
            className="font-medium text-amber-950 underline underline-offset-2"
          >
            {t.wizard.testMode.action}
          </Link>
        ) : null}
      </p>
    </Notice>
  );
}
