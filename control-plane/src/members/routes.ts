import { Router, type RequestHandler } from 'express';
import { operatorRoutes, storeMemberRoutes } from '@mpb/contracts';
import { AppError, bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import { requireOperator } from '../operator/require-operator';
import { changeMemberRole, type StaffChangeDeps } from './change-member-role';
import { removeMember } from './remove-member';
import { syncMembersToCell } from './sync-members-to-cell';

/** Changing and removing a store's members, and the operators' reconciliation (ADR 0020). */
export function memberRoutesRouter(
  deps: StaffChangeDeps & { requireUser: RequestHandler },
): Router {
  const router = Router();
  const auth = [deps.requireUser];

  bindRoute(router, storeMemberRoutes.changeRole, auth, async ({ params, body, res }) => ({
    status: 200,
    body: await changeMemberRole(deps, {
      tenantId: params.id,
      actorId: currentUser(res).id,
      userId: params.userId,
      role: body.role,
    }),
  }));

  bindRoute(router, storeMemberRoutes.remove, auth, async ({ params, res }) => {
    await removeMember(deps, {
      tenantId: params.id,
      actorId: currentUser(res).id,
      userId: params.userId,
    });
    return { status: 204 };
  });

  bindRoute(router, operatorRoutes.syncTenantMembers, auth, async ({ params, res }) => {
    await requireOperator(deps.db, currentUser(res).id);
    const result = await syncMembersToCell(deps, params.id);
    if (result === 'not-in-cell') {
      throw new AppError('INVALID_STATE', 'The store is not created in its cell yet');
    }
    return { status: 200, body: result };
  });

  return router;
}
