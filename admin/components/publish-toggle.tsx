'use client';

import { useState } from 'react';
import type { Tenant } from '@mpb/contracts';
import { platformApi } from '../lib/browser-client';
import { describeApiError } from '../lib/form-errors';
import { FormAlert } from './form-alert';
import { useI18n } from './i18n-provider';
import { primaryButtonClass, secondaryButtonClass } from './styles';

interface Props {
  tenant: Tenant;
  onChange: (tenant: Tenant) => void;
}

/** Puts the storefront live or takes it offline. */
export function PublishToggle({ tenant, onChange }: Props) {
  const { t } = useI18n();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function toggle() {
    setIsPending(true);
    setError(null);
    try {
      onChange(await platformApi.publishTenant(tenant.id, !tenant.live));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={tenant.live ? secondaryButtonClass : primaryButtonClass}
          disabled={isPending}
          onClick={() => void toggle()}
        >
          {tenant.live ? t.store.unpublish : t.store.publish}
        </button>
        <p role="status" className="text-sm text-slate-700">
          {tenant.live ? t.store.liveNote : t.store.notLiveNote}
        </p>
      </div>
      <FormAlert message={error ? describeApiError(error, t) : null} />
    </div>
  );
}
