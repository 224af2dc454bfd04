import { Router, type RequestHandler } from 'express';
import { cellRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError, bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import { isSuperAdmin } from '../tenants/repository';
import { listCells, toCellView } from './repository';

export function cellRoutesRouter(deps: { db: Knex; requireUser: RequestHandler }): Router {
  const router = Router();
  bindRoute(router, cellRoutes.list, [deps.requireUser], async ({ res }) => {
    if (!(await isSuperAdmin(deps.db, currentUser(res).id))) {
      throw new AppError('FORBIDDEN', 'Only platform super-admins can see the cell registry');
    }
    return { status: 200, body: { items: (await listCells(deps.db)).map(toCellView) } };
  });
  return router;
}
