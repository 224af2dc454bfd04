'use client';

import { useRef, useState, type FormEvent } from 'react';
import { categoryBodySchema } from '@mpb/contracts';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { useManage } from './manage-provider';
import { useConfirmDelete } from './use-confirm-delete';
import { useLoad } from './use-load';

interface Category {
  id: string;
  name: string;
  parentId: string | null;
  position: number;
}

/** Categories as an indented tree, with a form to add one under any other. */
export function CategoriesSection() {
  const confirmDelete = useConfirmDelete();
  const { t } = useI18n();
  const { api, can } = useManage();
  const categories = useLoad('categories', (signal) => api.listCategories(signal));
  const [error, setError] = useState<unknown>(null);
  const items = categories.data?.items ?? [];
  const canWrite = can('catalog:write');

  async function remove(category: Category) {
    if (!(await confirmDelete(category.name))) return;
    setError(null);
    try {
      await api.deleteCategory(category.id);
      categories.reload();
    } catch (caught) {
      setError(caught);
    }
  }

  const tree = (parentId: string | null, depth: number): React.ReactNode[] =>
    items
      .filter((category) => category.parentId === parentId)
      .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))
      .flatMap((category) => [
        <li
          key={category.id}
          style={{ paddingLeft: `${depth * 1.25}rem` }}
          className="flex flex-wrap items-center justify-between gap-2 py-1"
        >
          <span>{category.name}</span>
          {canWrite ? (
            <Button variant="quiet" onClick={() => void remove(category)}>
              {t.manage.common.delete}
              <span className="sr-only"> {category.name}</span>
            </Button>
          ) : null}
        </li>,
        ...tree(category.id, depth + 1),
      ]);

  return (
    <section className={`${cardClass} space-y-3`} aria-labelledby="categories-heading">
      <h2 id="categories-heading" className="text-lg font-semibold">
        {t.manage.collections.categories}
      </h2>
      <FormAlert
        message={error || categories.error ? describeApiError(error ?? categories.error, t) : null}
      />
      {categories.data && items.length === 0 ? <p>{t.manage.collections.noCategories}</p> : null}
      <ul className="divide-y divide-slate-100">{tree(null, 0)}</ul>
      {canWrite ? <CategoryForm categories={items} onAdded={categories.reload} /> : null}
    </section>
  );
}

function CategoryForm({ categories, onAdded }: { categories: Category[]; onAdded: () => void }) {
  const { t } = useI18n();
  const { api } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = { name, parentId: parentId || null };
    const parsed = categoryBodySchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, { name, parentId }));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await api.createCategory(parsed.data);
      setName('');
      onAdded();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['name', 'parentId', 'handle'], {
        ALREADY_EXISTS: 'name',
      });
      setErrors(
        mapped.fields.handle ? { ...mapped.fields, name: mapped.fields.handle } : mapped.fields,
      );
      setFormError(mapped.form);
    } finally {
      setIsPending(false);
    }
  }

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="grid gap-3 border-t border-slate-200 pt-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
      aria-label={t.manage.collections.addCategory}
    >
      <FormAlert message={formError} />
      <TextField
        label={t.manage.collections.categoryName}
        name="name"
        required
        maxLength={80}
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
      />
      <SelectField
        label={t.manage.collections.parent}
        name="parentId"
        value={parentId}
        onChange={(event) => setParentId(event.target.value)}
        options={[
          { value: '', label: t.manage.collections.topLevel },
          ...categories.map((category) => ({ value: category.id, label: category.name })),
        ]}
        error={errors.parentId}
      />
      <Button type="submit" variant="secondary" isPending={isPending}>
        {t.manage.collections.addCategory}
      </Button>
    </form>
  );
}
