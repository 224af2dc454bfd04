import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { provisionTenantWorkflowId } from '@mpb/contracts';
import { createSuperAdmin } from '../accounts/create-super-admin';
import {
  createControlPlaneHarness,
  storeBody,
  type ControlPlaneHarness,
} from '../test/control-plane-harness';

let cp: ControlPlaneHarness;

beforeAll(async () => {
  cp = await createControlPlaneHarness();
});
afterAll(async () => {
  await cp.close();
});

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let slugCounter = 0;
const freshSlug = () => `shop-${Date.now().toString(36)}-${slugCounter++}`;

describe('creating a store', () => {
  it('answers 202, records the tenant as provisioning and starts one workflow keyed on it', async () => {
    const user = await cp.signUp();
    const slug = freshSlug();
    const response = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(user.token))
      .send(storeBody(slug))
      .expect(202);
    expect(response.body).toEqual({ id: expect.any(String), slug, status: 'provisioning' });
    expect(response.headers.location).toBe(`/api/v1/tenants/${response.body.id}`);
    const handle = cp.temporal.workflow.getHandle(provisionTenantWorkflowId(response.body.id));
    const description = await handle.describe();
    expect(description.type).toBe('provisionTenant');
    expect(description.taskQueue).toBe(cp.taskQueue);
    const tenant = await request(cp.app)
      .get(`/api/v1/tenants/${response.body.id}`)
      .set(bearer(user.token))
      .expect(200);
    expect(tenant.body).toMatchObject({
      slug,
      status: 'provisioning',
      template: 'classic',
      live: false,
      cellId: null,
    });
    expect(tenant.body.urls.storefront).toBe(`http://${slug}.localhost:8080`);
  });

  it('turns a double submit into one store and one workflow run', async () => {
    const user = await cp.signUp();
    const slug = freshSlug();
    const [first, second] = await Promise.all([
      request(cp.app).post('/api/v1/tenants').set(bearer(user.token)).send(storeBody(slug)),
      request(cp.app).post('/api/v1/tenants').set(bearer(user.token)).send(storeBody(slug)),
    ]);
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.body.id).toBe(first.body.id);
    const runs = [];
    for await (const run of cp.temporal.workflow.list({
      query: `WorkflowId = '${provisionTenantWorkflowId(first.body.id)}'`,
    }))
      runs.push(run);
    expect(runs).toHaveLength(1);
    const rows = await cp.database.app('tenants').where({ slug });
    expect(rows).toHaveLength(1);
  });

  it('answers 409 when another user holds the slug, and 409 for reserved slugs', async () => {
    const owner = await cp.signUp();
    const other = await cp.signUp();
    const slug = freshSlug();
    await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(slug))
      .expect(202);
    const taken = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(other.token))
      .send(storeBody(slug))
      .expect(409);
    expect(taken.body.error).toMatchObject({
      code: 'SLUG_TAKEN',
      fields: { slug: expect.any(String) },
    });
    for (const reserved of ['www', 'admin', 'api']) {
      const response = await request(cp.app)
        .post('/api/v1/tenants')
        .set(bearer(other.token))
        .send(storeBody(reserved))
        .expect(409);
      expect(response.body.error.code).toBe('SLUG_RESERVED');
    }
  });

  it.each([
    [{ slug: 'ab' }, 'slug'],
    [{ slug: 'Has Spaces' }, 'slug'],
    [{ slug: '-leading' }, 'slug'],
    [{ name: '' }, 'name'],
    [{ niche: 'weapons' }, 'niche'],
    [{ currency: 'XYZ' }, 'currency'],
    [{ currency: 'brl' }, 'currency'],
    [{ language: 'fr' }, 'language'],
    [{ country: 'XX' }, 'country'],
    [{ template: 'no-such-template' }, 'template'],
    [{ plan: 'enterprise' }, 'plan'],
  ])('answers 400 naming the field for %j', async (change, field) => {
    const user = await cp.signUp();
    const response = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(user.token))
      .send(storeBody(freshSlug(), change))
      .expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it('answers 503 NO_CAPACITY with Retry-After when no shared cell has room', async () => {
    const user = await cp.signUp();
    await cp.database.app('cells').update({ status: 'draining' });
    try {
      const response = await request(cp.app)
        .post('/api/v1/tenants')
        .set(bearer(user.token))
        .send(storeBody(freshSlug()))
        .expect(503);
      expect(response.body.error.code).toBe('NO_CAPACITY');
      expect(response.headers['retry-after']).toBe('300');
    } finally {
      await cp.database.app('cells').update({ status: 'active' });
    }
  });

  it('answers 400 for a missing field, and 401 without a token', async () => {
    const user = await cp.signUp();
    const { currency: _currency, ...withoutCurrency } = storeBody(freshSlug());
    const response = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(user.token))
      .send(withoutCurrency)
      .expect(400);
    expect(response.body.error.fields).toEqual({ currency: 'is required' });
    await request(cp.app).post('/api/v1/tenants').send(storeBody(freshSlug())).expect(401);
  });
});

describe('reading and publishing stores', () => {
  it('answers 404 for another user’s store, exactly as for one that does not exist', async () => {
    const owner = await cp.signUp();
    const stranger = await cp.signUp();
    const created = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(freshSlug()))
      .expect(202);
    const theirs = await request(cp.app)
      .get(`/api/v1/tenants/${created.body.id}`)
      .set(bearer(stranger.token))
      .expect(404);
    const none = await request(cp.app)
      .get(`/api/v1/tenants/${randomUUID()}`)
      .set(bearer(stranger.token))
      .expect(404);
    expect(theirs.body.error).toMatchObject({
      code: none.body.error.code,
      message: none.body.error.message,
    });
    await request(cp.app)
      .post(`/api/v1/tenants/${created.body.id}/publish`)
      .set(bearer(stranger.token))
      .send({})
      .expect(404);
    const list = await request(cp.app)
      .get('/api/v1/tenants')
      .set(bearer(stranger.token))
      .expect(200);
    expect(list.body.items).toEqual([]);
  });

  it('lists the user’s own stores', async () => {
    const owner = await cp.signUp();
    const slug = freshSlug();
    await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(slug))
      .expect(202);
    const list = await request(cp.app).get('/api/v1/tenants').set(bearer(owner.token)).expect(200);
    expect(list.body.items.map((item: { slug: string }) => item.slug)).toEqual([slug]);
    const me = await request(cp.app).get('/api/v1/auth/me').set(bearer(owner.token)).expect(200);
    expect(me.body.tenants).toEqual([
      expect.objectContaining({ slug, role: 'owner', status: 'provisioning' }),
    ]);
  });

  it('answers 400 for a malformed id and 401 without a token', async () => {
    const owner = await cp.signUp();
    const response = await request(cp.app)
      .get('/api/v1/tenants/12345')
      .set(bearer(owner.token))
      .expect(400);
    expect(response.body.error.fields).toHaveProperty('id');
    await request(cp.app).get(`/api/v1/tenants/${randomUUID()}`).expect(401);
  });

  it('refuses to publish a store that is still provisioning, and validates the body', async () => {
    const owner = await cp.signUp();
    const created = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(freshSlug()))
      .expect(202);
    const early = await request(cp.app)
      .post(`/api/v1/tenants/${created.body.id}/publish`)
      .set(bearer(owner.token))
      .send({})
      .expect(409);
    expect(early.body.error.code).toBe('INVALID_STATE');
    const bad = await request(cp.app)
      .post(`/api/v1/tenants/${created.body.id}/publish`)
      .set(bearer(owner.token))
      .send({ live: 'yes' })
      .expect(400);
    expect(bad.body.error.fields).toHaveProperty('live');
  });

  it('lets a super-admin read any store', async () => {
    const owner = await cp.signUp();
    const created = await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(freshSlug()))
      .expect(202);
    const operator = await cp.signUp();
    await createSuperAdmin(cp.database.app, {
      email: operator.email,
      password: 'operator password 1',
    });
    await request(cp.app)
      .get(`/api/v1/tenants/${created.body.id}`)
      .set(bearer(operator.token))
      .expect(200);
  });
});

describe('slug availability', () => {
  it('says whether a slug is free, taken, reserved or invalid', async () => {
    const owner = await cp.signUp();
    const slug = freshSlug();
    await request(cp.app)
      .post('/api/v1/tenants')
      .set(bearer(owner.token))
      .send(storeBody(slug))
      .expect(202);
    const check = async (value: string) =>
      (await request(cp.app).get(`/api/v1/slugs/${value}`).expect(200)).body;
    expect(await check(slug)).toEqual({ slug, available: false, reason: 'taken' });
    expect(await check('www')).toEqual({ slug: 'www', available: false, reason: 'reserved' });
    expect(await check('x')).toEqual({ slug: 'x', available: false, reason: 'invalid' });
    expect(await check(`${slug}-free`)).toEqual({
      slug: `${slug}-free`,
      available: true,
      reason: null,
    });
    const tooLong = await request(cp.app)
      .get(`/api/v1/slugs/${'a'.repeat(101)}`)
      .expect(400);
    expect(tooLong.body.error.fields).toHaveProperty('slug');
  });
});
