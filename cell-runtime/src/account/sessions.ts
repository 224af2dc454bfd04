import type { CustomerSession } from '@mpb/contracts';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { createSessionToken, hashToken, SESSION_TTL_DAYS } from './session-token';

export interface Customer {
  id: string;
  email: string;
}

/**
 * Exchanges a sign-in link's token for a session. The token is spent by one conditional
 * UPDATE (unused and unexpired by the database clock, which also set its expiry): of two
 * concurrent exchanges, the second finds it used. Unknown, expired and used tokens are the
 * same 401, and a token of another store is unknown here (RLS).
 */
export async function createCustomerSession(
  db: Knex,
  input: { tenantId: string; loginToken: string },
): Promise<CustomerSession> {
  return withTenant(db, input.tenantId, async (trx) => {
    const [spent] = await trx('customer_login_tokens')
      .where({ token_hash: hashToken(input.loginToken) })
      .whereNull('used_at')
      .where('expires_at', '>', trx.fn.now())
      .update({ used_at: trx.fn.now() })
      .returning<{ customer_id: string }[]>('customer_id');
    if (!spent) {
      throw new AppError(
        'LOGIN_LINK_INVALID',
        'This sign-in link is invalid, expired or already used; ask for a new one',
      );
    }
    const customer = await trx('customers')
      .where({ id: spent.customer_id })
      .first<Customer>('id', 'email');
    const { token, tokenHash } = createSessionToken();
    const [session] = await trx('customer_sessions')
      .insert({
        token_hash: tokenHash,
        tenant_id: input.tenantId,
        customer_id: customer.id,
        expires_at: trx.raw(`now() + make_interval(days => ?)`, [SESSION_TTL_DAYS]),
      })
      .returning<{ expires_at: Date }[]>('expires_at');
    // Expired sessions of this customer are no use to anyone: tidy them on the way.
    await trx('customer_sessions')
      .where({ customer_id: customer.id })
      .where('expires_at', '<=', trx.fn.now())
      .delete();
    return {
      sessionToken: token,
      expiresAt: (session as { expires_at: Date }).expires_at.toISOString(),
      customer: { email: customer.email },
    };
  });
}

/** The customer of a live session in this store, if the token is one. */
export async function findSessionCustomer(
  db: Knex,
  input: { tenantId: string; sessionToken: string },
): Promise<Customer | undefined> {
  return withTenant(db, input.tenantId, (trx) =>
    trx('customer_sessions as s')
      .join('customers as c', 'c.id', 's.customer_id')
      .where('s.token_hash', hashToken(input.sessionToken))
      .where('s.expires_at', '>', trx.fn.now())
      .first<Customer | undefined>('c.id', 'c.email'),
  );
}

/** Signs the session out; a second sign-out of the same token finds nothing to do. */
export async function deleteCustomerSession(
  db: Knex,
  input: { tenantId: string; sessionToken: string },
): Promise<void> {
  await withTenant(db, input.tenantId, (trx) =>
    trx('customer_sessions')
      .where({ token_hash: hashToken(input.sessionToken) })
      .delete(),
  );
}
