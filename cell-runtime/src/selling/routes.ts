import { Router, type Response } from 'express';
import { couponRoutes, settingsRoutes, shippingZoneRoutes, taxRateRoutes } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { currentMember } from '../members/authenticate-member';
import { adminBinder, type Authorize } from '../members/authorize';
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

/** Coupons, shipping, taxes and selling settings; each route admits the members with its permission. */
export function sellingAdminRouter(deps: { db: Knex; authorize: Authorize }): Router {
  const router = Router();
  const bind = adminBinder(router, deps.authorize);
  const { db } = deps;

  bind(couponRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createCoupon(db, { ...actor(res), body }),
  }));
  bind(couponRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listCoupons(db, currentTenantId(res)) },
  }));
  bind(couponRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateCoupon(db, { ...actor(res), couponId: params.id, body }),
  }));
  bind(couponRoutes.remove, async ({ params, res }) => {
    await deleteCoupon(db, { ...actor(res), couponId: params.id });
    return { status: 204 };
  });

  bind(shippingZoneRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createShippingZone(db, { ...actor(res), body }),
  }));
  bind(shippingZoneRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listShippingZones(db, currentTenantId(res)) },
  }));
  bind(shippingZoneRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateShippingZone(db, { ...actor(res), zoneId: params.id, body }),
  }));
  bind(shippingZoneRoutes.remove, async ({ params, res }) => {
    await deleteShippingZone(db, { ...actor(res), zoneId: params.id });
    return { status: 204 };
  });

  bind(taxRateRoutes.create, async ({ body, res }) => ({
    status: 201,
    body: await createTaxRate(db, { ...actor(res), body }),
  }));
  bind(taxRateRoutes.list, async ({ res }) => ({
    status: 200,
    body: { items: await listTaxRates(db, currentTenantId(res)) },
  }));
  bind(taxRateRoutes.update, async ({ params, body, res }) => ({
    status: 200,
    body: await updateTaxRate(db, { ...actor(res), rateId: params.id, body }),
  }));
  bind(taxRateRoutes.remove, async ({ params, res }) => {
    await deleteTaxRate(db, { ...actor(res), rateId: params.id });
    return { status: 204 };
  });

  bind(settingsRoutes.get, async ({ res }) => ({
    status: 200,
    body: await getSettings(db, currentTenantId(res)),
  }));
  bind(settingsRoutes.update, async ({ body, res }) => ({
    status: 200,
    body: await updateSettings(db, { ...actor(res), body }),
  }));
  return router;
}
