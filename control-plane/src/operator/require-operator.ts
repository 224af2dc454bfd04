import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { isSuperAdmin } from '../tenants/repository';

/**
 * Platform operators are the accounts with `is_super_admin`. Anyone else gets 403 before any
 * lookup, so an operator route never tells a merchant whether a store or ticket exists.
 */
export async function requireOperator(db: Knex, userId: string): Promise<void> {
  if (!(await isSuperAdmin(db, userId))) {
    throw new AppError('FORBIDDEN', 'Only platform operators can do this');
  }
}
