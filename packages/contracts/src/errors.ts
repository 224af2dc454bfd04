import { z } from 'zod';

/**
 * Every error code the API can answer with. Clients switch on `code`, never on `message`,
 * which is for humans and may change.
 */
export const errorCodes = [
  /** The request body, query or path failed validation; `fields` names each field at fault. */
  'VALIDATION_FAILED',
  /** The body is not parseable JSON. */
  'INVALID_JSON',
  /** No credentials, or credentials that are expired or forged. */
  'UNAUTHENTICATED',
  /** Email and password do not match an account. Deliberately vague about which one is wrong. */
  'INVALID_CREDENTIALS',
  /** Authenticated, but the action needs a role the caller does not have on a resource it can see. */
  'FORBIDDEN',
  /** The resource does not exist or belongs to another tenant: the two are indistinguishable. */
  'NOT_FOUND',
  /** The slug is taken by another store. */
  'SLUG_TAKEN',
  /** The slug is reserved by the platform (www, admin, api, ...). */
  'SLUG_RESERVED',
  /** An account already exists with that email. */
  'EMAIL_TAKEN',
  /** Another product of the store already uses that handle. */
  'HANDLE_TAKEN',
  /** Another variant of the store already uses that SKU. */
  'SKU_TAKEN',
  /** Something with that unique name (a coupon code, a tax rate's place) already exists; `fields` names it. */
  'ALREADY_EXISTS',
  /** The resource is not in a state that allows the action (for example publishing a store still provisioning). */
  'INVALID_STATE',
  /** Fewer units are available than asked for; `fields.quantity` says how many are. */
  'INSUFFICIENT_STOCK',
  /** The product or variant is no longer sold (removed, archived or a draft). */
  'PRODUCT_UNAVAILABLE',
  /** The coupon exists but does not apply: expired, not started, used up, minimum not met. */
  'COUPON_NOT_APPLICABLE',
  /** Prices, stock or the coupon changed since the shopper last saw the cart: show it again. */
  'CART_NEEDS_REVIEW',
  'CHECKOUT_IN_PROGRESS',
  /** The store cannot take payments yet (no connected Stripe account with charges enabled). */
  'PAYMENTS_NOT_CONFIGURED',
  /** A refund's `Idempotency-Key` was already used for a refund with a different amount or order. */
  'IDEMPOTENCY_KEY_REUSED',
  /** A sign-in link (a shopper's or a merchant's) that is unknown, expired or already used: ask for a new one. */
  'LOGIN_LINK_INVALID',
  /** An email verification link that is unknown or expired: ask for a new one. */
  'VERIFICATION_LINK_INVALID',
  /** The body is larger than the route accepts. */
  'PAYLOAD_TOO_LARGE',
  /** The body is not JSON. */
  'UNSUPPORTED_MEDIA_TYPE',
  /** Too many requests; retry after the `Retry-After` header. */
  'RATE_LIMITED',
  /** No shared cell has room for a new store. */
  'NO_CAPACITY',
  /** A dependency (database, Temporal, a cell) is unavailable; safe to retry. */
  'UNAVAILABLE',
  /** A bug on our side. Details are in the logs under the correlation id. */
  'INTERNAL',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      fields: z
        .record(z.string(), z.string())
        .optional()
        .describe('Field path (dot-separated) to the first problem found with it.'),
      correlationId: z.string().optional(),
    }),
  })
  .meta({ id: 'Error' });

export type ErrorBody = z.infer<typeof errorBodySchema>;
