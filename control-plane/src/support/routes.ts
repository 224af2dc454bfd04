import { Router, type RequestHandler } from 'express';
import { supportRoutes, type Permission } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import { requireOperator } from '../operator/require-operator';
import { requireMemberWith } from '../tenants/require-member';
import { getTicket, listTickets } from './repository';
import { addTicketMessage, closeTicket, openTicket } from './ticket-writes';

/**
 * Support tickets. Members with `support:read` / `support:write` (owners, admins, support) work
 * with their store's tickets under `/api/v1/tenants/:id/support`; every lookup there is confined
 * to that store, so another store's ticket is a 404. Operators see and answer every store's under `/api/v1/operator`.
 */
export function supportRoutesRouter(deps: { db: Knex; requireUser: RequestHandler }): Router {
  const router = Router();
  const auth = [deps.requireUser];
  const member = async (tenantId: string, userId: string, permission: Permission) =>
    (await requireMemberWith(deps.db, tenantId, userId, permission)).id;

  bindRoute(router, supportRoutes.open, auth, async ({ params, body, res }) => {
    const userId = currentUser(res).id;
    const tenantId = await member(params.id, userId, 'support:write');
    const ticketId = await openTicket(deps.db, { tenantId, userId, ...body });
    return {
      status: 201,
      body: await getTicket(deps.db, ticketId, tenantId),
      headers: { location: `/api/v1/tenants/${tenantId}/support/tickets/${ticketId}` },
    };
  });

  bindRoute(router, supportRoutes.list, auth, async ({ params, query, res }) => {
    const tenantId = await member(params.id, currentUser(res).id, 'support:read');
    return { status: 200, body: await listTickets(deps.db, { ...query, tenantId }) };
  });

  bindRoute(router, supportRoutes.get, auth, async ({ params, res }) => {
    const tenantId = await member(params.id, currentUser(res).id, 'support:read');
    return { status: 200, body: await getTicket(deps.db, params.ticketId, tenantId) };
  });

  bindRoute(router, supportRoutes.reply, auth, async ({ params, body, res }) => {
    const userId = currentUser(res).id;
    const tenantId = await member(params.id, userId, 'support:write');
    await addTicketMessage(deps.db, {
      ticketId: params.ticketId,
      tenantId,
      author: 'merchant',
      userId,
      body: body.body,
    });
    return { status: 201, body: await getTicket(deps.db, params.ticketId, tenantId) };
  });

  bindRoute(router, supportRoutes.close, auth, async ({ params, res }) => {
    const tenantId = await member(params.id, currentUser(res).id, 'support:write');
    await closeTicket(deps.db, params.ticketId, tenantId);
    return { status: 200, body: await getTicket(deps.db, params.ticketId, tenantId) };
  });

  bindRoute(router, supportRoutes.operatorList, auth, async ({ query, res }) => {
    await requireOperator(deps.db, currentUser(res).id);
    return { status: 200, body: await listTickets(deps.db, query) };
  });

  bindRoute(router, supportRoutes.operatorGet, auth, async ({ params, res }) => {
    await requireOperator(deps.db, currentUser(res).id);
    return { status: 200, body: await getTicket(deps.db, params.ticketId) };
  });

  bindRoute(router, supportRoutes.operatorReply, auth, async ({ params, body, res }) => {
    const userId = currentUser(res).id;
    await requireOperator(deps.db, userId);
    await addTicketMessage(deps.db, {
      ticketId: params.ticketId,
      author: 'operator',
      userId,
      body: body.body,
      close: body.close,
    });
    return { status: 201, body: await getTicket(deps.db, params.ticketId) };
  });

  return router;
}
