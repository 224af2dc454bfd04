'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  createPageBodySchema,
  pageKinds,
  policyPageKinds,
  updatePageBodySchema,
  type Page,
} from '@mpb/contracts';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { CheckboxField } from '../ui/checkbox-field';
import { TextareaField } from '../ui/textarea-field';
import { Table, TableHead, tdClass } from '../ui/table';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';
import { blankToNull } from '../../lib/blank-to-null';

const order = new Map(pageKinds.map((kind, index) => [kind, index]));

/**
 * The store's policies (refund, privacy, terms, shipping) and simple pages (about, contact,
 * FAQ and custom ones); published pages appear in the storefront's navigation.
 */
export function ContentPage() {
  const confirmDelete = useConfirmDelete();
  const { t } = useI18n();
  const { api, can } = useManage();
  const pages = useLoad('pages', (signal) => api.listPages(signal));
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canWrite = can('settings:write');
  const sorted = [...(pages.data?.items ?? [])].sort(
    (a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0) || a.position - b.position,
  );
  const current = sorted.find((page) => page.id === editing);

  async function remove(page: Page) {
    if (!(await confirmDelete(page.title))) return;
    setError(null);
    try {
      await api.deletePage(page.id);
      pages.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <ManagePage
      title={t.manage.nav.sections.content}
      permission="settings:read"
      actions={
        canWrite && editing !== 'new' ? (
          <Button onClick={() => setEditing('new')}>{t.manage.content.addPage}</Button>
        ) : null
      }
    >
      <FormAlert
        message={error || pages.error ? describeApiError(error ?? pages.error, t) : null}
      />
      {editing === 'new' || current ? (
        <PageForm
          key={editing}
          page={current ?? null}
          onDone={() => {
            setEditing(null);
            pages.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {pages.data ? (
        <Table caption={t.manage.nav.sections.content}>
          <TableHead
            columns={[
              { label: t.manage.content.title },
              { label: t.manage.content.kind },
              { label: t.manage.content.shown },
              { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {sorted.map((page) => (
              <tr key={page.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {page.title}
                  <span className="block font-mono text-xs text-slate-600">
                    /pages/{page.handle}
                  </span>
                </th>
                <td className={tdClass}>
                  {t.manage.content.kinds[page.kind]}
                  {policyPageKinds.includes(page.kind) ? (
                    <span className="block text-xs text-slate-600">{t.manage.content.policy}</span>
                  ) : null}
                </td>
                <td className={tdClass}>
                  {page.published ? t.manage.content.published : t.manage.content.draft}
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  <Button variant="quiet" onClick={() => setEditing(page.id)}>
                    {canWrite ? t.manage.common.edit : t.manage.content.view}
                    <span className="sr-only"> {page.title}</span>
                  </Button>
                  {canWrite && page.kind === 'custom' ? (
                    <Button variant="quiet" onClick={() => void remove(page)}>
                      {t.manage.common.delete}
                      <span className="sr-only"> {page.title}</span>
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : pages.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </ManagePage>
  );
}

const fields = [
  'title',
  'handle',
  'body',
  'published',
  'position',
  'seoTitle',
  'seoDescription',
] as const;

function PageForm({
  page,
  onDone,
  onCancel,
}: {
  page: Page | null;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { api, can } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState({
    title: page?.title ?? '',
    handle: page?.handle ?? '',
    body: page?.body ?? '',
    published: page?.published ?? false,
    position: String(page?.position ?? 0),
    seoTitle: page?.seoTitle ?? '',
    seoDescription: page?.seoDescription ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);
  const isReadOnly = !can('settings:write');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      title: values.title,
      ...(values.handle.trim() ? { handle: values.handle } : {}),
      body: values.body,
      published: values.published,
      position: values.position.trim() === '' ? 0 : Number(values.position),
      seoTitle: blankToNull(values.seoTitle),
      seoDescription: blankToNull(values.seoDescription),
    };
    const parsed = page
      ? updatePageBodySchema.safeParse(body)
      : createPageBodySchema.safeParse({ ...body, kind: 'custom' });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      if (page) await api.updatePage(page.id, parsed.data);
      else await api.createPage({ ...body, kind: 'custom' });
      onDone();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, fields, { ALREADY_EXISTS: 'handle' });
      setErrors(mapped.fields);
      setFormError(mapped.form);
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className={`${cardClass} space-y-4`}
      aria-label={page ? page.title : t.manage.content.addPage}
    >
      <FormAlert message={formError} />
      <fieldset disabled={isReadOnly || isPending} className="space-y-4">
        <TextField
          label={t.manage.content.title}
          name="title"
          required
          maxLength={120}
          value={values.title}
          onChange={(event) => setValues({ ...values, title: event.target.value })}
          error={errors.title}
        />
        <TextareaField
          label={t.manage.content.body}
          name="body"
          rows={12}
          value={values.body}
          onChange={(event) => setValues({ ...values, body: event.target.value })}
          hint={t.manage.products.descriptionHint}
          error={errors.body}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label={t.manage.products.handle}
            name="handle"
            value={values.handle}
            onChange={(event) => setValues({ ...values, handle: event.target.value })}
            error={errors.handle}
          />
          <TextField
            label={t.manage.content.position}
            name="position"
            type="number"
            inputMode="numeric"
            min={0}
            value={values.position}
            onChange={(event) => setValues({ ...values, position: event.target.value })}
            hint={t.manage.content.positionHint}
            error={errors.position}
          />
          <TextField
            label={t.manage.seo.title}
            name="seoTitle"
            maxLength={70}
            value={values.seoTitle}
            onChange={(event) => setValues({ ...values, seoTitle: event.target.value })}
            error={errors.seoTitle}
          />
          <TextField
            label={t.manage.seo.description}
            name="seoDescription"
            maxLength={320}
            value={values.seoDescription}
            onChange={(event) => setValues({ ...values, seoDescription: event.target.value })}
            error={errors.seoDescription}
          />
        </div>
        <CheckboxField
          label={t.manage.content.publish}
          hint={t.manage.content.publishHint}
          checked={values.published}
          onChange={(event) => setValues({ ...values, published: event.target.checked })}
        />
      </fieldset>
      <div className="flex flex-wrap gap-2">
        {isReadOnly ? null : (
          <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
            {t.manage.common.save}
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel}>
          {isReadOnly ? t.manage.common.close : t.manage.common.cancel}
        </Button>
      </div>
    </form>
  );
}
