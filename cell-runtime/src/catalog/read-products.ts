import type { Product, PublicProduct } from '@mpb/contracts';
import { decodeCursor, encodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import {
  findProduct,
  findProductByHandle,
  listProducts,
  variantsOf,
  type ListFilter,
  type ProductRow,
  type VariantRow,
} from './repository';
import { currentStore, isOpenToPublic } from './store';
import { toProductView, toPublicProductView } from './views';

export interface PageRequest {
  limit: number;
  cursor?: string;
}

function afterCursor(cursor: string | undefined): ListFilter['after'] {
  if (cursor === undefined) return undefined;
  const decoded = decodeCursor(cursor);
  if (!decoded) throw AppError.validation({ cursor: 'is not a cursor this API returned' });
  return decoded;
}

async function page<T>(
  trx: Knex.Transaction,
  filter: ListFilter,
  render: (product: ProductRow, variants: VariantRow[]) => T,
): Promise<{ items: T[]; nextCursor: string | null }> {
  const rows = await listProducts(trx, filter);
  const items = rows.slice(0, filter.limit);
  const variants = await variantsOf(
    trx,
    items.map((row) => row.id),
  );
  const last = items[items.length - 1];
  return {
    items: items.map((row) => render(row, variants.get(row.id) ?? [])),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
        : null,
  };
}

export async function listAdminProducts(
  db: Knex,
  tenantId: string,
  request: PageRequest & { status?: ProductRow['status']; q?: string },
): Promise<{ items: Product[]; nextCursor: string | null }> {
  const after = afterCursor(request.cursor);
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    return page(
      trx,
      { limit: request.limit, after, status: request.status, titleContains: request.q },
      (row, variants) => toProductView(row, variants, store.currency),
    );
  });
}

export async function getAdminProduct(
  db: Knex,
  tenantId: string,
  productId: string,
): Promise<Product> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const product = await findProduct(trx, productId);
    if (!product) throw AppError.notFound('Product');
    const variants = await variantsOf(trx, [product.id]);
    return toProductView(product, variants.get(product.id) ?? [], store.currency);
  });
}

/** Active products of a live store; a store that is not live shows shoppers nothing. */
export async function listPublishedProducts(
  db: Knex,
  tenantId: string,
  request: PageRequest,
): Promise<{ items: PublicProduct[]; nextCursor: string | null }> {
  const after = afterCursor(request.cursor);
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isOpenToPublic(store)) throw AppError.notFound('Store');
    return page(trx, { limit: request.limit, after, status: 'active' }, (row, variants) =>
      toPublicProductView(row, variants, store.currency),
    );
  });
}

export async function getPublishedProduct(
  db: Knex,
  tenantId: string,
  handle: string,
): Promise<PublicProduct> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isOpenToPublic(store)) throw AppError.notFound('Store');
    const product = await findProductByHandle(trx, handle.toLowerCase(), 'active');
    if (!product) throw AppError.notFound('Product');
    const variants = await variantsOf(trx, [product.id]);
    return toPublicProductView(product, variants.get(product.id) ?? [], store.currency);
  });
}
