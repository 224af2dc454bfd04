import { randomUUID } from 'node:crypto';
import { withTenant } from '@mpb/db';
import { startMailSink, type MailSink } from '@mpb/devkit';
import { createCapturingLogger } from '@mpb/testing';
import type { DomainEvent, EventPayloads, EventType } from '../../events';
import { createCellHarness, type CellHarness, type TestStore } from '../../test/cell-harness';
import type { NotifierDeps } from '../deps';
import { createMailSender } from '../mail-sender';

export const PUBLIC_BASE_URL = 'http://localhost:8080';
export const FROM_ADDRESS = 'no-reply@mpb.example';

/** A cell database with stores, a real SMTP sink and a capturing logger, for one test file. */
export interface NotificationsFixture {
  harness: CellHarness;
  sink: MailSink;
  logLines: () => Record<string, unknown>[];
  /** Handler dependencies mailing the sink; override a sender to test failures or WhatsApp. */
  deps(overrides?: Partial<NotifierDeps>): NotifierDeps;
  close(): Promise<void>;
}

export async function createNotificationsFixture(): Promise<NotificationsFixture> {
  const harness = await createCellHarness();
  const sink = await startMailSink();
  const { logger, lines } = createCapturingLogger('notifications-test');
  return {
    harness,
    sink,
    logLines: lines,
    deps: (overrides = {}) => ({
      db: harness.database.app,
      logger,
      mail: createMailSender({ smtpUrl: sink.smtpUrl, fromAddress: FROM_ADDRESS }),
      whatsapp: undefined,
      publicBaseUrl: PUBLIC_BASE_URL,
      ...overrides,
    }),
    async close() {
      await sink.stop();
      await harness.close();
    },
  };
}

export interface SeededOrder {
  orderId: string;
  number: number;
  email: string;
}

let nextOrderNumber = 1001;

/**
 * An order paid in the store, as the order flow would leave it: R$ 1.234,56 in total, with a
 * hostile product title among its items. Override columns as needed.
 */
export async function seedOrder(
  harness: CellHarness,
  store: TestStore,
  columns: Record<string, unknown> = {},
): Promise<SeededOrder> {
  const orderId = randomUUID();
  const number = nextOrderNumber++;
  const email = `buyer-${orderId.slice(0, 8)}@example.com`;
  await withTenant(harness.database.app, store.tenantId, async (trx) => {
    await trx('orders').insert({
      id: orderId,
      tenant_id: store.tenantId,
      number,
      status: 'paid',
      currency: 'BRL',
      subtotal: 119000,
      discount_amount: 0,
      shipping_amount: 4456,
      tax_amount: 0,
      total: 123456,
      email,
      locale: 'pt-BR',
      shipping_method: 'PAC',
      shipping_address: JSON.stringify({
        name: 'Maria Souza',
        line1: 'Rua das Flores, 10',
        city: 'São Paulo',
        region: 'SP',
        postalCode: '01000-000',
        country: 'BR',
      }),
      paid_at: new Date(),
      ...columns,
    });
    await trx('order_items').insert([
      {
        id: randomUUID(),
        tenant_id: store.tenantId,
        order_id: orderId,
        title: 'Vestido floral',
        sku: 'VEST-01',
        quantity: 1,
        unit_price: 99000,
        total: 99000,
      },
      {
        id: randomUUID(),
        tenant_id: store.tenantId,
        order_id: orderId,
        title: '<script>alert("x")</script>',
        sku: null,
        quantity: 2,
        unit_price: 10000,
        total: 20000,
      },
    ]);
  });
  return { orderId, number, email };
}

let nextEventId = 1;

/** A domain event as the stream delivers it, with an id of its own. */
export function eventOf<T extends EventType>(
  store: TestStore,
  type: T,
  payload: EventPayloads[T],
): DomainEvent {
  const fields: Record<string, unknown> = { ...payload };
  const orderId = typeof fields.orderId === 'string' ? fields.orderId : undefined;
  const customerId = typeof fields.customerId === 'string' ? fields.customerId : undefined;
  return {
    id: nextEventId++,
    tenantId: store.tenantId,
    type,
    aggregateType: customerId ? 'customer' : 'order',
    aggregateId: orderId ?? customerId ?? randomUUID(),
    payload: fields,
    correlationId: null,
    createdAt: new Date().toISOString(),
  };
}

export interface NotificationRecord {
  event_id: number;
  channel: string;
  template: string;
  recipient: string;
  status: string;
  error: string | null;
  sent_at: Date | null;
}

export function notificationsOf(
  harness: CellHarness,
  store: TestStore,
  eventId: number,
): Promise<NotificationRecord[]> {
  return withTenant(harness.database.app, store.tenantId, (trx) =>
    trx('notifications')
      .where({ event_id: eventId })
      .orderBy('channel')
      .select('event_id', 'channel', 'template', 'recipient', 'status', 'error', 'sent_at'),
  );
}

/** Intl separates the currency symbol with a no-break space; compare as a reader sees it. */
export const plain = (value: string | undefined) => (value ?? '').replace(/\u00a0/g, ' ');
