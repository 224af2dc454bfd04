'use client';

import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { describeApiError } from '../../lib/form-errors';
import { canPublish, publishChecklist, type ChecklistItem } from '../../lib/publish-checklist';
import { setupPath, storeAdminPath } from '../../lib/wizard-steps';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { PublishToggle } from '../publish-toggle';
import { cardClass, linkClass, primaryButtonClass } from '../styles';
import { Notice } from '../ui/notice';
import { StepActions } from './step-actions';
import { StepFrame } from './step-frame';
import { useStoreApis } from './use-store-setup-api';
import { useWizard } from './wizard-provider';

const marks: Record<ChecklistItem['state'], { symbol: string; className: string }> = {
  done: { symbol: '✓', className: 'bg-green-700 text-white' },
  missing: { symbol: '!', className: 'bg-amber-200 text-amber-950' },
  blocking: { symbol: '…', className: 'bg-slate-200 text-slate-900' },
};

/** Step 8: what is done and missing, the live switch, and the storefront's address. */
export function PublishStep() {
  const { t } = useI18n();
  const router = useRouter();
  const { tenantId, tenant, onboarding, payments, refresh, setTenant } = useWizard();
  const apis = useStoreApis();
  const [activeProducts, setActiveProducts] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    if (!apis) return;
    const controller = new AbortController();
    apis.store
      .listProducts({ status: 'active', limit: 1 }, controller.signal)
      .then((page) => setActiveProducts(page.items.length))
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [apis]);

  if (!onboarding || !tenant) return null;
  const items = publishChecklist({
    onboarding,
    activeProducts: activeProducts ?? 0,
    chargesEnabled: payments?.chargesEnabled === true,
  });
  const storefront = onboarding.urls.storefront;

  return (
    <StepFrame title={t.wizard.publish.title} intro={t.wizard.publish.intro}>
      <FormAlert message={error ? describeApiError(error, t) : null} />
      <section aria-labelledby="checklist-heading" className={`${cardClass} space-y-3`}>
        <h2 id="checklist-heading" className="text-lg font-semibold">
          {t.wizard.publish.checklistHeading}
        </h2>
        <ul className="space-y-3">
          {items.map((item) => (
            <li key={item.id} className="flex items-start gap-3">
              <span
                aria-hidden="true"
                className={`mt-0.5 inline-flex size-6 shrink-0 items-center justify-center rounded-full text-sm font-bold ${marks[item.state].className}`}
              >
                {marks[item.state].symbol}
              </span>
              <div>
                <p className="font-medium">
                  {t.wizard.publish.items[item.id]}
                  <span className="sr-only"> ({t.wizard.publish.states[item.state]})</span>
                </p>
                <p className="text-sm text-slate-700">
                  {t.wizard.publish.details[item.id][item.state === 'done' ? 'done' : 'missing']}
                </p>
                {item.state === 'missing' && item.step ? (
                  <Link href={setupPath(tenantId, item.step)} className={`${linkClass} text-sm`}>
                    {t.wizard.publish.fix(t.wizard.steps[item.step])}
                  </Link>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="live-heading" className={`${cardClass} space-y-3`}>
        <h2 id="live-heading" className="text-lg font-semibold">
          {t.wizard.publish.liveHeading}
        </h2>
        {canPublish(items) ? (
          <PublishToggle
            tenant={tenant}
            onChange={(next) => {
              setTenant(next);
              // Publishing settles the last step: read the progress again.
              void refresh().catch(() => undefined);
            }}
          />
        ) : (
          <p className="text-slate-700">{t.wizard.publish.waiting}</p>
        )}
        {tenant.live ? (
          <Notice tone="success" title={t.wizard.publish.liveTitle}>
            <div className="flex flex-wrap gap-3 pt-1">
              <a
                href={storefront}
                target="_blank"
                rel="noopener noreferrer"
                className={primaryButtonClass}
              >
                {t.store.viewStorefront}
                <span className="sr-only"> {t.store.opensInNewTab}</span>
              </a>
            </div>
          </Notice>
        ) : (
          <p className="text-sm text-slate-700">
            {t.wizard.publish.address}{' '}
            <a
              href={storefront}
              target="_blank"
              rel="noopener noreferrer"
              className={`${linkClass} font-mono break-all`}
            >
              {storefront.replace(/^https?:\/\//, '')}
              <span className="sr-only"> {t.store.opensInNewTab}</span>
            </a>
          </p>
        )}
      </section>
      <StepActions
        step="publish"
        tenantId={tenantId}
        continueLabel={t.wizard.publish.finish}
        onContinue={() => router.push(storeAdminPath(tenantId))}
        isContinueDisabled={!tenant.live}
        isSaving={false}
      />
    </StepFrame>
  );
}
