import { v7 as uuidv7 } from 'uuid';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';

type Author = 'merchant' | 'operator';
type Status = 'open' | 'answered' | 'closed';

/** A merchant member opens a ticket for their store with its first message. */
export async function openTicket(
  db: Knex,
  input: { tenantId: string; userId: string; subject: string; body: string; category: string },
): Promise<string> {
  const id = uuidv7();
  await db.transaction(async (trx) => {
    await trx('support_tickets').insert({
      id,
      tenant_id: input.tenantId,
      subject: input.subject,
      category: input.category,
      status: 'open',
      opened_by: input.userId,
    });
    await trx('support_messages').insert({
      id: uuidv7(),
      ticket_id: id,
      author: 'merchant',
      author_user_id: input.userId,
      body: input.body,
    });
  });
  return id;
}

/**
 * Adds a message. A merchant's message (re)opens the ticket; an operator's marks it answered,
 * or closed when the operator says so. `tenantId` confines a merchant to their store's tickets.
 */
export async function addTicketMessage(
  db: Knex,
  input: {
    ticketId: string;
    tenantId?: string;
    author: Author;
    userId: string;
    body: string;
    close?: boolean;
  },
): Promise<void> {
  await db.transaction(async (trx) => {
    const ticket = await lockTicket(trx, input.ticketId, input.tenantId);
    const status: Status =
      input.author === 'merchant' ? 'open' : input.close ? 'closed' : 'answered';
    await trx('support_messages').insert({
      id: uuidv7(),
      ticket_id: ticket.id,
      author: input.author,
      author_user_id: input.userId,
      body: input.body,
    });
    await trx('support_tickets')
      .where({ id: ticket.id })
      .update({ status, updated_at: trx.fn.now() });
  });
}

export async function closeTicket(db: Knex, ticketId: string, tenantId: string): Promise<void> {
  await db.transaction(async (trx) => {
    const ticket = await lockTicket(trx, ticketId, tenantId);
    if (ticket.status === 'closed') return;
    await trx('support_tickets')
      .where({ id: ticket.id })
      .update({ status: 'closed', updated_at: trx.fn.now() });
  });
}

async function lockTicket(
  trx: Knex.Transaction,
  ticketId: string,
  tenantId: string | undefined,
): Promise<{ id: string; status: Status }> {
  const ticket = await trx('support_tickets')
    .where({ id: ticketId })
    .modify((query) => {
      if (tenantId) void query.where({ tenant_id: tenantId });
    })
    .forUpdate()
    .first<{ id: string; status: Status } | undefined>('id', 'status');
  if (!ticket) throw AppError.notFound('Ticket');
  return ticket;
}
