import type { z } from 'zod';
import type {
  operatorTicketSummarySchema,
  ticketSchema,
  ticketSummarySchema,
} from '@mpb/contracts';
import { decodeCursor, encodeCursor, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';

export type TicketSummary = z.output<typeof ticketSummarySchema>;
export type Ticket = z.output<typeof ticketSchema>;
export type OperatorTicketSummary = z.output<typeof operatorTicketSummarySchema>;
type TicketStatus = TicketSummary['status'];

interface TicketRow {
  id: string;
  tenant_id: string;
  subject: string;
  category: TicketSummary['category'];
  status: TicketStatus;
  opened_by_email: string | null;
  message_count: string | number;
  created_at: Date;
  updated_at: Date;
  tenant_slug: string;
  tenant_name: string;
  tenant_language: OperatorTicketSummary['tenant']['language'];
}

function ticketQuery(db: Knex): Knex.QueryBuilder {
  return db('support_tickets')
    .join('tenants', 'tenants.id', 'support_tickets.tenant_id')
    .leftJoin('users', 'users.id', 'support_tickets.opened_by')
    .select(
      'support_tickets.*',
      'users.email as opened_by_email',
      'tenants.slug as tenant_slug',
      'tenants.name as tenant_name',
      'tenants.language as tenant_language',
      db.raw(
        '(select count(*) from support_messages where support_messages.ticket_id = support_tickets.id) as message_count',
      ),
    );
}

function toSummary(row: TicketRow): OperatorTicketSummary {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    subject: row.subject,
    category: row.category,
    status: row.status,
    openedBy: row.opened_by_email,
    messageCount: Number(row.message_count),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    tenant: {
      id: row.tenant_id,
      slug: row.tenant_slug,
      name: row.tenant_name,
      language: row.tenant_language,
    },
  };
}

/**
 * Tickets, most recently updated first, keyset-paginated on (updated_at, id). With `tenantId`
 * only that store's: the one filter that keeps a merchant to their own tickets.
 */
export async function listTickets(
  db: Knex,
  filter: { tenantId?: string; status?: TicketStatus; limit: number; cursor?: string },
): Promise<{ items: OperatorTicketSummary[]; nextCursor: string | null }> {
  const cursor = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor);
  if (filter.cursor !== undefined && !cursor) throw AppError.validation({ cursor: 'is not valid' });
  const rows = (await ticketQuery(db)
    .modify((query) => {
      if (filter.tenantId) void query.where('support_tickets.tenant_id', filter.tenantId);
      if (filter.status) void query.where('support_tickets.status', filter.status);
      if (cursor) {
        void query.whereRaw(
          '(support_tickets.updated_at, support_tickets.id) < (?::timestamptz, ?::uuid)',
          [cursor.createdAt, cursor.id],
        );
      }
    })
    .orderBy([
      { column: 'support_tickets.updated_at', order: 'desc' },
      { column: 'support_tickets.id', order: 'desc' },
    ])
    .limit(filter.limit + 1)) as TicketRow[];
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ createdAt: last.updated_at.toISOString(), id: last.id })
        : null,
  };
}

/** A ticket with its messages; with `tenantId`, only if it belongs to that store (else 404). */
export async function getTicket(
  db: Knex,
  ticketId: string,
  tenantId?: string,
): Promise<Ticket & { tenant: OperatorTicketSummary['tenant'] }> {
  const row = (await ticketQuery(db)
    .where('support_tickets.id', ticketId)
    .modify((query) => {
      if (tenantId) void query.where('support_tickets.tenant_id', tenantId);
    })
    .first()) as TicketRow | undefined;
  if (!row) throw AppError.notFound('Ticket');
  const messages = await db('support_messages')
    .leftJoin('users', 'users.id', 'support_messages.author_user_id')
    .where('support_messages.ticket_id', ticketId)
    .orderBy([
      { column: 'support_messages.created_at', order: 'asc' },
      { column: 'support_messages.id', order: 'asc' },
    ])
    .select<
      {
        id: string;
        author: 'merchant' | 'operator';
        email: string | null;
        body: string;
        created_at: Date;
      }[]
    >(
      'support_messages.id',
      'support_messages.author',
      'users.email',
      'support_messages.body',
      'support_messages.created_at',
    );
  return {
    ...toSummary(row),
    messages: messages.map((message) => ({
      id: message.id,
      author: message.author,
      authorEmail: message.email,
      body: message.body,
      createdAt: message.created_at.toISOString(),
    })),
  };
}
