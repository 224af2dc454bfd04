'use client';

import Link from 'next/link';
import { managePlatformApi } from '../../lib/browser-client';
import { describeApiError } from '../../lib/form-errors';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { cardClass, linkClass } from '../styles';
import { categoryName } from './help-page';
import { ManagePage } from './manage-page';
import { MarkdownView } from './markdown-view';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

/** One help article, in the UI language. */
export function HelpArticlePage({ slug }: { slug: string }) {
  const { t, language } = useI18n();
  const { tenant } = useManage();
  const article = useLoad(`article:${slug}:${language}`, (signal) =>
    managePlatformApi.getHelpArticle(slug, language, signal),
  );
  return (
    <ManagePage title={article.data?.title ?? t.manage.nav.sections.help} permission="admin:access">
      <Link href={`/stores/${tenant.id}/help`} className={linkClass}>
        {t.manage.help.back}
      </Link>
      <FormAlert message={article.error ? describeApiError(article.error, t) : null} />
      {article.data ? (
        <article className={cardClass}>
          <p className="mb-3 text-sm text-slate-600">
            {categoryName(article.data.category, t.manage.help.categories)}
          </p>
          <MarkdownView source={article.data.body} />
        </article>
      ) : article.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </ManagePage>
  );
}
