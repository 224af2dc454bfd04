import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { memberRoles, rolePermissions } from '@mpb/contracts';
import { withTenant } from '@mpb/db';
import { createCellHarness, type CellHarness, type TestStore } from '../test/cell-harness';
import { addMember, ownerOf, type TestMember } from './test/staff-fixture';

jest.setTimeout(60_000);

let cell: CellHarness;

beforeAll(async () => {
  cell = await createCellHarness();
});
afterAll(() => cell.close());

const app = () => cell.app;
const internal = () => ({ authorization: `Bearer ${cell.internalToken}` });

async function rolesOf(store: TestStore): Promise<Record<string, string>> {
  const rows = await withTenant(cell.database.app, store.tenantId, (trx) =>
    trx('members').select('user_id', 'role'),
  );
  return Object.fromEntries(
    rows.map((row: { user_id: string; role: string }) => [row.user_id, row.role]),
  );
}

async function auditOf(store: TestStore, action: string) {
  return withTenant(cell.database.app, store.tenantId, (trx) =>
    trx('audit_logs')
      .where({ action })
      .orderBy('id')
      .select('actor_type', 'actor_id', 'target_type', 'target_id', 'data'),
  );
}

describe('GET /api/v1/admin/me', () => {
  it.each(memberRoles.map((role) => [role]))(
    'tells a member with the role %s their role and permissions',
    async (role) => {
      const store = await cell.provisionStore();
      const member = role === 'owner' ? ownerOf(store) : await addMember(cell, store, role);
      const response = await request(app()).get('/api/v1/admin/me').set(member.as).expect(200);
      expect(response.body).toEqual({
        tenantId: store.tenantId,
        userId: member.userId,
        email: member.email,
        role,
        permissions: [...rolePermissions[role]],
      });
    },
  );

  it('is a 401 without a token and a 404 for someone who is not a member', async () => {
    const store = await cell.provisionStore();
    await request(app()).get('/api/v1/admin/me').set({ host: store.host }).expect(401);
    const response = await request(app())
      .get('/api/v1/admin/me')
      .set({ host: store.host, authorization: `Bearer ${await cell.tokenFor(randomUUID())}` })
      .expect(404);
    expect(response.body.error.code).toBe('NOT_FOUND');
  });
});

describe('the staff of a store', () => {
  let store: TestStore;
  let owner: TestMember;
  let admin: TestMember;
  let support: TestMember;

  beforeEach(async () => {
    store = await cell.provisionStore();
    owner = ownerOf(store);
    admin = await addMember(cell, store, 'admin');
    support = await addMember(cell, store, 'support');
  });

  it('are listed, owners first, to those who may see them', async () => {
    const response = await request(app()).get('/api/v1/admin/members').set(admin.as).expect(200);
    expect(
      response.body.items.map((m: { userId: string; email: string; role: string }) => [
        m.email,
        m.role,
      ]),
    ).toEqual([
      [owner.email, 'owner'],
      [admin.email, 'admin'],
      [support.email, 'support'],
    ]);
    const refused = await request(app()).get('/api/v1/admin/members').set(support.as).expect(403);
    expect(refused.body.error.message).toContain('staff:read');
  });

  it('cannot be changed through the store API: the control plane changes them', async () => {
    const patch = await request(app())
      .patch(`/api/v1/admin/members/${support.userId}`)
      .set(owner.as)
      .send({ role: 'admin' })
      .expect(404);
    expect(patch.body.error.code).toBe('NOT_FOUND');
    await request(app())
      .delete(`/api/v1/admin/members/${support.userId}`)
      .set(owner.as)
      .expect(404);
    expect(await rolesOf(store)).toEqual({
      [owner.userId]: 'owner',
      [admin.userId]: 'admin',
      [support.userId]: 'support',
    });
  });

  it('of another store are not listed, and a member token of one store is a stranger in another', async () => {
    const other = await cell.provisionStore();
    const otherOwner = ownerOf(other);
    await request(app())
      .get('/api/v1/admin/me')
      .set({ host: other.host, authorization: owner.as.authorization })
      .expect(404);
    const list = await request(app()).get('/api/v1/admin/members').set(otherOwner.as).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(store.slug);
    expect(list.body.items.map((m: { userId: string }) => m.userId)).toEqual([other.ownerId]);
  });
});

describe('the internal members API (control plane → cell)', () => {
  const put = (store: TestStore, userId: string, body: object) =>
    request(app())
      .put(`/internal/v1/tenants/${store.tenantId}/members/${userId}`)
      .set(internal())
      .send(body);

  it('needs the internal token', async () => {
    const store = await cell.provisionStore();
    const path = `/internal/v1/tenants/${store.tenantId}/members/${randomUUID()}`;
    await request(app()).put(path).send({ email: 'a@example.com', role: 'admin' }).expect(401);
    await request(app()).delete(path).set('authorization', 'Bearer wrong').expect(401);
  });

  it('adds a member once, however often the call is retried, and audits it', async () => {
    const store = await cell.provisionStore();
    const userId = randomUUID();
    const body = { email: 'Nova@Example.com', role: 'orders_staff' };
    const first = await put(store, userId, body).expect(200);
    const again = await Promise.all([put(store, userId, body), put(store, userId, body)]);
    expect(first.body).toEqual({
      userId,
      email: 'nova@example.com',
      role: 'orders_staff',
      created: true,
    });
    expect(again.map((response) => response.body.created)).toEqual([false, false]);
    expect(await auditOf(store, 'member.added')).toEqual([
      {
        actor_type: 'platform',
        actor_id: null,
        target_type: 'member',
        target_id: userId,
        data: { email: 'nova@example.com', role: 'orders_staff' },
      },
    ]);
    const token = await cell.tokenFor(userId, 'nova@example.com');
    await request(app())
      .get('/api/v1/admin/orders')
      .set({ host: store.host, authorization: `Bearer ${token}` })
      .expect(200);
  });

  it('changes a role and email, keeping the last owner', async () => {
    const store = await cell.provisionStore();
    const member = await addMember(cell, store, 'support');
    const changed = await put(store, member.userId, {
      email: 'outro@example.com',
      role: 'admin',
    }).expect(200);
    expect(changed.body).toMatchObject({
      role: 'admin',
      email: 'outro@example.com',
      created: false,
    });
    const refused = await put(store, store.ownerId, {
      email: `${store.slug}@example.com`,
      role: 'admin',
    }).expect(409);
    expect(refused.body.error.code).toBe('INVALID_STATE');
    expect((await rolesOf(store))[store.ownerId]).toBe('owner');
  });

  it('records the member who made a change in the control plane, effective at once', async () => {
    const store = await cell.provisionStore();
    const owner = ownerOf(store);
    const admin = await addMember(cell, store, 'admin');
    const support = await addMember(cell, store, 'support');
    await request(app()).get('/api/v1/admin/orders').set(support.as).expect(200);
    await put(store, support.userId, {
      email: support.email,
      role: 'catalog_staff',
      actor: { userId: admin.userId },
    }).expect(200);
    await request(app()).get('/api/v1/admin/orders').set(support.as).expect(403);
    const me = await request(app()).get('/api/v1/admin/me').set(support.as).expect(200);
    expect(me.body.permissions).toContain('catalog:write');
    await request(app())
      .delete(`/internal/v1/tenants/${store.tenantId}/members/${support.userId}`)
      .set(internal())
      .send({ actor: { userId: owner.userId } })
      .expect(204);
    await request(app()).get('/api/v1/admin/me').set(support.as).expect(404);
    expect(await auditOf(store, 'member.role_changed')).toEqual([
      {
        actor_type: 'member',
        actor_id: admin.userId,
        target_type: 'member',
        target_id: support.userId,
        data: { email: support.email, from: 'support', to: 'catalog_staff' },
      },
    ]);
    expect(await auditOf(store, 'member.removed')).toEqual([
      expect.objectContaining({
        actor_type: 'member',
        actor_id: owner.userId,
        data: { email: support.email, role: 'catalog_staff' },
      }),
    ]);
  });

  it('keeps an owner when two owners are taken away at the same moment', async () => {
    const store = await cell.provisionStore();
    const second = await addMember(cell, store, 'owner');
    const [first, other] = await Promise.all([
      put(store, store.ownerId, { email: `${store.slug}@example.com`, role: 'admin' }),
      request(app())
        .delete(`/internal/v1/tenants/${store.tenantId}/members/${second.userId}`)
        .set(internal()),
    ]);
    // Whichever came first went through; the other found the last owner.
    const statuses = [first.status, other.status];
    expect(statuses.filter((status) => status === 409)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200 || status === 204)).toHaveLength(1);
    const owners = Object.values(await rolesOf(store)).filter((role) => role === 'owner');
    expect(owners).toHaveLength(1);
  });

  it('removes a member idempotently, never the last owner', async () => {
    const store = await cell.provisionStore();
    const member = await addMember(cell, store, 'catalog_staff');
    const remove = (userId: string) =>
      request(app())
        .delete(`/internal/v1/tenants/${store.tenantId}/members/${userId}`)
        .set(internal());
    await remove(member.userId).expect(204);
    await remove(member.userId).expect(204);
    expect(await auditOf(store, 'member.removed')).toHaveLength(1);
    await remove(store.ownerId).expect(409);
    expect(await rolesOf(store)).toEqual({ [store.ownerId]: 'owner' });
  });

  it('answers 404 for a tenant that is not in this cell, and 400 for bad input', async () => {
    const ghost = { tenantId: randomUUID() } as TestStore;
    await put(ghost, randomUUID(), { email: 'a@example.com', role: 'admin' }).expect(404);
    await request(app())
      .delete(`/internal/v1/tenants/${ghost.tenantId}/members/${randomUUID()}`)
      .set(internal())
      .expect(404);
    const store = await cell.provisionStore();
    const bad = await put(store, 'nope', { email: 'not-an-email', role: 'boss', extra: 1 }).expect(
      400,
    );
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(['userId', 'email', 'role']),
    );
  });
});

describe('replacing the whole list of members (the control plane’s reconciliation)', () => {
  const replace = (tenantId: string, members: object[]) =>
    request(app())
      .put(`/internal/v1/tenants/${tenantId}/members`)
      .set(internal())
      .send({ members });

  it('adds, changes and removes to match, audits each change, and then changes nothing', async () => {
    const store = await cell.provisionStore();
    const owner = ownerOf(store);
    const leaving = await addMember(cell, store, 'support');
    const demoted = await addMember(cell, store, 'admin');
    const joining = randomUUID();
    const members = [
      { userId: owner.userId, email: owner.email, role: 'owner' },
      { userId: demoted.userId, email: demoted.email, role: 'orders_staff' },
      { userId: joining, email: 'chega@example.com', role: 'catalog_staff' },
    ];
    const first = await replace(store.tenantId, members).expect(200);
    expect(first.body).toEqual({ added: 1, changed: 1, removed: 1 });
    expect(await rolesOf(store)).toEqual({
      [owner.userId]: 'owner',
      [demoted.userId]: 'orders_staff',
      [joining]: 'catalog_staff',
    });
    await request(app()).get('/api/v1/admin/me').set(leaving.as).expect(404);
    expect(await auditOf(store, 'member.removed')).toEqual([
      expect.objectContaining({
        actor_type: 'platform',
        target_id: leaving.userId,
        data: { email: leaving.email, role: 'support', reconciled: true },
      }),
    ]);
    const again = await replace(store.tenantId, members).expect(200);
    expect(again.body).toEqual({ added: 0, changed: 0, removed: 0 });
    expect(await auditOf(store, 'member.role_changed')).toHaveLength(1);
  });

  it('moves the owner role in one step, which member-by-member calls could not', async () => {
    const store = await cell.provisionStore();
    const admin = await addMember(cell, store, 'admin');
    await replace(store.tenantId, [
      { userId: store.ownerId, email: `${store.slug}@example.com`, role: 'admin' },
      { userId: admin.userId, email: admin.email, role: 'owner' },
    ]).expect(200);
    expect(await rolesOf(store)).toEqual({ [store.ownerId]: 'admin', [admin.userId]: 'owner' });
  });

  it('refuses a list without an owner or naming someone twice, and a tenant not in this cell', async () => {
    const store = await cell.provisionStore();
    const member = { userId: randomUUID(), email: 'a@example.com', role: 'admin' };
    const ownerless = await replace(store.tenantId, [member]).expect(400);
    expect(ownerless.body.error.fields).toEqual({ members: 'must include an owner' });
    const twice = await replace(store.tenantId, [
      { ...member, role: 'owner' },
      { ...member, role: 'owner' },
    ]).expect(400);
    expect(twice.body.error.fields).toEqual({ members: 'names a member more than once' });
    expect(await rolesOf(store)).toEqual({ [store.ownerId]: 'owner' });
    await replace(randomUUID(), [{ ...member, role: 'owner' }]).expect(404);
  });
});
