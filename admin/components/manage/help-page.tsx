'use client';

import { useMemo, useRef, useState, type FormEvent } from 'react';
import Link from 'next/link';
import { openTicketBodySchema, ticketCategories } from '@mpb/contracts';
import { managePlatformApi } from '../../lib/browser-client';
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
import { cardClass, linkClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { TextareaField } from '../ui/textarea-field';
import { Table, TableHead, tdClass } from '../ui/table';
import { formatDateTime } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { TicketStatusBadge } from './ticket-status-badge';
import { useLoad } from './use-load';

/** The help centre's articles in the UI language, and the store's support tickets. */
export function HelpPage() {
  const { t } = useI18n();
  const { can } = useManage();
  return (
    <ManagePage title={t.manage.nav.sections.help} permission="admin:access">
      <Articles />
      {can('support:read') ? <Tickets /> : null}
    </ManagePage>
  );
}

/** A category slug such as `getting-started`, named in the UI language when known. */
export function categoryName(category: string, names: Record<string, string>): string {
  return names[category] ?? category.replace(/[-_]/g, ' ');
}

function Articles() {
  const { t, language } = useI18n();
  const { tenant } = useManage();
  const articles = useLoad(`help:${language}`, (signal) =>
    managePlatformApi.listHelpArticles(language, signal),
  );
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase(language);
    const items = (articles.data?.items ?? []).filter(
      (article) =>
        !needle ||
        `${article.title} ${article.summary}`.toLocaleLowerCase(language).includes(needle),
    );
    const byCategory = new Map<string, typeof items>();
    for (const article of items) {
      byCategory.set(article.category, [...(byCategory.get(article.category) ?? []), article]);
    }
    return [...byCategory.entries()];
  }, [articles.data, query, language]);

  return (
    <section className="space-y-3" aria-labelledby="articles-heading">
      <h2 id="articles-heading" className="text-lg font-semibold">
        {t.manage.help.articles}
      </h2>
      <TextField
        label={t.manage.help.search}
        name="help-search"
        type="search"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        className="max-w-md"
      />
      <FormAlert message={articles.error ? describeApiError(articles.error, t) : null} />
      {articles.isLoading && !articles.data ? <p role="status">{t.app.loading}</p> : null}
      {articles.data && groups.length === 0 ? <p>{t.manage.help.noArticles}</p> : null}
      <div className="grid gap-4 md:grid-cols-2">
        {groups.map(([category, items]) => (
          <div key={category} className={cardClass}>
            <h3 className="mb-2 font-semibold">
              {categoryName(category, t.manage.help.categories)}
            </h3>
            <ul className="space-y-2">
              {items.map((article) => (
                <li key={article.slug}>
                  <Link
                    href={`/stores/${tenant.id}/help/articles/${article.slug}`}
                    className={linkClass}
                  >
                    {article.title}
                  </Link>
                  <p className="text-sm text-slate-700">{article.summary}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function Tickets() {
  const { t, language } = useI18n();
  const { tenant, can } = useManage();
  const tickets = useLoad(`tickets:${tenant.id}`, (signal) =>
    managePlatformApi.listTickets(tenant.id, { limit: 50 }, signal),
  );
  return (
    <section className="space-y-3" aria-labelledby="tickets-heading">
      <h2 id="tickets-heading" className="text-lg font-semibold">
        {t.manage.help.tickets}
      </h2>
      <FormAlert message={tickets.error ? describeApiError(tickets.error, t) : null} />
      {tickets.data && tickets.data.items.length === 0 ? <p>{t.manage.help.noTickets}</p> : null}
      {tickets.data && tickets.data.items.length > 0 ? (
        <Table caption={t.manage.help.tickets}>
          <TableHead
            columns={[
              { label: t.manage.help.subject },
              { label: t.manage.help.status },
              { label: t.manage.help.updated },
            ]}
          />
          <tbody>
            {tickets.data.items.map((ticket) => (
              <tr key={ticket.id}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  <Link
                    href={`/stores/${tenant.id}/help/tickets/${ticket.id}`}
                    className={linkClass}
                  >
                    {ticket.subject}
                  </Link>
                  <span className="block text-xs text-slate-600">
                    {t.manage.help.ticketCategories[ticket.category]}
                  </span>
                </th>
                <td className={tdClass}>
                  <TicketStatusBadge status={ticket.status} />
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {formatDateTime(ticket.updatedAt, language)}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {can('support:write') ? <OpenTicketForm onOpened={tickets.reload} /> : null}
    </section>
  );
}

function OpenTicketForm({ onOpened }: { onOpened: () => void }) {
  const { t } = useI18n();
  const { tenant } = useManage();
  const formRef = useRef<HTMLFormElement>(null);
  const empty = { subject: '', body: '', category: 'other' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [isPending, setIsPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const parsed = openTicketBodySchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, values));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      await managePlatformApi.openTicket(tenant.id, parsed.data);
      setValues(empty);
      setNotice(t.manage.help.opened);
      onOpened();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['subject', 'body', 'category']);
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
      aria-labelledby="open-ticket-heading"
    >
      <h3 id="open-ticket-heading" className="font-semibold">
        {t.manage.help.openTicket}
      </h3>
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-[2fr_1fr]">
        <TextField
          label={t.manage.help.subject}
          name="subject"
          required
          maxLength={150}
          value={values.subject}
          onChange={(event) => setValues({ ...values, subject: event.target.value })}
          error={errors.subject}
        />
        <SelectField
          label={t.manage.help.category}
          name="category"
          value={values.category}
          onChange={(event) => setValues({ ...values, category: event.target.value })}
          options={ticketCategories.map((value) => ({
            value,
            label: t.manage.help.ticketCategories[value],
          }))}
          error={errors.category}
        />
      </div>
      <TextareaField
        label={t.manage.help.message}
        name="body"
        required
        rows={6}
        maxLength={10_000}
        value={values.body}
        onChange={(event) => setValues({ ...values, body: event.target.value })}
        error={errors.body}
      />
      <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
        {t.manage.help.send}
      </Button>
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
    </form>
  );
}
