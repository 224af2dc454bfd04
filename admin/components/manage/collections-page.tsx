'use client';

import { useState } from 'react';
import { type Collection } from '@mpb/contracts';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { Button } from '../ui/button';
import { Table, TableHead, tdClass } from '../ui/table';
import { CategoriesSection } from './categories-section';
import { CollectionForm } from './collection-form';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';

/** Collections (hand-picked or by rules) and the category tree. */
export function CollectionsPage() {
  const confirmDelete = useConfirmDelete();
  const { t } = useI18n();
  const { api, can } = useManage();
  const collections = useLoad('collections', (signal) => api.listCollections(signal));
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canWrite = can('catalog:write');
  const current = collections.data?.items.find((item) => item.id === editing) ?? null;

  async function remove(collection: Collection) {
    if (!(await confirmDelete(collection.title))) return;
    setError(null);
    try {
      await api.deleteCollection(collection.id);
      collections.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ManagePage
      title={t.manage.nav.sections.collections}
      permission="catalog:read"
      actions={
        canWrite && editing !== 'new' ? (
          <Button onClick={() => setEditing('new')}>{t.manage.collections.add}</Button>
        ) : null
      }
    >
      <FormAlert
        message={
          error || collections.error ? describeApiError(error ?? collections.error, t) : null
        }
      />
      {editing === 'new' || current ? (
        <CollectionForm
          key={editing}
          collection={current}
          onDone={() => {
            setEditing(null);
            collections.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {collections.data && collections.data.items.length === 0 ? (
        <p>{t.manage.collections.empty}</p>
      ) : null}
      {collections.data && collections.data.items.length > 0 ? (
        <Table caption={t.manage.collections.title}>
          <TableHead
            columns={[
              { label: t.manage.collections.name },
              { label: t.manage.collections.kind },
              { label: t.manage.content.shown },
              canWrite && { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {collections.data.items.map((collection) => (
              <tr key={collection.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {collection.title}
                  <span className="block font-mono text-xs text-slate-600">
                    /collections/{collection.handle}
                  </span>
                </th>
                <td className={tdClass}>
                  {collection.kind === 'manual'
                    ? t.manage.collections.manualCount(collection.productIds.length)
                    : t.manage.collections.kinds.rule}
                </td>
                <td className={tdClass}>
                  {collection.published ? t.manage.content.published : t.manage.content.draft}
                </td>
                {canWrite ? (
                  <td className={`${tdClass} whitespace-nowrap`}>
                    <Button variant="quiet" onClick={() => setEditing(collection.id)}>
                      {t.manage.common.edit}
                      <span className="sr-only"> {collection.title}</span>
                    </Button>
                    <Button variant="quiet" onClick={() => void remove(collection)}>
                      {t.manage.common.delete}
                      <span className="sr-only"> {collection.title}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      <CategoriesSection />
    </ManagePage>
  );
}
