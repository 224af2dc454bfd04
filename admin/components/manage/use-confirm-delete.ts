'use client';

import { useConfirm } from '../ui/confirm-provider';
import { useI18n } from '../i18n-provider';

/** Asks "Delete <what>? This cannot be undone." with Delete and Cancel; true to go ahead. */
export function useConfirmDelete(): (what: string) => Promise<boolean> {
  const confirm = useConfirm();
  const { t } = useI18n();
  return (what) =>
    confirm({
      title: t.manage.common.confirmDelete(what),
      confirmLabel: t.manage.common.delete,
      cancelLabel: t.manage.common.cancel,
      tone: 'danger',
    });
}
