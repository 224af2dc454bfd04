import type { AdminOrderQuery } from '@mpb/contracts';
import { decodeCursor } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { OrderListFilter } from './repository';

const isDateOnly = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const DAY_MS = 86_400_000;

/**
 * The staff list's query as a repository filter. `q` is an order number when it is one
 * (`1042` or `#1042`), and is also matched against the buyer's email; a date-only `to`
 * includes that whole (UTC) day.
 */
export function toOrderListFilter(query: AdminOrderQuery): OrderListFilter {
  const filter: OrderListFilter = { limit: query.limit, status: query.status };
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    if (!after) throw AppError.validation({ cursor: 'is not a cursor this API returned' });
    filter.after = after;
  }
  if (query.q !== undefined) {
    const number = /^#?(\d{1,15})$/.exec(query.q)?.[1];
    if (number !== undefined) filter.number = Number(number);
    filter.emailContains = query.q.toLowerCase();
  }
  if (query.from !== undefined) filter.from = new Date(query.from);
  if (query.to !== undefined) {
    const to = new Date(query.to);
    filter.to = isDateOnly(query.to) ? new Date(to.getTime() + DAY_MS) : to;
  }
  if (filter.from && filter.to && filter.to <= filter.from) {
    throw AppError.validation({ to: 'must be after from' });
  }
  return filter;
}
