import { Router, type RequestHandler, type Response } from 'express';
import { couponRoutes, settingsRoutes, shippingZoneRoutes, taxRateRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentMember } from '../members/authenticate-member';
import { currentTenantId } from '../tenancy/middleware';
import { createCoupon, deleteCoupon, listCoupons, updateCoupon } from './coupons';
import { getSettings, updateSettings } from './settings';
import {
  createShippingZone,
  deleteShippingZone,
  listShippingZones,
  updateShippingZone,
} from './shipping-zones';
import { createTaxRate, deleteTaxRate, listTaxRates, updateTaxRate } from './tax-rates';

const actor = (res: Response) => ({
  tenantId: currentTenantId(res),
  memberId: currentMember(res).userId,
});

/** Coupons, shipping, taxes and selling settings, for members allowed to run the store. */
export function sellingAdminRouter(deps: { db: Knex; requireManager: RequestHandler }): Router {
  const router = Router();
  const guard = [deps.requireManager];
  const { db } = deps;

  bindRoute(router, couponRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createCoupon(db, { ...actor(res), body }),
  }));
  bindRoute(router, couponRoutes.list, guard, async ({ res }) => ({
    status: 200,
    body: { items: await listCoupons(db, currentTenantId(res)) },
  }));
  bindRoute(router, couponRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCoupon(db, { ...actor(res), couponId: params.id, body }),
  }));
  bindRoute(router, couponRoutes.remove, guard, async ({ params, res }) => {
    await deleteCoupon(db, { ...actor(res), couponId: params.id });
    return { status: 204 };
  });

  bindRoute(router, shippingZoneRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createShippingZone(db, { ...actor(res), body }),
  }));
  bindRoute(router, shippingZoneRoutes.list, guard, async ({ res }) => ({
    status: 200,
    body: { items: await listShippingZones(db, currentTenantId(res)) },
  }));
  bindRoute(router, shippingZoneRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateShippingZone(db, { ...actor(res), zoneId: params.id, body }),
  }));
  bindRoute(router, shippingZoneRoutes.remove, guard, async ({ params, res }) => {
    await deleteShippingZone(db, { ...actor(res), zoneId: params.id });
    return { status: 204 };
  });

  bindRoute(router, taxRateRoutes.create, guard, async ({ body, res }) => ({
    status: 201,
    body: await createTaxRate(db, { ...actor(res), body }),
  }));
  bindRoute(router, taxRateRoutes.list, guard, async ({ res }) => ({
    status: 200,
    body: { items: await listTaxRates(db, currentTenantId(res)) },
  }));
  bindRoute(router, taxRateRoutes.update, guard, async ({ params, body, res }) => ({
    status: 200,
    body: await updateTaxRate(db, { ...actor(res), rateId: params.id, body }),
  }));
  bindRoute(router, taxRateRoutes.remove, guard, async ({ params, res }) => {
    await deleteTaxRate(db, { ...actor(res), rateId: params.id });
    return { status: 204 };
  });

  bindRoute(router, settingsRoutes.get, guard, async ({ res }) => ({
    status: 200,
    body: await getSettings(db, currentTenantId(res)),
  }));
  bindRoute(router, settingsRoutes.update, guard, async ({ body, res }) => ({
    status: 200,
    body: await updateSettings(db, { ...actor(res), body }),
  }));
  return router;
}
