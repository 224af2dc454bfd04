import { createHash, randomUUID } from 'node:crypto';
import { withTenant } from '@mpb/db';
import type { TestStore } from '../test/cell-harness';
import { createNotificationsHandler } from './handler';
import { createMailSender } from './mail-sender';
import {
  createNotificationsFixture,
  eventOf,
  FROM_ADDRESS,
  notificationsOf,
  type NotificationsFixture,
} from './test/fixtures';

let fixture: NotificationsFixture;
let store: TestStore;

beforeAll(async () => {
  fixture = await createNotificationsFixture();
  store = await fixture.harness.provisionStore();
});
afterAll(() => fixture.close());

async function createCustomer(): Promise<{ customerId: string; email: string }> {
  const customerId = randomUUID();
  const email = `shopper-${customerId.slice(0, 8)}@example.com`;
  await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
    trx('customers').insert({ id: customerId, tenant_id: store.tenantId, email }),
  );
  return { customerId, email };
}

/** Every row of every table (of this tenant, and untenanted ones) that contains the text. */
async function rowsContaining(text: string): Promise<string[]> {
  return withTenant(fixture.harness.database.owner, store.tenantId, async (trx) => {
    const { rows: tables } = await trx.raw<{ rows: { tablename: string }[] }>(
      `select tablename from pg_tables where schemaname = 'public'`,
    );
    const found: string[] = [];
    for (const { tablename } of tables) {
      const { rows } = await trx.raw<{ rows: { count: string }[] }>(
        `select count(*) from ?? as t where t::text like ?`,
        [tablename, `%${text}%`],
      );
      if (Number(rows[0]?.count) > 0) found.push(tablename);
    }
    return found;
  });
}

describe('the sign-in link', () => {
  it('mails a link whose token is stored only as its sha256, for 15 minutes', async () => {
    const customer = await createCustomer();
    const event = eventOf(store, 'CustomerLoginRequested', {
      customerId: customer.customerId,
      email: customer.email,
      returnPath: '/account/orders',
    });
    await createNotificationsHandler(fixture.deps()).handle(event);

    const mail = await fixture.sink.waitFor((message) => message.to.includes(customer.email));
    expect(mail.subject).toBe(`Store ${store.slug}: seu link de acesso`);
    const link = /http:\/\/\S+\/account\/login\?token=[\w-]+\S*/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const url = new URL(link!);
    expect(url.origin).toBe(`http://${store.host}:8080`);
    expect(url.searchParams.get('next')).toBe('/account/orders');
    const token = url.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(token);

    const tokenHash = createHash('sha256').update(token).digest('hex');
    const stored = await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
      trx('customer_login_tokens')
        .where({ customer_id: customer.customerId })
        .select(
          'token_hash',
          'used_at',
          trx.raw('extract(epoch from expires_at - now())::int as seconds_left'),
        ),
    );
    expect(stored).toEqual([
      { token_hash: tokenHash, used_at: null, seconds_left: expect.any(Number) },
    ]);
    expect(stored[0].seconds_left).toBeGreaterThan(14 * 60);
    expect(stored[0].seconds_left).toBeLessThanOrEqual(15 * 60);

    expect(await rowsContaining(token)).toEqual([]);
    expect(await rowsContaining(tokenHash)).toEqual(['customer_login_tokens']);
    expect(JSON.stringify(fixture.logLines())).not.toContain(token);
    expect(await notificationsOf(fixture.harness, store, event.id)).toEqual([
      expect.objectContaining({ template: 'customer_login', status: 'sent' }),
    ]);

    // Redelivered: no second email and no second token.
    await createNotificationsHandler(fixture.deps()).handle(event);
    expect(
      fixture.sink.messages().filter((message) => message.to.includes(customer.email)),
    ).toHaveLength(1);
  });

  it('leaves no token behind when the email could not be sent', async () => {
    const customer = await createCustomer();
    const handler = createNotificationsHandler(
      fixture.deps({ mail: createMailSender({ smtpUrl: undefined, fromAddress: FROM_ADDRESS }) }),
    );
    await handler.handle(
      eventOf(store, 'CustomerLoginRequested', {
        customerId: customer.customerId,
        email: customer.email,
        returnPath: null,
      }),
    );
    const tokens = await withTenant(fixture.harness.database.app, store.tenantId, (trx) =>
      trx('customer_login_tokens').where({ customer_id: customer.customerId }).select('token_hash'),
    );
    expect(tokens).toEqual([]);
  });

  it('drops an unsafe return path and sends nothing for an unknown customer', async () => {
    const customer = await createCustomer();
    await createNotificationsHandler(fixture.deps()).handle(
      eventOf(store, 'CustomerLoginRequested', {
        customerId: customer.customerId,
        email: customer.email,
        returnPath: '//evil.example/phish',
      }),
    );
    const mail = await fixture.sink.waitFor((message) => message.to.includes(customer.email));
    expect(mail.text).not.toContain('evil.example');

    const before = fixture.sink.messages().length;
    await createNotificationsHandler(fixture.deps()).handle(
      eventOf(store, 'CustomerLoginRequested', {
        customerId: randomUUID(),
        email: 'nobody@example.com',
        returnPath: null,
      }),
    );
    expect(fixture.sink.messages()).toHaveLength(before);
  });
});
