import { Router } from 'express';
import { auditRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { adminBinder, type Authorize } from '../members/authorize';
import { currentTenantId } from '../tenancy/middleware';
import { listAuditLog } from './list-audit-log';

/** The store's audit log, for members who may read it. */
export function auditRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  bind(auditRoutes.list, async ({ query, res }) => ({
    status: 200,
    body: await listAuditLog(deps.db, currentTenantId(res), query),
  }));
  return router;
}
