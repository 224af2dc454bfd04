import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionTenantWorkflowId } from '@mpb/contracts';
import { RouteStore } from '@mpb/routing';
import { createSuperAdmin } from '../accounts/create-super-admin';
import {
  createControlPlaneHarness,
  storeBody,
  type ControlPlaneHarness,
} from '../test/control-plane-harness';
import { bearer, createStoreViaApi, registerTestCell, seedReadyStore } from '../test/stores';

jest.setTimeout(30_000);

let cp: ControlPlaneHarness;
let routes: RouteStore;
let operator: Awaited<ReturnType<ControlPlaneHarness['signUp']>>;
let merchant: Awaited<ReturnType<ControlPlaneHarness['signUp']>>;

beforeAll(async () => {
  cp = await createControlPlaneHarness({ TEMPORAL_UI_URL: 'http://localhost:8233' });
  routes = new RouteStore(cp.redis.redis, cp.redis.prefix);
  operator = await cp.signUp();
  await createSuperAdmin(cp.database.app, {
    email: operator.email,
    password: 'operator password 1',
  });
  merchant = await cp.signUp();
  await registerTestCell(cp, 'other-cell', 'http://127.0.0.1:1');
});
afterAll(async () => {
  await cp.close();
});

const asOperator = (method: 'get' | 'post', path: string) =>
  request(cp.app)[method](path).set(bearer(operator.token));

describe('the operator tenant list', () => {
  it('lists every store with its owner, cell, plan and a link to its workflow', async () => {
    const store = await seedReadyStore(cp, merchant, {
      cellId: 'harness-cell',
      name: 'Padaria Sol',
    });
    const response = await asOperator('get', '/api/v1/operator/tenants?q=padaria').expect(200);
    expect(response.body).toEqual({
      items: [
        {
          id: store.tenantId,
          slug: store.slug,
          name: 'Padaria Sol',
          status: 'ready',
          live: false,
          plan: 'free',
          cellId: 'harness-cell',
          createdAt: expect.any(String),
          ownerEmail: merchant.email,
          suspendedReason: null,
          temporalUrl: `http://localhost:8233/namespaces/default/workflows/${encodeURIComponent(
            provisionTenantWorkflowId(store.tenantId),
          )}`,
        },
      ],
      nextCursor: null,
    });
  });

  it('filters by status, cell, plan and slug, and pages with a cursor', async () => {
    const tag = randomUUID().slice(0, 6);
    const ids: string[] = [];
    for (let index = 0; index < 3; index++) {
      ids.push(await createStoreViaApi(cp, merchant.token, storeBody(`pg-${tag}-${index}`)));
    }
    const other = await seedReadyStore(cp, merchant, {
      cellId: 'other-cell',
      name: `Other ${tag}`,
    });
    await cp.database.app('tenants').where({ id: other.tenantId }).update({ plan: 'pro' });

    const first = await asOperator('get', `/api/v1/operator/tenants?q=pg-${tag}&limit=2`).expect(
      200,
    );
    expect(first.body.items.map((item: { id: string }) => item.id)).toEqual([ids[2], ids[1]]);
    const second = await asOperator(
      'get',
      `/api/v1/operator/tenants?q=pg-${tag}&limit=2&cursor=${first.body.nextCursor}`,
    ).expect(200);
    expect(second.body).toEqual({
      items: [expect.objectContaining({ id: ids[0] })],
      nextCursor: null,
    });

    const byCell = await asOperator('get', '/api/v1/operator/tenants?cellId=other-cell').expect(
      200,
    );
    expect(byCell.body.items.map((item: { id: string }) => item.id)).toEqual([other.tenantId]);
    const byPlan = await asOperator('get', '/api/v1/operator/tenants?plan=pro').expect(200);
    expect(byPlan.body.items.map((item: { id: string }) => item.id)).toEqual([other.tenantId]);
    const provisioning = await asOperator(
      'get',
      `/api/v1/operator/tenants?status=provisioning&q=${tag}`,
    ).expect(200);
    expect(provisioning.body.items).toHaveLength(3);
    // A search for a literal % matches nothing rather than everything.
    const literal = await asOperator('get', '/api/v1/operator/tenants?q=%25').expect(200);
    expect(literal.body.items).toEqual([]);

    const bad = await asOperator(
      'get',
      '/api/v1/operator/tenants?status=gone&cursor=zzz&limit=0',
    ).expect(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['limit', 'status']);
    const badCursor = await asOperator('get', '/api/v1/operator/tenants?cursor=zzz').expect(400);
    expect(badCursor.body.error.fields).toEqual({ cursor: 'is not valid' });
  });
});

describe('suspending and resuming a store', () => {
  it('flags its routes so the router shows an unavailable page, audits both with who and why', async () => {
    const store = await seedReadyStore(cp, merchant, { cellId: 'harness-cell' });
    await routes.putRoute({ host: store.host, tenantId: store.tenantId, cellId: 'harness-cell' });

    const missingReason = await asOperator(
      'post',
      `/api/v1/operator/tenants/${store.tenantId}/suspend`,
    )
      .send({})
      .expect(400);
    expect(missingReason.body.error.fields).toEqual({ reason: 'is required' });

    const suspended = await asOperator('post', `/api/v1/operator/tenants/${store.tenantId}/suspend`)
      .send({ reason: 'Chargeback fraud under review' })
      .expect(200);
    expect(suspended.body).toMatchObject({
      status: 'suspended',
      suspendedReason: 'Chargeback fraud under review',
    });
    expect(await routes.getRoute(store.host)).toEqual({
      host: store.host,
      tenantId: store.tenantId,
      cellId: 'harness-cell',
      suspended: true,
    });
    // The router's cache misses get the same answer from the control plane.
    const resolved = await request(cp.app)
      .get(`/internal/v1/routes/${store.host}`)
      .set(bearer(cp.config.INTERNAL_API_TOKEN))
      .expect(200);
    expect(resolved.body.suspended).toBe(true);
    // The merchant cannot put it back live.
    const publish = await request(cp.app)
      .post(`/api/v1/tenants/${store.tenantId}/publish`)
      .set(bearer(merchant.token))
      .send({})
      .expect(409);
    expect(publish.body.error.code).toBe('INVALID_STATE');
    // Suspending again is harmless.
    await asOperator('post', `/api/v1/operator/tenants/${store.tenantId}/suspend`)
      .send({ reason: 'again' })
      .expect(200);

    const resumed = await asOperator('post', `/api/v1/operator/tenants/${store.tenantId}/resume`)
      .send({ reason: 'Cleared by risk team' })
      .expect(200);
    expect(resumed.body).toMatchObject({ status: 'ready', suspendedReason: null });
    expect(await routes.getRoute(store.host)).toEqual({
      host: store.host,
      tenantId: store.tenantId,
      cellId: 'harness-cell',
    });

    const audit = await cp.database
      .app('audit_events')
      .where({ tenant_id: store.tenantId })
      .whereIn('action', ['tenant.suspended', 'tenant.resumed'])
      .orderBy('id');
    expect(audit.map((event) => [event.action, event.actor_user_id, event.data])).toEqual([
      ['tenant.suspended', operator.userId, { reason: 'Chargeback fraud under review' }],
      ['tenant.resumed', operator.userId, { reason: 'Cleared by risk team' }],
    ]);
  });

  it('refuses to suspend or resume a store still provisioning, and 404s a missing one', async () => {
    const provisioning = await createStoreViaApi(
      cp,
      merchant.token,
      storeBody(`prov-${randomUUID().slice(0, 8)}`),
    );
    const notReady = await asOperator('post', `/api/v1/operator/tenants/${provisioning}/suspend`)
      .send({ reason: 'testing' })
      .expect(409);
    expect(notReady.body.error.code).toBe('INVALID_STATE');
    await asOperator('post', `/api/v1/operator/tenants/${provisioning}/resume`)
      .send({})
      .expect(409);
    // Resuming a store that is serving already changes nothing and audits nothing.
    const ready = await seedReadyStore(cp, merchant, { cellId: 'harness-cell' });
    await asOperator('post', `/api/v1/operator/tenants/${ready.tenantId}/resume`)
      .send({})
      .expect(200);
    const audit = await cp.database.app('audit_events').where({ tenant_id: ready.tenantId });
    expect(audit).toEqual([]);
    await asOperator('post', `/api/v1/operator/tenants/${randomUUID()}/suspend`)
      .send({ reason: 'testing' })
      .expect(404);
  });
});

describe('who can use the operator routes', () => {
  it('answers 403 to merchants, before looking anything up, and 401 without a token', async () => {
    const store = await seedReadyStore(cp, merchant, { cellId: 'harness-cell' });
    for (const [method, path] of [
      ['get', '/api/v1/operator/tenants'],
      ['post', `/api/v1/operator/tenants/${store.tenantId}/suspend`],
      ['post', `/api/v1/operator/tenants/${randomUUID()}/suspend`],
      ['post', `/api/v1/operator/tenants/${store.tenantId}/resume`],
    ] as const) {
      const response = await request(cp.app)
        [method](path)
        .set(bearer(merchant.token))
        .send({ reason: 'I own this store' })
        .expect(403);
      expect(response.body.error.code).toBe('FORBIDDEN');
      await request(cp.app)[method](path).send({ reason: 'x' }).expect(401);
    }
    const tenant = await cp.database.app('tenants').where({ id: store.tenantId }).first();
    expect(tenant.status).toBe('ready');
  });
});
