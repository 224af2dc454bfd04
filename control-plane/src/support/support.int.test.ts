import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createSuperAdmin } from '../accounts/create-super-admin';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';
import { addMember, bearer, seedReadyStore } from '../test/stores';

jest.setTimeout(30_000);

let cp: ControlPlaneHarness;
let operator: Awaited<ReturnType<ControlPlaneHarness['signUp']>>;

beforeAll(async () => {
  cp = await createControlPlaneHarness();
  operator = await cp.signUp();
  await createSuperAdmin(cp.database.app, {
    email: operator.email,
    password: 'operator password 1',
  });
});
afterAll(async () => {
  await cp.close();
});

async function store() {
  const owner = await cp.signUp();
  const seeded = await seedReadyStore(cp, owner, { cellId: 'harness-cell' });
  return { owner, ...seeded, tickets: `/api/v1/tenants/${seeded.tenantId}/support/tickets` };
}

const ticketBody = {
  subject: 'Stripe shows restricted',
  body: 'My Stripe account says restricted after onboarding. What is missing?',
  category: 'payments',
};

describe('support tickets', () => {
  it('a member opens a ticket, an operator answers, the merchant replies and closes it', async () => {
    const shop = await store();
    const supportStaff = await cp.signUp();
    await addMember(cp, shop.tenantId, supportStaff.userId, 'support');

    const opened = await request(cp.app)
      .post(shop.tickets)
      .set(bearer(supportStaff.token))
      .send(ticketBody)
      .expect(201);
    expect(opened.body).toMatchObject({
      tenantId: shop.tenantId,
      subject: ticketBody.subject,
      category: 'payments',
      status: 'open',
      openedBy: supportStaff.email,
      messageCount: 1,
      messages: [{ author: 'merchant', authorEmail: supportStaff.email, body: ticketBody.body }],
    });
    expect(opened.body).not.toHaveProperty('tenant');
    const ticketId = opened.body.id as string;

    const queue = await request(cp.app)
      .get('/api/v1/operator/support/tickets?status=open')
      .set(bearer(operator.token))
      .expect(200);
    expect(queue.body.items).toContainEqual(
      expect.objectContaining({
        id: ticketId,
        tenant: { id: shop.tenantId, slug: shop.slug, name: expect.any(String), language: 'pt-BR' },
      }),
    );

    const answered = await request(cp.app)
      .post(`/api/v1/operator/support/tickets/${ticketId}/messages`)
      .set(bearer(operator.token))
      .send({ body: 'Stripe needs your company registration number.' })
      .expect(201);
    expect(answered.body).toMatchObject({ status: 'answered', messageCount: 2 });

    const seen = await request(cp.app)
      .get(`${shop.tickets}/${ticketId}`)
      .set(bearer(shop.owner.token))
      .expect(200);
    expect(seen.body.messages.map((message: { author: string }) => message.author)).toEqual([
      'merchant',
      'operator',
    ]);
    const replied = await request(cp.app)
      .post(`${shop.tickets}/${ticketId}/messages`)
      .set(bearer(shop.owner.token))
      .send({ body: 'Added it, thanks.' })
      .expect(201);
    expect(replied.body.status).toBe('open');
    const closed = await request(cp.app)
      .post(`${shop.tickets}/${ticketId}/close`)
      .set(bearer(shop.owner.token))
      .expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', messageCount: 3 });

    const list = await request(cp.app)
      .get(`${shop.tickets}?status=closed`)
      .set(bearer(shop.owner.token))
      .expect(200);
    expect(list.body.items.map((item: { id: string }) => item.id)).toEqual([ticketId]);
    const open = await request(cp.app)
      .get(`${shop.tickets}?status=open`)
      .set(bearer(shop.owner.token))
      .expect(200);
    expect(open.body.items).toEqual([]);
  });

  it('an operator can close a ticket with the answer; lists page newest-updated first', async () => {
    const shop = await store();
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      const response = await request(cp.app)
        .post(shop.tickets)
        .set(bearer(shop.owner.token))
        .send({ ...ticketBody, subject: `Question ${index}` })
        .expect(201);
      ids.push(response.body.id);
    }
    await request(cp.app)
      .post(`/api/v1/operator/support/tickets/${ids[0]}/messages`)
      .set(bearer(operator.token))
      .send({ body: 'Done on our side.', close: true })
      .expect(201);
    const first = await request(cp.app)
      .get(`${shop.tickets}?limit=2`)
      .set(bearer(shop.owner.token))
      .expect(200);
    // The answered ticket was updated last.
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([ids[0], ids[2]]);
    expect(first.body.items[0].status).toBe('closed');
    const second = await request(cp.app)
      .get(`${shop.tickets}?limit=2&cursor=${first.body.nextCursor}`)
      .set(bearer(shop.owner.token))
      .expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: ids[1] })],
      nextCursor: null,
    });
    const byTenant = await request(cp.app)
      .get(`/api/v1/operator/support/tickets?tenantId=${shop.tenantId}`)
      .set(bearer(operator.token))
      .expect(200);
    expect(byTenant.body.items).toHaveLength(3);
  });

  it('needs the support permissions: catalog staff get 403, support staff may', async () => {
    const shop = await store();
    const catalogStaff = await cp.signUp();
    await addMember(cp, shop.tenantId, catalogStaff.userId, 'catalog_staff');
    const refused = await request(cp.app)
      .post(shop.tickets)
      .set(bearer(catalogStaff.token))
      .send(ticketBody)
      .expect(403);
    expect(refused.body.error.message).toContain('support:write');
    await request(cp.app).get(shop.tickets).set(bearer(catalogStaff.token)).expect(403);
  });

  it('validates input and names the field', async () => {
    const shop = await store();
    const response = await request(cp.app)
      .post(shop.tickets)
      .set(bearer(shop.owner.token))
      .send({ subject: 'x', body: '', category: 'weather', priority: 'high' })
      .expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual([
      'body',
      'category',
      'priority',
      'subject',
    ]);
    await request(cp.app)
      .get(`${shop.tickets}?status=pending`)
      .set(bearer(shop.owner.token))
      .expect(400);
  });
});

describe('ticket isolation', () => {
  it('another store’s ticket is a 404 on every merchant route, and stays unchanged', async () => {
    const mine = await store();
    const theirs = await store();
    const opened = await request(cp.app)
      .post(theirs.tickets)
      .set(bearer(theirs.owner.token))
      .send(ticketBody)
      .expect(201);
    const ticketId = opened.body.id as string;
    const missing = await request(cp.app)
      .get(`${mine.tickets}/${randomUUID()}`)
      .set(bearer(mine.owner.token))
      .expect(404);
    for (const path of [`${mine.tickets}/${ticketId}`, `${theirs.tickets}/${ticketId}`]) {
      const response = await request(cp.app).get(path).set(bearer(mine.owner.token)).expect(404);
      expect(response.body.error.code).toBe(missing.body.error.code);
      await request(cp.app)
        .post(`${path}/messages`)
        .set(bearer(mine.owner.token))
        .send({ body: 'hijack' })
        .expect(404);
      await request(cp.app).post(`${path}/close`).set(bearer(mine.owner.token)).expect(404);
    }
    await request(cp.app).get(theirs.tickets).set(bearer(mine.owner.token)).expect(404);
    await request(cp.app)
      .post(theirs.tickets)
      .set(bearer(mine.owner.token))
      .send(ticketBody)
      .expect(404);
    const mineList = await request(cp.app)
      .get(mine.tickets)
      .set(bearer(mine.owner.token))
      .expect(200);
    expect(mineList.body.items).toEqual([]);
    const unchanged = await request(cp.app)
      .get(`${theirs.tickets}/${ticketId}`)
      .set(bearer(theirs.owner.token))
      .expect(200);
    expect(unchanged.body).toMatchObject({ status: 'open', messageCount: 1 });
  });

  it('operator routes answer 403 to merchants', async () => {
    const shop = await store();
    const opened = await request(cp.app)
      .post(shop.tickets)
      .set(bearer(shop.owner.token))
      .send(ticketBody)
      .expect(201);
    await request(cp.app)
      .get('/api/v1/operator/support/tickets')
      .set(bearer(shop.owner.token))
      .expect(403);
    await request(cp.app)
      .get(`/api/v1/operator/support/tickets/${opened.body.id}`)
      .set(bearer(shop.owner.token))
      .expect(403);
    await request(cp.app)
      .post(`/api/v1/operator/support/tickets/${opened.body.id}/messages`)
      .set(bearer(shop.owner.token))
      .send({ body: 'I am the operator now' })
      .expect(403);
    await request(cp.app)
      .get(`/api/v1/operator/support/tickets/${randomUUID()}`)
      .set(bearer(operator.token))
      .expect(404);
  });
});
