import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  createControlPlaneHarness,
  storeBody,
  type ControlPlaneHarness,
} from '../test/control-plane-harness';
import { addMember, bearer, createStoreViaApi } from '../test/stores';

jest.setTimeout(30_000);

let cp: ControlPlaneHarness;

beforeAll(async () => {
  cp = await createControlPlaneHarness();
});
afterAll(async () => {
  await cp.close();
});

const slug = () => `tpl-${randomUUID().slice(0, 8)}`;

describe('storefront templates', () => {
  it('lists classic, bold and minimal with texts in every language, without the old alias', async () => {
    const response = await request(cp.app).get('/api/v1/templates').expect(200);
    expect(response.body.items.map((item: { id: string }) => item.id)).toEqual([
      'classic',
      'bold',
      'minimal',
    ]);
    for (const template of response.body.items) {
      expect(Object.keys(template.name).sort()).toEqual(['en', 'es', 'pt-BR']);
      expect(Object.keys(template.description).sort()).toEqual(['en', 'es', 'pt-BR']);
      expect(template.preview.thumbnail).toBe(`/templates/${template.id}.png`);
      expect(template.preview.primaryColor).toMatch(/^#[0-9a-f]{6}$/);
    }
    const descriptions = response.body.items.map(
      (item: { description: { en: string } }) => item.description.en,
    );
    expect(new Set(descriptions).size).toBe(3);
  });

  it('accepts `default` as classic, defaults to classic, and refuses unknown templates', async () => {
    const user = await cp.signUp();
    const viaAlias = await createStoreViaApi(
      cp,
      user.token,
      storeBody(slug(), { template: 'default' }),
    );
    const byDefault = await createStoreViaApi(cp, user.token, storeBody(slug()));
    for (const id of [viaAlias, byDefault]) {
      const tenant = await request(cp.app).get(`/api/v1/tenants/${id}`).set(bearer(user.token));
      expect(tenant.body.template).toBe('classic');
    }
  });

  it('switches a store’s template for owners and admins only, and 404s strangers', async () => {
    const owner = await cp.signUp();
    const id = await createStoreViaApi(cp, owner.token, storeBody(slug()));
    const path = `/api/v1/tenants/${id}/template`;
    const changed = await request(cp.app)
      .put(path)
      .set(bearer(owner.token))
      .send({ template: 'minimal' })
      .expect(200);
    expect(changed.body.template).toBe('minimal');
    await request(cp.app)
      .put(path)
      .set(bearer(owner.token))
      .send({ template: 'default' })
      .expect(200);
    const unknown = await request(cp.app)
      .put(path)
      .set(bearer(owner.token))
      .send({ template: 'neon' })
      .expect(400);
    expect(unknown.body.error.fields).toEqual({ template: 'is not an available template' });

    const staff = await cp.signUp();
    await addMember(cp, id, staff.userId, 'catalog_staff');
    await request(cp.app).put(path).set(bearer(staff.token)).send({ template: 'bold' }).expect(403);
    const stranger = await cp.signUp();
    await request(cp.app)
      .put(path)
      .set(bearer(stranger.token))
      .send({ template: 'bold' })
      .expect(404);

    const tenant = await request(cp.app).get(`/api/v1/tenants/${id}`).set(bearer(owner.token));
    expect(tenant.body.template).toBe('classic');
    const audit = await cp.database
      .app('audit_events')
      .where({ tenant_id: id, action: 'tenant.template_changed' })
      .orderBy('id');
    expect(audit.map((event) => event.data)).toEqual([
      { from: 'classic', to: 'minimal' },
      { from: 'minimal', to: 'classic' },
    ]);
  });
});
