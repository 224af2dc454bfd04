import { z } from 'zod';
import type { EventPayloads } from '../events';

/**
 * Payloads arrive as JSON from the stream; these check them before any id reaches a query. A
 * payload that fails is a bug upstream: the error sends the event to the dead-letter stream.
 */
export const payloadSchemas = {
  PaymentConfirmed: z.object({ orderId: z.uuid(), number: z.number().int() }),
  OrderShipped: z.object({ orderId: z.uuid(), carrier: z.string(), trackingNumber: z.string() }),
  OrderRefunded: z.object({
    orderId: z.uuid(),
    refundId: z.uuid(),
    amount: z.number().int().positive(),
    full: z.boolean(),
  }),
  CustomerLoginRequested: z.object({
    customerId: z.uuid(),
    email: z.string(),
    returnPath: z.string().nullable(),
    locale: z.string().optional(),
  }),
} satisfies { [T in keyof EventPayloads]?: z.ZodType<EventPayloads[T]> };
