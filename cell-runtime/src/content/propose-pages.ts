import { v7 as uuidv7 } from 'uuid';
import type { Language } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { sanitizeDescription } from '../catalog/sanitize';
import { currentStore } from '../catalog/store';
import { missingEmailText, pageTemplates } from './page-templates';

/**
 * The first time a store's pages are read, proposes its policies and its about, contact and
 * FAQ pages from templates in the store's language, with its name and support email filled
 * in, all unpublished for the merchant to edit. It happens once per store (`site_settings`
 * remembers when), so a page the merchant deletes stays deleted; a template whose kind or
 * handle the store already uses is skipped.
 */
export async function proposePages(trx: Knex.Transaction, tenantId: string): Promise<void> {
  await trx('site_settings').insert({ tenant_id: tenantId }).onConflict('tenant_id').ignore();
  const claimed = await trx('site_settings')
    .where({ tenant_id: tenantId })
    .whereNull('pages_proposed_at')
    .update({ pages_proposed_at: trx.fn.now() });
  if (claimed === 0) return; // proposed before, or by a concurrent read that got here first
  const store = await currentStore(trx);
  const language = (store.language in pageTemplates ? store.language : 'en') as Language;
  const settings = await trx('store_settings')
    .where({ tenant_id: tenantId })
    .first<{ support_email: string | null } | undefined>('support_email');
  const email = settings?.support_email ?? missingEmailText[language];
  const fill = (text: string) =>
    text.replaceAll('{store}', escapeHtml(store.name)).replaceAll('{email}', escapeHtml(email));
  const templates = pageTemplates[language];
  await trx('store_pages')
    .insert(
      templates.map((template, position) => ({
        id: uuidv7(),
        tenant_id: tenantId,
        kind: template.kind,
        title: template.title,
        handle: template.handle,
        body: sanitizeDescription(fill(template.body)),
        published: false,
        position,
      })),
    )
    .onConflict()
    .ignore();
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
