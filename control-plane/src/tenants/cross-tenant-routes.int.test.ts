import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { publicRoutes } from '../openapi';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';
import { bearer, seedReadyStore, type SeededStore } from '../test/stores';

/**
 * Every store-scoped route of the platform API, called by the owner of another store: each must
 * answer 404 exactly as for a store that does not exist, and change nothing. A new route under
 * `/api/v1/tenants/:id` without a target below fails this file.
 */

jest.setTimeout(30_000);

let cp: ControlPlaneHarness;
let victim: SeededStore;
let victimOwner: Awaited<ReturnType<ControlPlaneHarness['signUp']>>;
let attacker: Awaited<ReturnType<ControlPlaneHarness['signUp']>>;
let invitationId: string;
let ticketId: string;

interface Target {
  params?: Record<string, () => string>;
  body?: object;
}

const targets: Record<string, Target> = {
  getTenant: {},
  publishTenant: { body: { live: true } },
  startStripeOnboarding: { body: { returnPath: '/stores' } },
  getPaymentStatus: {},
  changeTenantTemplate: { body: { template: 'bold' } },
  getOnboarding: {},
  saveOnboardingStep: {
    params: { step: () => 'catalog' },
    body: { status: 'done', data: { notes: 'taken over' } },
  },
  createInvitation: { body: { email: 'intruder@example.com', role: 'owner' } },
  listInvitations: {},
  revokeInvitation: { params: { invitationId: () => invitationId } },
  changeStoreMemberRole: { params: { userId: () => victimOwner.userId }, body: { role: 'admin' } },
  removeStoreMember: { params: { userId: () => victimOwner.userId } },
  openSupportTicket: { body: { subject: 'Hello there', body: 'Spam', category: 'other' } },
  listSupportTickets: {},
  getSupportTicket: { params: { ticketId: () => ticketId } },
  replySupportTicket: { params: { ticketId: () => ticketId }, body: { body: 'hijack' } },
  closeSupportTicket: { params: { ticketId: () => ticketId } },
};

const tenantRoutes = publicRoutes.filter((route) => route.path.startsWith('/api/v1/tenants/:id'));

beforeAll(async () => {
  cp = await createControlPlaneHarness();
  victimOwner = await cp.signUp();
  victim = await seedReadyStore(cp, victimOwner, { cellId: 'harness-cell' });
  attacker = await cp.signUp();
  await seedReadyStore(cp, attacker, { cellId: 'harness-cell' });
  const invitation = await request(cp.app)
    .post(`/api/v1/tenants/${victim.tenantId}/invitations`)
    .set(bearer(victimOwner.token))
    .send({ email: 'friend@example.com', role: 'support' })
    .expect(201);
  invitationId = invitation.body.id;
  const ticket = await request(cp.app)
    .post(`/api/v1/tenants/${victim.tenantId}/support/tickets`)
    .set(bearer(victimOwner.token))
    .send({ subject: 'Need help', body: 'Please help', category: 'other' })
    .expect(201);
  ticketId = ticket.body.id;
});
afterAll(async () => {
  await cp.close();
});

function pathFor(path: string, tenantId: string, params: Target['params'] = {}): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) =>
    name === 'id' ? tenantId : (params[name]?.() ?? randomUUID()),
  );
}

describe('store-scoped routes across stores', () => {
  it('has a target for every route under /api/v1/tenants/:id', () => {
    const missing = tenantRoutes
      .map((route) => route.operationId)
      .filter((operationId) => !(operationId in targets));
    expect(missing).toEqual([]);
  });

  it.each(tenantRoutes.map((route) => [route.operationId, route] as const))(
    '%s answers 404 for another store, the same as for a missing one',
    async (operationId, route) => {
      const target = targets[operationId] ?? {};
      const call = (tenantId: string) =>
        request(cp.app)
          [route.method](pathFor(route.path, tenantId, target.params))
          .set(bearer(attacker.token))
          .send(target.body ?? {});
      const theirs = await call(victim.tenantId);
      const none = await call(randomUUID());
      expect(theirs.status).toBe(404);
      expect(none.status).toBe(404);
      expect(theirs.body.error).toMatchObject({
        code: 'NOT_FOUND',
        message: none.body.error.message,
      });
    },
  );

  it('left the other store unchanged', async () => {
    const owner = bearer(victimOwner.token);
    const base = `/api/v1/tenants/${victim.tenantId}`;
    const tenant = await request(cp.app).get(base).set(owner).expect(200);
    expect(tenant.body).toMatchObject({ template: 'classic', live: false });
    const invitations = await request(cp.app).get(`${base}/invitations`).set(owner).expect(200);
    expect(invitations.body.items).toEqual([expect.objectContaining({ id: invitationId })]);
    const tickets = await request(cp.app).get(`${base}/support/tickets`).set(owner).expect(200);
    expect(tickets.body.items).toEqual([
      expect.objectContaining({ id: ticketId, status: 'open', messageCount: 1 }),
    ]);
    const onboarding = await request(cp.app).get(`${base}/onboarding`).set(owner).expect(200);
    expect(onboarding.body.steps).toContainEqual(
      expect.objectContaining({ step: 'catalog', status: 'pending', data: {} }),
    );
    const memberships = await cp.database
      .app('tenant_memberships')
      .where({ tenant_id: victim.tenantId });
    expect(memberships).toHaveLength(1);
  });
});
