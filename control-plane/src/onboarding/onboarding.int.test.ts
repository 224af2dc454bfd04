import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { cellTenantBodySchema, onboardingSteps } from '@mpb/contracts';
import {
  createControlPlaneHarness,
  storeBody,
  type ControlPlaneHarness,
} from '../test/control-plane-harness';
import {
  addMember,
  bearer,
  createStoreViaApi,
  registerTestCell,
  seedReadyStore,
  startRecordingCell,
} from '../test/stores';

jest.setTimeout(30_000);

let cp: ControlPlaneHarness;
let recordingCell: Awaited<ReturnType<typeof startRecordingCell>>;

beforeAll(async () => {
  cp = await createControlPlaneHarness();
  recordingCell = await startRecordingCell();
  await registerTestCell(cp, 'recording-cell', recordingCell.url);
});
afterAll(async () => {
  await recordingCell.close();
  await cp.close();
});

let counter = 0;
const freshSlug = () => `wiz-${Date.now().toString(36)}-${counter++}`;

async function newStore() {
  const owner = await cp.signUp();
  const slug = freshSlug();
  const tenantId = await createStoreViaApi(cp, owner.token, storeBody(slug, { template: 'bold' }));
  const path = `/api/v1/tenants/${tenantId}/onboarding`;
  const get = async () =>
    (await request(cp.app).get(path).set(bearer(owner.token)).expect(200)).body;
  const put = (step: string, body: object) =>
    request(cp.app).put(`${path}/steps/${step}`).set(bearer(owner.token)).send(body);
  return { owner, slug, tenantId, path, get, put };
}

const stepOf = (onboarding: { steps: { step: string }[] }, step: string) =>
  onboarding.steps.find((candidate) => candidate.step === step) as {
    step: string;
    status: string;
    data: Record<string, unknown>;
    updatedAt: string | null;
  };

describe('wizard progress', () => {
  it('starts with the store created: account and identity done, the template step current', async () => {
    const store = await newStore();
    const onboarding = await store.get();
    expect(onboarding.steps.map((step: { step: string }) => step.step)).toEqual([
      ...onboardingSteps,
    ]);
    expect(onboarding.steps.map((step: { status: string }) => step.status)).toEqual([
      'done',
      'done',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(onboarding.currentStep).toBe('template');
    expect(stepOf(onboarding, 'identity').data).toEqual({
      name: 'Loja Teste',
      slug: store.slug,
      niche: 'fashion',
      country: 'BR',
      currency: 'BRL',
      language: 'pt-BR',
      primaryColor: null,
      accentColor: null,
    });
    expect(stepOf(onboarding, 'template').data).toEqual({ templateId: 'bold' });
    expect(onboarding.provisioning).toEqual({
      status: 'provisioning',
      completedSteps: [],
      steps: ['reserve-slug', 'place-tenant', 'create-in-cell', 'publish-route', 'mark-ready'],
      error: null,
    });
    expect(onboarding.urls.storefront).toBe(`http://${store.slug}.localhost:8080`);
    expect(onboarding.domain).toBeNull();
  });

  it('resumes where the merchant stopped, and going back never loses another step’s data', async () => {
    const store = await newStore();
    await store.put('template', { status: 'done', data: { templateId: 'minimal' } }).expect(200);
    await store.put('catalog', { status: 'done', data: { notes: 'ten shirts' } }).expect(200);
    await store
      .put('payments', { status: 'skipped', data: { notes: 'Stripe next week' } })
      .expect(200);

    // The merchant leaves and comes back: the wizard resumes at shipping and taxes.
    let onboarding = await store.get();
    expect(onboarding.currentStep).toBe('shipping-and-taxes');
    expect(stepOf(onboarding, 'payments')).toMatchObject({
      status: 'skipped',
      data: { notes: 'Stripe next week' },
    });

    // Going back to the template step and choosing again changes that step only.
    const back = await store
      .put('template', { status: 'done', data: { templateId: 'classic' } })
      .expect(200);
    expect(stepOf(back.body, 'template').data).toEqual({ templateId: 'classic' });
    expect(stepOf(back.body, 'catalog')).toMatchObject({
      status: 'done',
      data: { notes: 'ten shirts' },
    });
    expect(stepOf(back.body, 'payments').data).toEqual({ notes: 'Stripe next week' });
    expect(back.body.currentStep).toBe('shipping-and-taxes');

    // Reopening a step without data keeps what it had.
    await store.put('payments', { status: 'pending' }).expect(200);
    onboarding = await store.get();
    expect(stepOf(onboarding, 'payments')).toMatchObject({
      status: 'pending',
      data: { notes: 'Stripe next week' },
    });
    expect(onboarding.currentStep).toBe('payments');

    const tenant = await request(cp.app)
      .get(`/api/v1/tenants/${store.tenantId}`)
      .set(bearer(store.owner.token))
      .expect(200);
    expect(tenant.body.template).toBe('classic');
  });

  it('is idempotent: saving the same step twice gives the same progress', async () => {
    const store = await newStore();
    const body = { status: 'done', data: { customDomain: `shop-${counter}.example.com` } };
    const first = await store.put('domain', body).expect(200);
    const second = await store.put('domain', body).expect(200);
    const { steps: firstSteps, ...firstRest } = first.body;
    const { steps: secondSteps, ...secondRest } = second.body;
    expect(secondRest).toEqual(firstRest);
    const { updatedAt: _first, ...firstDomain } = stepOf({ steps: firstSteps }, 'domain');
    const { updatedAt: _second, ...secondDomain } = stepOf({ steps: secondSteps }, 'domain');
    expect(secondDomain).toEqual(firstDomain);
    expect(second.body.domain).toEqual({
      hostname: body.data.customDomain,
      status: 'pending_verification',
    });
    const rows = await cp.database
      .app('domains')
      .where({ tenant_id: store.tenantId, kind: 'custom' });
    expect(rows).toHaveLength(1);
  });

  it('edits the identity: the store’s own fields change, colours are kept, the slug is fixed', async () => {
    const store = await newStore();
    const identity = {
      name: 'Loja Nova',
      niche: 'home',
      country: 'PT',
      currency: 'EUR',
      language: 'pt-BR',
      primaryColor: '#112233',
      accentColor: '#AABBCC',
    };
    const saved = await store.put('identity', { status: 'done', data: identity }).expect(200);
    expect(stepOf(saved.body, 'identity').data).toEqual({
      ...identity,
      slug: store.slug,
      accentColor: '#aabbcc',
    });
    const tenant = await request(cp.app)
      .get(`/api/v1/tenants/${store.tenantId}`)
      .set(bearer(store.owner.token))
      .expect(200);
    expect(tenant.body).toMatchObject({ name: 'Loja Nova', currency: 'EUR', country: 'PT' });

    const renamed = await store
      .put('identity', { status: 'done', data: { ...identity, slug: `${store.slug}-x` } })
      .expect(400);
    expect(renamed.body.error.fields).toEqual({
      'data.slug': 'cannot be changed after the store is created',
    });
    await store
      .put('identity', { status: 'done', data: { ...identity, slug: store.slug } })
      .expect(200);
  });

  it.each([
    [
      'identity',
      'data.currency',
      {
        status: 'done',
        data: { name: 'X', niche: 'fashion', country: 'BR', currency: 'XYZ', language: 'pt-BR' },
      },
    ],
    [
      'identity',
      'data.name',
      {
        status: 'done',
        data: { niche: 'fashion', country: 'BR', currency: 'BRL', language: 'pt-BR' },
      },
    ],
    [
      'identity',
      'data.primaryColor',
      {
        status: 'done',
        data: {
          name: 'X',
          niche: 'fashion',
          country: 'BR',
          currency: 'BRL',
          language: 'pt-BR',
          primaryColor: 'red',
        },
      },
    ],
    ['identity', 'status', { status: 'skipped' }],
    ['template', 'data.templateId', { status: 'done', data: { templateId: 'no-such-template' } }],
    ['template', 'data.extra', { status: 'done', data: { templateId: 'classic', extra: 1 } }],
    ['domain', 'data.customDomain', { status: 'done', data: { customDomain: 'not a domain' } }],
    ['domain', 'data.customDomain', { status: 'done', data: { customDomain: 'mine.localhost' } }],
    ['catalog', 'data.notes', { status: 'done', data: { notes: 'x'.repeat(501) } }],
    ['catalog', 'status', { status: 'finished' }],
    ['account', 'step', { status: 'done' }],
    ['publish', 'step', { status: 'done' }],
    ['nonsense', 'step', { status: 'done' }],
  ])('answers 400 for step %s naming %s', async (step, field, body) => {
    const store = await newStore();
    const response = await store.put(step, body).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(response.body.error.fields)).toContain(field);
    // Nothing was saved.
    expect((await store.get()).currentStep).toBe('template');
  });

  it('answers 409 when another store already entered the custom domain', async () => {
    const first = await newStore();
    const second = await newStore();
    const hostname = `taken-${counter}.example.org`;
    await first.put('domain', { status: 'done', data: { customDomain: hostname } }).expect(200);
    const response = await second
      .put('domain', { status: 'done', data: { customDomain: hostname } })
      .expect(409);
    expect(response.body.error.fields).toEqual({ 'data.customDomain': 'is used by another store' });
    // Replacing the first store's domain frees it.
    await first.put('domain', { status: 'done', data: { customDomain: null } }).expect(200);
    await second.put('domain', { status: 'done', data: { customDomain: hostname } }).expect(200);
  });

  it('shows the publish step done while the store is live', async () => {
    const store = await newStore();
    await cp.database.app('tenants').where({ id: store.tenantId }).update({ live: true });
    const onboarding = await store.get();
    expect(stepOf(onboarding, 'publish').status).toBe('done');
  });
});

describe('who can see the wizard', () => {
  it('answers 404 to a non-member, exactly as for a store that does not exist', async () => {
    const store = await newStore();
    const stranger = await cp.signUp();
    const theirs = await request(cp.app).get(store.path).set(bearer(stranger.token)).expect(404);
    const none = await request(cp.app)
      .get(`/api/v1/tenants/${randomUUID()}/onboarding`)
      .set(bearer(stranger.token))
      .expect(404);
    expect(theirs.body.error).toMatchObject({
      code: none.body.error.code,
      message: none.body.error.message,
    });
    await request(cp.app)
      .put(`${store.path}/steps/catalog`)
      .set(bearer(stranger.token))
      .send({ status: 'done', data: { notes: 'mine now' } })
      .expect(404);
    expect(stepOf(await store.get(), 'catalog')).toMatchObject({ status: 'pending', data: {} });
    await request(cp.app).get(store.path).expect(401);
  });

  it('answers 403 to a member who is not an owner or admin, and lets an admin in', async () => {
    const store = await newStore();
    const staff = await cp.signUp();
    await addMember(cp, store.tenantId, staff.userId, 'catalog_staff');
    const forbidden = await request(cp.app).get(store.path).set(bearer(staff.token)).expect(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    await request(cp.app)
      .put(`${store.path}/steps/catalog`)
      .set(bearer(staff.token))
      .send({ status: 'done' })
      .expect(403);
    const admin = await cp.signUp();
    await addMember(cp, store.tenantId, admin.userId, 'admin');
    await request(cp.app)
      .put(`${store.path}/steps/catalog`)
      .set(bearer(admin.token))
      .send({ status: 'done' })
      .expect(200);
  });
});

describe('changes that reach the store’s cell', () => {
  it('sends the new identity, colours and template to the cell through the tenant upsert', async () => {
    const owner = await cp.signUp();
    const store = await seedReadyStore(cp, owner, { cellId: 'recording-cell' });
    await cp.database.app('domains').insert({
      hostname: `${store.slug}.example.com`,
      tenant_id: store.tenantId,
      kind: 'custom',
      status: 'pending_verification',
    });
    recordingCell.calls.length = 0;
    await request(cp.app)
      .put(`/api/v1/tenants/${store.tenantId}/onboarding/steps/identity`)
      .set(bearer(owner.token))
      .send({
        status: 'done',
        data: {
          name: 'Casa Azul',
          niche: 'home',
          country: 'BR',
          currency: 'BRL',
          language: 'pt-BR',
          primaryColor: '#0a0b0c',
          accentColor: '#ff8800',
        },
      })
      .expect(200);
    await request(cp.app)
      .put(`/api/v1/tenants/${store.tenantId}/template`)
      .set(bearer(owner.token))
      .send({ template: 'bold' })
      .expect(200);

    expect(recordingCell.calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `PUT /internal/v1/tenants/${store.tenantId}`,
      `PUT /internal/v1/tenants/${store.tenantId}`,
    ]);
    const [identityCall, templateCall] = recordingCell.calls.map((call) =>
      cellTenantBodySchema.parse(call.body),
    );
    expect(identityCall).toEqual({
      slug: store.slug,
      name: 'Casa Azul',
      niche: 'home',
      currency: 'BRL',
      language: 'pt-BR',
      country: 'BR',
      template: 'classic',
      // The unverified custom domain is not routed to the cell.
      hosts: [store.host],
      owner: { userId: owner.userId, email: owner.email },
      theme: { primaryColor: '#0a0b0c', accentColor: '#ff8800' },
      // New colours were chosen; the template was not, so the cell keeps its own.
      applyColours: true,
    });
    expect(templateCall).toMatchObject({
      name: 'Casa Azul',
      template: 'bold',
      applyTemplate: true,
    });
    expect(templateCall?.applyColours).toBeUndefined();

    // Saving the identity again with the same colours (a rename) chooses no look.
    recordingCell.calls.length = 0;
    await request(cp.app)
      .put(`/api/v1/tenants/${store.tenantId}/onboarding/steps/identity`)
      .set(bearer(owner.token))
      .send({
        status: 'done',
        data: {
          name: 'Casa Azul e Branca',
          niche: 'home',
          country: 'BR',
          currency: 'BRL',
          language: 'pt-BR',
          primaryColor: '#0a0b0c',
          accentColor: '#ff8800',
        },
      })
      .expect(200);
    const renameCall = cellTenantBodySchema.parse(recordingCell.calls[0]?.body);
    expect(renameCall.name).toBe('Casa Azul e Branca');
    expect(renameCall.applyColours).toBeUndefined();
    expect(renameCall.applyTemplate).toBeUndefined();
  });

  it('answers 503 when the cell is unreachable, and a retry sends the change', async () => {
    const owner = await cp.signUp();
    const store = await seedReadyStore(cp, owner, { cellId: 'harness-cell' });
    const change = () =>
      request(cp.app)
        .put(`/api/v1/tenants/${store.tenantId}/template`)
        .set(bearer(owner.token))
        .send({ template: 'minimal' });
    const down = await change().expect(503);
    expect(down.body.error.code).toBe('UNAVAILABLE');
    await cp.database
      .app('tenants')
      .where({ id: store.tenantId })
      .update({ cell_id: 'recording-cell' });
    recordingCell.calls.length = 0;
    const retried = await change().expect(200);
    expect(retried.body.template).toBe('minimal');
    expect(recordingCell.calls).toHaveLength(1);
    expect(cellTenantBodySchema.parse(recordingCell.calls[0]?.body).template).toBe('minimal');
  });

  it('does not call a cell for a store that is still being provisioned', async () => {
    const store = await newStore();
    recordingCell.calls.length = 0;
    await store.put('template', { status: 'done', data: { templateId: 'minimal' } }).expect(200);
    expect(recordingCell.calls).toEqual([]);
  });
});
