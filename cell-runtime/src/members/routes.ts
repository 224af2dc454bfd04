import { Router } from 'express';
import { cellInternalMemberRoutes, rolePermissions, staffRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import { currentMember } from './authenticate-member';
import { adminBinder, type Authorize } from './authorize';
import { listMembers } from './list-members';
import { removeMember } from './remove-member';
import { replaceMembers } from './replace-members';
import { upsertMember } from './upsert-member';

/**
 * The caller's own membership, and the store's staff for those who may see it. Staff are
 * changed in the control plane only (ADR 0020), which writes them here through the internal
 * routes below: the cell has no admin route that changes a member.
 */
export function staffRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;

  bind(staffRoutes.me, ({ res }) => {
    const member = currentMember(res);
    return Promise.resolve({
      status: 200,
      body: {
        tenantId: currentTenantId(res),
        userId: member.userId,
        email: member.email,
        role: member.role,
        permissions: [...rolePermissions[member.role]],
      },
    });
  });
  bind(staffRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listMembers(db, currentTenantId(res)) },
  }));
  return router;
}

/** The control plane's changes to a store's members; mounted behind the internal-token guard. */
export function internalMembersRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, cellInternalMemberRoutes.upsert, [], async ({ params, body }) => ({
    status: 200,
    body: await upsertMember(deps.db, { tenantId: params.tenantId, userId: params.userId, body }),
  }));
  bindRoute(router, cellInternalMemberRoutes.remove, [], async ({ params, body }) => {
    await removeMember(deps.db, { tenantId: params.tenantId, userId: params.userId, body });
    return { status: 204 };
  });
  bindRoute(router, cellInternalMemberRoutes.replace, [], async ({ params, body }) => ({
    status: 200,
    body: await replaceMembers(deps.db, { tenantId: params.tenantId, body }),
  }));
  return router;
}
