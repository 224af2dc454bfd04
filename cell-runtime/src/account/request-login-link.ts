import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { recordEvent } from '../events';
import { loadSettings } from '../selling/settings';
import { orderLanguage } from '../selling/store-locales';

/**
 * "Email me a sign-in link". When the address belongs to a customer of this store, a
 * CustomerLoginRequested event is recorded and the notifier makes and mails the link; when it
 * does not, nothing happens. The caller answers 202 either way, so the answer never tells
 * whether someone has bought here. The email is in the shopper's language when the store offers
 * it, else in the store's.
 */
export async function requestLoginLink(
  db: Knex,
  input: { tenantId: string; email: string; returnPath?: string; locale?: string },
): Promise<void> {
  await withTenant(db, input.tenantId, async (trx) => {
    // A suspended store sends no more email in its name.
    const store = await trx('tenants').first<{ status: string; language: string } | undefined>(
      'status',
      'language',
    );
    if (store?.status !== 'active') throw AppError.notFound('Store');
    const customer = await trx('customers')
      .where({ email: input.email.toLowerCase() })
      .first<{ id: string; email: string } | undefined>('id', 'email');
    if (!customer) return;
    const { languages } = await loadSettings(trx, input.tenantId);
    await recordEvent(trx, {
      tenantId: input.tenantId,
      type: 'CustomerLoginRequested',
      aggregateType: 'customer',
      aggregateId: customer.id,
      payload: {
        customerId: customer.id,
        email: customer.email,
        returnPath: input.returnPath ?? null,
        locale: orderLanguage(input.locale, store, languages),
      },
    });
  });
}
