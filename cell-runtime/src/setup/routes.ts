import { Router } from 'express';
import { storeSetupRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { adminBinder, currentMember, type Authorize } from '../members';
import { currentTenantId } from '../tenancy/middleware';
import { applyShippingAndTaxes } from './apply-shipping-and-taxes';
import { getShippingAndTaxesDefaults } from './shipping-and-taxes-defaults';

/** The wizard's "shipping and taxes" step: the proposal for a country, and applying it. */
export function storeSetupRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;

  bind(storeSetupRoutes.defaults, async ({ query, res }) => ({
    status: 200,
    body: await getShippingAndTaxesDefaults(db, {
      tenantId: currentTenantId(res),
      country: query.country,
    }),
  }));
  bind(storeSetupRoutes.apply, async ({ body, res }) => ({
    status: 200,
    body: await applyShippingAndTaxes(db, {
      tenantId: currentTenantId(res),
      memberId: currentMember(res).userId,
      body,
    }),
  }));
  return router;
}
