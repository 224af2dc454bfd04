import { v7 as uuidv7 } from 'uuid';
import {
  nicheSchema,
  toHandle,
  type Currency,
  type Language,
  type sampleCatalogSchema,
} from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import { recordAudit } from '../../audit/record-audit';
import { freeHandle } from '../create-product';
import { announceProductChange } from '../product-input';
import {
  insertProduct,
  insertVariants,
  skusInUse,
  type NewVariant,
  type ProductRow,
} from '../repository';
import { sanitizeDescription } from '../sanitize';
import { currentStore } from '../store';
import { sampleCatalogs, type SampleProduct, type Text } from './data';
import { sampleRows, toSampleCatalog } from './read-sample-catalog';
import { samplePrice, sampleSurcharge } from './sample-prices';

type SampleCatalog = z.infer<typeof sampleCatalogSchema>;
type Niche = z.infer<typeof nicheSchema>;

const stockPerVariant = 25;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const inLanguage = (text: Text, language: string) => text[language as Language] ?? text.en;

function variantsOf(
  product: SampleProduct,
  sku: (index: number) => string | null,
  input: {
    language: string;
    currency: Currency;
  },
): NewVariant[] {
  const values = product.axis?.values ?? [undefined];
  return values.map((value, position) => ({
    id: uuidv7(),
    sku: sku(position),
    price: value?.extraUsdCents
      ? samplePrice(product.usdCents, input.currency) +
        sampleSurcharge(value.extraUsdCents, input.currency)
      : null,
    stock: stockPerVariant,
    weight_grams: product.weightGrams,
    options:
      value && product.axis
        ? {
            [inLanguage(product.axis.name, input.language)]: inLanguage(
              value.label,
              input.language,
            ),
          }
        : {},
    position,
  }));
}

interface Target {
  trx: Knex.Transaction;
  tenantId: string;
  niche: Niche;
  language: string;
  currency: Currency;
}

/** Puts a sample archived by a removal (it had been ordered) back on sale. */
async function restoreSample(trx: Knex.Transaction, productId: string): Promise<void> {
  const [row] = await trx('products')
    .where({ id: productId, status: 'archived' })
    .update({ status: 'active', updated_at: trx.fn.now() })
    .returning<Pick<ProductRow, 'id' | 'tenant_id' | 'handle'>[]>(['id', 'tenant_id', 'handle']);
  if (row) await announceProductChange(trx, 'ProductUpdated', row);
}

/** Creates one sample product with its variants, marked as a sample, and announces it. */
async function createSample(target: Target, product: SampleProduct): Promise<void> {
  const { trx, tenantId, niche, language, currency } = target;
  const title = inLanguage(product.title, language);
  // SKUs the merchant already uses are left off rather than refused.
  const skuBase = `SAMPLE-${niche}-${product.key}`.toUpperCase();
  const candidates = (product.axis?.values ?? [undefined]).map(
    (_, index) => `${skuBase}-${index + 1}`,
  );
  const taken = await skusInUse(trx, candidates);
  const row = await insertProduct(trx, {
    id: uuidv7(),
    tenant_id: tenantId,
    title,
    handle: await freeHandle(trx, toHandle(title) || 'product'),
    description: sanitizeDescription(
      inLanguage(product.description, language)
        .split('\n')
        .map((line) => `<p>${escapeHtml(line)}</p>`)
        .join(''),
    ),
    status: 'active',
    price: samplePrice(product.usdCents, currency),
    compare_at_price: product.compareAtUsdCents
      ? samplePrice(product.compareAtUsdCents, currency)
      : null,
    tags: [],
    option_names: product.axis ? [inLanguage(product.axis.name, language)] : [],
    seo_title: null,
    seo_description: null,
  });
  const sku = (index: number) => {
    const candidate = candidates[index]!;
    return taken.has(candidate) ? null : candidate;
  };
  await insertVariants(trx, tenantId, row.id, variantsOf(product, sku, { language, currency }));
  await trx('sample_products').insert({
    tenant_id: tenantId,
    product_id: row.id,
    sample_key: `${niche}/${product.key}`,
    niche,
  });
  await announceProductChange(trx, 'ProductCreated', row);
}

/**
 * Adds a niche's sample products to the catalog, in the store's language and priced in its
 * currency, each remembered in `sample_products` under `<niche>/<key>`. Loading again adds
 * nothing: products already there stay as they are, and samples archived by a removal (because
 * they had been ordered) are put back on sale. Concurrent loads of one store queue on an
 * advisory lock. Every product created is announced, so search and the storefront pick it up.
 */
export async function loadSampleCatalog(
  db: Knex,
  input: { tenantId: string; memberId: string; niche?: Niche | undefined },
): Promise<SampleCatalog> {
  const { tenantId } = input;
  return withTenant(db, tenantId, async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtextextended(?, 0))', [
      `sample-catalog:${tenantId}`,
    ]);
    const store = await currentStore(trx);
    const { niche: storeNiche } = await trx('tenants').first<{ niche: string }>('niche');
    const niche = input.niche ?? nicheSchema.catch('other').parse(storeNiche);
    const target: Target = {
      trx,
      tenantId,
      niche,
      language: store.language,
      currency: store.currency as Currency,
    };
    const known = new Map((await sampleRows(trx)).map((row) => [row.sample_key, row]));
    let created = 0;
    for (const product of sampleCatalogs[niche]) {
      const existing = known.get(`${niche}/${product.key}`);
      if (existing) {
        await restoreSample(trx, existing.product_id);
        continue;
      }
      await createSample(target, product);
      created++;
    }
    await recordAudit(trx, {
      tenantId,
      actorType: 'member',
      actorId: input.memberId,
      action: 'sample_catalog.loaded',
      data: { niche, created },
    });
    return toSampleCatalog(await sampleRows(trx));
  });
}
