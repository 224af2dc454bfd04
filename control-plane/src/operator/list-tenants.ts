import { type z } from 'zod';
import {
  provisionTenantWorkflowId,
  type OperatorTenant,
  type operatorTenantListQuerySchema,
} from '@mpb/contracts';
import { decodeCursor, encodeCursor, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { TenantRow } from '../tenants/repository';

type ListQuery = z.output<typeof operatorTenantListQuerySchema>;
export type OperatorTenantRow = TenantRow & { owner_email: string | null };

export interface TemporalLinks {
  uiUrl: string | undefined;
  namespace: string;
}

export function toOperatorTenant(row: OperatorTenantRow, temporal: TemporalLinks): OperatorTenant {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    status: row.status,
    live: row.live,
    plan: row.plan,
    cellId: row.cell_id,
    createdAt: row.created_at.toISOString(),
    ownerEmail: row.owner_email,
    suspendedReason: row.suspended_reason,
    temporalUrl: temporal.uiUrl
      ? `${temporal.uiUrl.replace(/\/+$/, '')}/namespaces/${encodeURIComponent(
          temporal.namespace,
        )}/workflows/${encodeURIComponent(provisionTenantWorkflowId(row.id))}`
      : null,
  };
}

/** Tenants with the email of their first owner, for the operator views. */
export function operatorTenantQuery(db: Knex): Knex.QueryBuilder {
  return db('tenants').select(
    'tenants.*',
    db.raw(
      `(select users.email from tenant_memberships
          join users on users.id = tenant_memberships.user_id
         where tenant_memberships.tenant_id = tenants.id and tenant_memberships.role = 'owner'
         order by tenant_memberships.created_at, users.email limit 1) as owner_email`,
    ),
  );
}

/** Every store, newest first, filtered; keyset pages on (created_at, id). */
export async function listOperatorTenants(
  db: Knex,
  query: ListQuery,
): Promise<{ rows: OperatorTenantRow[]; nextCursor: string | null }> {
  const cursor = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw AppError.validation({ cursor: 'is not valid' });
  const rows = (await operatorTenantQuery(db)
    .modify((builder) => {
      if (query.status) void builder.where('tenants.status', query.status);
      if (query.cellId) void builder.where('tenants.cell_id', query.cellId);
      if (query.plan) void builder.where('tenants.plan', query.plan);
      if (query.q) {
        const pattern = `%${query.q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
        void builder.where((inner) =>
          inner.whereILike('tenants.slug', pattern).orWhereILike('tenants.name', pattern),
        );
      }
      if (cursor) {
        void builder.whereRaw('(tenants.created_at, tenants.id) < (?::timestamptz, ?::uuid)', [
          cursor.createdAt,
          cursor.id,
        ]);
      }
    })
    .orderBy([
      { column: 'tenants.created_at', order: 'desc' },
      { column: 'tenants.id', order: 'desc' },
    ])
    .limit(query.limit + 1)) as OperatorTenantRow[];
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    rows: page,
    nextCursor:
      rows.length > query.limit && last
        ? encodeCursor({ createdAt: last.created_at.toISOString(), id: last.id })
        : null,
  };
}
