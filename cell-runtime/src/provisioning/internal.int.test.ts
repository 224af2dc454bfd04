import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness } from '../test/cell-harness';

let cell: CellHarness;

beforeAll(async () => {
  cell = await createCellHarness();
});
afterAll(async () => {
  await cell.close();
});

const body = (slug: string, ownerId = randomUUID()) => ({
  slug,
  name: 'Loja',
  niche: 'food',
  currency: 'BRL',
  language: 'pt-BR',
  country: 'BR',
  template: 'default',
  hosts: [`${slug}.localhost`],
  owner: { userId: ownerId, email: `${slug}@example.com` },
});

describe('the internal provisioning API', () => {
  it('refuses callers without the internal token', async () => {
    const tenantId = randomUUID();
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}`)
      .send(body('no-token'))
      .expect(401);
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}`)
      .set('authorization', 'Bearer wrong')
      .send(body('no-token'))
      .expect(401);
  });

  it('creates a tenant once, however many times the call is retried', async () => {
    const tenantId = randomUUID();
    const ownerId = randomUUID();
    const send = () =>
      request(cell.app)
        .put(`/internal/v1/tenants/${tenantId}`)
        .set('authorization', `Bearer ${cell.internalToken}`)
        .send(body('retried', ownerId));
    const first = await send().expect(200);
    const results = await Promise.all([send(), send(), send()]);
    expect(first.body).toEqual({ tenantId, created: true });
    expect(results.map((result) => result.body.created)).toEqual([false, false, false]);
    const counts = await withTenant(cell.database.app, tenantId, async (trx) => ({
      tenants: (await trx('tenants').select('id')).length,
      domains: (await trx('tenant_domains').select('hostname')).length,
      members: (await trx('members').where({ user_id: ownerId, role: 'owner' }).select('user_id'))
        .length,
      config: (await trx('storefront_config').select('tenant_id')).length,
      audit: (await trx('audit_logs').where({ action: 'tenant.provisioned' }).select('id')).length,
    }));
    expect(counts).toEqual({ tenants: 1, domains: 1, members: 1, config: 1, audit: 1 });
  });

  it('brings the identity up to date on a later call, and the look only when just chosen', async () => {
    const tenantId = randomUUID();
    const ownerId = randomUUID();
    const put = (changes: object) =>
      request(cell.app)
        .put(`/internal/v1/tenants/${tenantId}`)
        .set('authorization', `Bearer ${cell.internalToken}`)
        .send({ ...body('renamed', ownerId), ...changes });
    await put({}).expect(200);
    // A re-sync that names no choice of look leaves the template and colours alone: the
    // store's admin may have changed them since.
    await put({ template: 'minimal', theme: { primaryColor: '#445566' } }).expect(200);
    const untouched = await withTenant(cell.database.app, tenantId, (trx) =>
      trx('storefront_config').first('template', 'primary_color'),
    );
    expect(untouched.template).toBe('default');
    expect(untouched.primary_color).not.toBe('#445566');
    const renamed = await put({
      name: 'Loja Nova',
      currency: 'USD',
      language: 'en',
      template: 'bold',
      theme: { primaryColor: '#112233' },
      applyTemplate: true,
      applyColours: true,
    }).expect(200);
    expect(renamed.body).toEqual({ tenantId, created: false });
    const read = () =>
      withTenant(cell.database.app, tenantId, async (trx) => ({
        tenant: await trx('tenants').first('name', 'currency', 'language', 'slug'),
        config: await trx('storefront_config').first('template', 'primary_color'),
        audits: await trx('audit_logs').where({ action: 'store.identity_updated' }).pluck('data'),
      }));
    expect(await read()).toEqual({
      tenant: { name: 'Loja Nova', currency: 'USD', language: 'en', slug: 'renamed' },
      config: { template: 'bold', primary_color: '#112233' },
      audits: [{ name: 'Loja Nova', currency: 'USD', language: 'en' }],
    });

    // Once an order exists, its amounts pin the currency; the slug never changes.
    await withTenant(cell.database.app, tenantId, (trx) =>
      trx('orders').insert({
        id: randomUUID(),
        tenant_id: tenantId,
        number: 1,
        status: 'created',
        currency: 'USD',
        subtotal: 100,
        total: 100,
      }),
    );
    await put({ currency: 'EUR', language: 'en' }).expect(409);
    await put({ slug: 'other-slug', hosts: ['renamed.localhost'] }).expect(409);
    // A refused call changes nothing, not even the fields that were allowed to change.
    expect((await read()).tenant).toEqual({
      name: 'Loja Nova',
      currency: 'USD',
      language: 'en',
      slug: 'renamed',
    });
  });

  it('validates the body and the tenant id', async () => {
    const auth = { authorization: `Bearer ${cell.internalToken}` };
    const badId = await request(cell.app)
      .put('/internal/v1/tenants/nope')
      .set(auth)
      .send(body('bad-id'))
      .expect(400);
    expect(badId.body.error.fields).toHaveProperty('tenantId');
    const badBody = await request(cell.app)
      .put(`/internal/v1/tenants/${randomUUID()}`)
      .set(auth)
      .send({ ...body('bad-body'), currency: 'XXX', hosts: ['not a host'] })
      .expect(400);
    expect(Object.keys(badBody.body.error.fields)).toEqual(
      expect.arrayContaining(['currency', 'hosts.0']),
    );
  });

  it('refuses a host that another tenant of the cell already owns', async () => {
    const auth = { authorization: `Bearer ${cell.internalToken}` };
    await request(cell.app)
      .put(`/internal/v1/tenants/${randomUUID()}`)
      .set(auth)
      .send(body('owned-host'))
      .expect(200);
    const clash = { ...body('other-store'), hosts: ['owned-host.localhost'] };
    const response = await request(cell.app)
      .put(`/internal/v1/tenants/${randomUUID()}`)
      .set(auth)
      .send(clash)
      .expect(409);
    expect(response.body.error.code).toBe('INVALID_STATE');
  });

  it('publishes and unpublishes; an unknown tenant is 404', async () => {
    const auth = { authorization: `Bearer ${cell.internalToken}` };
    const tenantId = randomUUID();
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}`)
      .set(auth)
      .send(body('toggle'))
      .expect(200);
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}/live`)
      .set(auth)
      .send({ live: true })
      .expect(200);
    expect(
      (await request(cell.app).get('/api/v1/storefront/config').set('host', 'toggle.localhost'))
        .body.live,
    ).toBe(true);
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}/live`)
      .set(auth)
      .send({ live: false })
      .expect(200);
    expect(
      (await request(cell.app).get('/api/v1/storefront/config').set('host', 'toggle.localhost'))
        .body.live,
    ).toBe(false);
    await request(cell.app)
      .put(`/internal/v1/tenants/${randomUUID()}/live`)
      .set(auth)
      .send({ live: true })
      .expect(404);
  });

  it('removes a tenant with everything it owns, idempotently, and only with the internal token', async () => {
    const auth = { authorization: `Bearer ${cell.internalToken}` };
    const tenantId = randomUUID();
    await request(cell.app)
      .put(`/internal/v1/tenants/${tenantId}`)
      .set(auth)
      .send(body('doomed'))
      .expect(200);
    await request(cell.app).delete(`/internal/v1/tenants/${tenantId}`).expect(401);
    await request(cell.app).delete(`/internal/v1/tenants/${tenantId}`).set(auth).expect(204);
    await request(cell.app).delete(`/internal/v1/tenants/${tenantId}`).set(auth).expect(204);
    await request(cell.app)
      .get('/api/v1/storefront/config')
      .set('host', 'doomed.localhost')
      .expect(404);
    const left = await withTenant(
      cell.database.app,
      tenantId,
      async (trx) => (await trx('members').select('user_id')).length,
    );
    expect(left).toBe(0);
  });
});
