import type { Product, PutProductTranslationBody } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordAudit } from '../audit/record-audit';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import { announceProductChange } from './product-input';
import { findProduct } from './repository';
import { sanitizeDescription } from './sanitize';
import { currentStore, type StoreRow } from './store';
import { upsertTranslation } from './translation-repository';
import { toProductView } from './views';

/**
 * The store's default language is the product's own: a translation into it would never show,
 * so it is refused, naming the field, rather than stored.
 */
export function assertNotDefaultLanguage(store: StoreRow, language: string): void {
  if (language === store.language) {
    throw AppError.validation({
      language: 'is the store’s default language: edit the product itself',
    });
  }
}

/**
 * Sets the product's title, description and SEO fields in `language`, replacing any earlier
 * translation into it. A language the store does not offer yet is accepted (the merchant may
 * translate before enabling it); shoppers see it once the store offers the language. Audited
 * and announced like any product change, so caches of the product's pages are refreshed.
 */
export async function putProductTranslation(
  db: Knex,
  input: {
    tenantId: string;
    memberId: string;
    productId: string;
    language: string;
    body: PutProductTranslationBody;
    mediaUrls?: MediaUrlOptions;
  },
): Promise<Product> {
  return withTenant(db, input.tenantId, async (trx) => {
    const store = await currentStore(trx);
    const product = await findProduct(trx, input.productId, { forUpdate: true });
    if (!product) throw AppError.notFound('Product');
    assertNotDefaultLanguage(store, input.language);
    const { body } = input;
    await upsertTranslation(
      trx,
      { tenantId: input.tenantId, productId: product.id, language: input.language },
      {
        title: body.title,
        description_html: sanitizeDescription(body.description),
        seo_title: body.seoTitle || null,
        seo_description: body.seoDescription || null,
      },
    );
    await recordAudit(trx, {
      tenantId: input.tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'product.translation_updated',
      targetType: 'product',
      targetId: product.id,
      data: { language: input.language, fields: Object.keys(body) },
    });
    await announceProductChange(trx, 'ProductUpdated', product);
    const [details] = await loadDetails(trx, [product], input.mediaUrls);
    return toProductView(details!, store.currency);
  });
}
