import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { ShippingAddress } from '@mpb/contracts';
import { AppError } from '@mpb/http';

/** What a cart keeps between requests. Prices are never stored as truth: they are re-read. */
export interface StoredCart {
  id: string;
  tenantId: string;
  lines: { variantId: string; quantity: number; priceSeen: number | null }[];
  couponCode: string | null;
  email: string | null;
  shippingAddress: ShippingAddress | null;
  shippingRateId: string | null;
  createdAt: string;
  updatedAt: string;
}

export const newCartId = (): string => randomBytes(32).toString('base64url');

// Compare-and-set: write only if the cart is still what we read. WATCH would need a connection
// per request; this works on the shared one.
const compareAndSet = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
  return 1
end
return 0`;

/**
 * Carts live in the cell's Redis, keyed by tenant and cart id, expiring after `ttlSeconds`
 * without changes. Updates are optimistic (compare-and-set): two tabs editing one cart never
 * lose each other's lines.
 */
export class CartStore {
  constructor(
    private readonly redis: Redis,
    readonly ttlSeconds: number,
  ) {}

  private key(tenantId: string, cartId: string): string {
    return `cart:${tenantId}:${cartId}`;
  }

  async create(tenantId: string): Promise<StoredCart> {
    const now = new Date().toISOString();
    const cart: StoredCart = {
      id: newCartId(),
      tenantId,
      lines: [],
      couponCode: null,
      email: null,
      shippingAddress: null,
      shippingRateId: null,
      createdAt: now,
      updatedAt: now,
    };
    await this.redis.set(this.key(tenantId, cart.id), JSON.stringify(cart), 'EX', this.ttlSeconds);
    return cart;
  }

  /** Another tenant's cart id finds nothing: the key includes the tenant. */
  async get(tenantId: string, cartId: string): Promise<StoredCart> {
    const raw = await this.redis.get(this.key(tenantId, cartId));
    if (!raw) throw AppError.notFound('Cart');
    return JSON.parse(raw) as StoredCart;
  }

  async update(
    tenantId: string,
    cartId: string,
    change: (cart: StoredCart) => Promise<void> | void,
  ): Promise<StoredCart> {
    const key = this.key(tenantId, cartId);
    for (let attempt = 0; attempt < 10; attempt++) {
      const raw = await this.redis.get(key);
      if (!raw) throw AppError.notFound('Cart');
      const cart = JSON.parse(raw) as StoredCart;
      await change(cart);
      cart.updatedAt = new Date().toISOString();
      const written = await this.redis.eval(
        compareAndSet,
        1,
        key,
        raw,
        JSON.stringify(cart),
        this.ttlSeconds,
      );
      if (written === 1) return cart;
    }
    throw new AppError('UNAVAILABLE', 'The cart is changing too fast; retry');
  }

  expiresAt(cart: StoredCart): string {
    return new Date(Date.parse(cart.updatedAt) + this.ttlSeconds * 1000).toISOString();
  }
}
