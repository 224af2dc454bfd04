import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { storeTimeZone } from '../notifications/format';
import { renderPackingSlip } from './packing-slip';
import { findOrder, listItems } from './repository';
import { toAddress } from './views';

/** The packing slip of one of the store's orders, as HTML in the store's language. */
export async function getPackingSlip(db: Knex, tenantId: string, orderId: string): Promise<string> {
  return withTenant(db, tenantId, async (trx) => {
    const order = await findOrder(trx, orderId);
    if (!order) throw AppError.notFound('Order');
    const store = await trx('tenants').first<{ name: string; language: string; country: string }>(
      'name',
      'language',
      'country',
    );
    if (!store) throw AppError.notFound('Store');
    const items = await listItems(trx, order.id);
    return renderPackingSlip({
      storeName: store.name,
      language: store.language,
      timeZone: storeTimeZone(store.country),
      order: {
        number: order.number,
        placedAt: order.paid_at ?? order.created_at,
        shippingMethod: order.shipping_method,
        shippingAddress: toAddress(order.shipping_address),
        lines: items.map((item) => ({ title: item.title, sku: item.sku, quantity: item.quantity })),
      },
    });
  });
}
