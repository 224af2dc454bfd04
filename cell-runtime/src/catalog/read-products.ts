import type { Product, PublicProduct } from '@mpb/contracts';
import { decodeCursor, encodeCursor, withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { MediaUrlOptions } from '../media/views';
import { loadDetails } from './product-details';
import {
  findProduct,
  findProductByHandle,
  listProducts,
  type ListFilter,
  type ProductRow,
} from './repository';
import { shopperLanguage } from './shopper-language';
import { currentStore, isVisibleTo, type Audience } from './store';
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

/** The merchant's list: every status, newest first, keyset pages. */
export async function listAdminProducts(
  db: Knex,
  tenantId: string,
  request: PageRequest & { status?: ProductRow['status']; q?: string },
  mediaUrls: MediaUrlOptions = {},
): Promise<{ items: Product[]; nextCursor: string | null }> {
  const after = afterCursor(request.cursor);
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const rows = await listProducts(trx, {
      limit: request.limit,
      after,
      status: request.status,
      titleContains: request.q,
    });
    const page = rows.slice(0, request.limit);
    const last = page[page.length - 1];
    return {
      items: (await loadDetails(trx, page, mediaUrls)).map((details) =>
        toProductView(details, store.currency),
      ),
      nextCursor:
        rows.length > request.limit && last
          ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
          : null,
    };
  });
}

export async function getAdminProduct(
  db: Knex,
  tenantId: string,
  productId: string,
  mediaUrls: MediaUrlOptions = {},
): Promise<Product> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    const product = await findProduct(trx, productId);
    if (!product) throw AppError.notFound('Product');
    const [details] = await loadDetails(trx, [product], mediaUrls);
    return toProductView(details!, store.currency);
  });
}

/**
 * An active product of a live store (or of any store, in its preview), by handle, in the
 * shopper's `lang` when the store offers it and the product is translated into it.
 */
export async function getPublishedProduct(
  db: Knex,
  tenantId: string,
  handle: string,
  mediaUrls: MediaUrlOptions = {},
  audience: Audience = 'public',
  lang?: string,
): Promise<PublicProduct> {
  return withTenant(db, tenantId, async (trx) => {
    const store = await currentStore(trx);
    if (!isVisibleTo(store, audience)) throw AppError.notFound('Store');
    const product = await findProductByHandle(trx, handle.toLowerCase(), 'active');
    if (!product) throw AppError.notFound('Product');
    const { language, translations } = await shopperLanguage(trx, store, lang);
    const [details] = await loadDetails(trx, [product], mediaUrls, translations);
    return toPublicProductView(details!, store.currency, language);
  });
}
