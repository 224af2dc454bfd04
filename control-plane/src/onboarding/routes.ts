import { Router, type RequestHandler } from 'express';
import { onboardingRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentUser } from '../auth/authenticate';
import type { CellClient } from '../cells/cell-client';
import type { PublicUrls } from '../public-urls';
import { findTenantById } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import { getOnboarding } from './get-onboarding';
import { saveOnboardingStep } from './save-onboarding-step';

export function onboardingRoutesRouter(deps: {
  db: Knex;
  cellClient: CellClient;
  urls: PublicUrls;
  requireUser: RequestHandler;
}): Router {
  const router = Router();
  const auth = [deps.requireUser];

  bindRoute(router, onboardingRoutes.get, auth, async ({ params, res }) => {
    const userId = currentUser(res).id;
    const tenant = await requireMemberWith(deps.db, params.id, userId, 'settings:read');
    return { status: 200, body: await getOnboarding(deps, tenant) };
  });

  bindRoute(router, onboardingRoutes.saveStep, auth, async ({ params, body, res }) => {
    const userId = currentUser(res).id;
    const tenant = await requireMemberWith(deps.db, params.id, userId, 'settings:write');
    await saveOnboardingStep(deps, {
      tenant,
      userId,
      step: params.step,
      status: body.status,
      data: body.data,
    });
    const saved = await findTenantById(deps.db, tenant.id);
    return { status: 200, body: await getOnboarding(deps, saved ?? tenant) };
  });

  return router;
}
