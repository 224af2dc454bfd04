import type { niches, sampleCatalogSchema } from '@mpb/contracts';
import type { z } from 'zod';
import { withTenant, type Knex } from '@mpb/db';
import type { ProductStatus } from '../repository';

type SampleCatalog = z.infer<typeof sampleCatalogSchema>;

export interface SampleRow {
  product_id: string;
  sample_key: string;
  niche: (typeof niches)[number];
  title: string;
  handle: string;
  status: ProductStatus;
}

/** The store's sample products with their current title and status, oldest first. */
export async function sampleRows(trx: Knex.Transaction): Promise<SampleRow[]> {
  return trx('sample_products as s')
    .join('products as p', 'p.id', 's.product_id')
    .orderBy([{ column: 's.created_at' }, { column: 's.sample_key' }])
    .select<SampleRow[]>(
      's.product_id',
      's.sample_key',
      's.niche',
      'p.title',
      'p.handle',
      'p.status',
    );
}

export function toSampleCatalog(rows: SampleRow[]): SampleCatalog {
  return {
    loaded: rows.some((row) => row.status !== 'archived'),
    products: rows.map((row) => ({
      id: row.product_id,
      title: row.title,
      handle: row.handle,
      status: row.status,
      niche: row.niche,
    })),
  };
}

export async function getSampleCatalog(db: Knex, tenantId: string): Promise<SampleCatalog> {
  return withTenant(db, tenantId, async (trx) => toSampleCatalog(await sampleRows(trx)));
}
