import { Router, type RequestHandler } from 'express';
import { cartRoutes } from '@mpb/contracts';
import { bindRoute } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import {
  addItem,
  applyCoupon,
  createCart,
  getCart,
  removeCoupon,
  removeItem,
  selectShippingRate,
  setEmail,
  setShippingAddress,
  updateItem,
  type CartDeps,
} from './cart-service';

/** The shopper's cart. Its id is the only credential: unguessable, and scoped to the store's host. */
export function cartRouter(deps: CartDeps & { limitCartCreation: RequestHandler }): Router {
  const router = Router();
  const noStore = (res: Parameters<typeof currentTenantId>[0]) => {
    res.setHeader('cache-control', 'no-store');
    return currentTenantId(res);
  };
  bindRoute(router, cartRoutes.create, [deps.limitCartCreation], async ({ res }) => ({
    status: 201,
    body: await createCart(deps, noStore(res)),
  }));
  bindRoute(router, cartRoutes.get, [], async ({ params, res }) => ({
    status: 200,
    body: await getCart(deps, noStore(res), params.cartId),
  }));
  bindRoute(router, cartRoutes.addItem, [], async ({ params, body, res }) => ({
    status: 200,
    body: await addItem(deps, noStore(res), params.cartId, body.variantId, body.quantity),
  }));
  bindRoute(router, cartRoutes.updateItem, [], async ({ params, body, res }) => ({
    status: 200,
    body: await updateItem(deps, noStore(res), params.cartId, params.variantId, body.quantity),
  }));
  bindRoute(router, cartRoutes.removeItem, [], async ({ params, res }) => ({
    status: 200,
    body: await removeItem(deps, noStore(res), params.cartId, params.variantId),
  }));
  bindRoute(router, cartRoutes.applyCoupon, [], async ({ params, body, res }) => ({
    status: 200,
    body: await applyCoupon(deps, noStore(res), params.cartId, body.code),
  }));
  bindRoute(router, cartRoutes.removeCoupon, [], async ({ params, res }) => ({
    status: 200,
    body: await removeCoupon(deps, noStore(res), params.cartId),
  }));
  bindRoute(router, cartRoutes.setEmail, [], async ({ params, body, res }) => ({
    status: 200,
    body: await setEmail(deps, noStore(res), params.cartId, body.email),
  }));
  bindRoute(router, cartRoutes.setShippingAddress, [], async ({ params, body, res }) => ({
    status: 200,
    body: await setShippingAddress(deps, noStore(res), params.cartId, body),
  }));
  bindRoute(router, cartRoutes.selectShippingRate, [], async ({ params, body, res }) => ({
    status: 200,
    body: await selectShippingRate(deps, noStore(res), params.cartId, body.rateId),
  }));
  return router;
}
