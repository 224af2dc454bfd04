import type { Migration } from '@mpb/db';

/**
 * Lets the cell worker find checkouts past their expiry across tenants (to give their stock and
 * coupon redemptions back), through an owner function, like the outbox relay.
 */
export const checkoutExpiry: Migration = {
  name: '0009-checkout-expiry',
  async up(db) {
    await db.raw(
      `create policy owner_checkout_sweep on checkout_sessions for select to current_user using (true)`,
    );
    await db.raw(`
      create function expired_checkouts(p_grace_seconds integer, p_limit integer)
      returns table (tenant_id uuid, checkout_id uuid)
      language sql stable security definer
      set search_path = public, pg_temp
      as $$
        select c.tenant_id, c.id from checkout_sessions c
        where c.status in ('pending', 'open')
          and c.expires_at < now() - make_interval(secs => p_grace_seconds)
        order by c.expires_at
        limit least(p_limit, 1000)
      $$`);
    await db.raw('revoke all on function expired_checkouts(integer, integer) from public');
  },
  async down(db) {
    await db.raw('drop function if exists expired_checkouts(integer, integer)');
    await db.raw('drop policy if exists owner_checkout_sweep on checkout_sessions');
  },
};
