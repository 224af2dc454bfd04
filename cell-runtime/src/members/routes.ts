import { Router, type Response } from 'express';
import { cellInternalMemberRoutes, rolePermissions, staffRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import { currentMember } from './authenticate-member';
import { adminBinder, type Authorize } from './authorize';
import { changeMemberRole } from './change-member-role';
import { listMembers } from './list-members';
import type { StaffActor } from './owner-rules';
import { removeMember } from './remove-member';
import { upsertMember } from './upsert-member';

const actorOf = (res: Response): StaffActor => {
  const member = currentMember(res);
  return { type: 'member', userId: member.userId, role: member.role };
};

/** The caller's own membership, and the store's staff for those who may see or manage it. */
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
  bind(staffRoutes.changeRole, async ({ params, body, res }) => ({
    status: 200,
    body: await changeMemberRole(db, {
      tenantId: currentTenantId(res),
      actor: actorOf(res),
      userId: params.userId,
      role: body.role,
    }),
  }));
  bind(staffRoutes.remove, async ({ params, res }) => {
    await removeMember(db, {
      tenantId: currentTenantId(res),
      actor: actorOf(res),
      userId: params.userId,
    });
    return { status: 204 };
  });
  return router;
}

/** The control plane's changes to a store's members; mounted behind the internal-token guard. */
export function internalMembersRouter(deps: { db: Knex }): Router {
  const router = Router();
  bindRoute(router, cellInternalMemberRoutes.upsert, [], async ({ params, body }) => ({
    status: 200,
    body: await upsertMember(deps.db, { tenantId: params.tenantId, userId: params.userId, body }),
  }));
  bindRoute(router, cellInternalMemberRoutes.remove, [], async ({ params }) => {
    await removeMember(deps.db, {
      tenantId: params.tenantId,
      actor: { type: 'platform' },
      userId: params.userId,
    });
    return { status: 204 };
  });
  return router;
}
