import { Router, type RequestHandler } from 'express';
import { invitationRoutes } from '@mpb/contracts';
import { bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import type { CellClient } from '../cells/cell-client';
import { requireMemberWith } from '../tenants/require-member';
import { acceptInvitation } from './accept-invitation';
import { createInvitation, type InvitationDeps } from './create-invitation';
import { listOpenInvitations, toInvitationView } from './repository';
import { revokeInvitation } from './revoke-invitation';

export function invitationRoutesRouter(
  deps: InvitationDeps & { cellClient: CellClient; requireUser: RequestHandler },
): Router {
  const router = Router();
  const auth = [deps.requireUser];

  bindRoute(router, invitationRoutes.create, auth, async ({ params, body, res }) => {
    const user = currentUser(res);
    const invitation = await createInvitation(deps, {
      tenantId: params.id,
      userId: user.id,
      inviterEmail: user.email,
      email: body.email,
      role: body.role,
    });
    return { status: 201, body: invitation };
  });

  bindRoute(router, invitationRoutes.list, auth, async ({ params, res }) => {
    const userId = currentUser(res).id;
    await requireMemberWith(deps.db, params.id, userId, 'staff:read');
    const now = new Date();
    const rows = await listOpenInvitations(deps.db, params.id);
    return { status: 200, body: { items: rows.map((row) => toInvitationView(row, now)) } };
  });

  bindRoute(router, invitationRoutes.revoke, auth, async ({ params, res }) => {
    await revokeInvitation(deps.db, {
      tenantId: params.id,
      userId: currentUser(res).id,
      invitationId: params.invitationId,
    });
    return { status: 204 };
  });

  bindRoute(router, invitationRoutes.accept, auth, async ({ body, res }) => ({
    status: 200,
    body: await acceptInvitation(deps, { userId: currentUser(res).id, token: body.token }),
  }));

  return router;
}
