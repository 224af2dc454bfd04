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

  it('get a new role from an admin, effective at once and audited', async () => {
    await request(app()).get('/api/v1/admin/orders').set(support.as).expect(200);
    await request(app())
      .post('/api/v1/admin/products')
      .set(support.as)
      .send({ title: 'Nada', price: 1000, status: 'draft' })
      .expect(403);
    const response = await request(app())
      .patch(`/api/v1/admin/members/${support.userId}`)
      .set(admin.as)
      .send({ role: 'catalog_staff' })
      .expect(200);
    expect(response.body).toMatchObject({ userId: support.userId, role: 'catalog_staff' });
    await request(app())
      .post('/api/v1/admin/products')
      .set(support.as)
      .send({ title: 'Agora sim', price: 1000, status: 'draft' })
      .expect(201);
    await request(app()).get('/api/v1/admin/orders').set(support.as).expect(403);
    expect(await auditOf(store, 'member.role_changed')).toEqual([
      {
        actor_type: 'member',
        actor_id: admin.userId,
        target_type: 'member',
        target_id: support.userId,
        data: { email: support.email, from: 'support', to: 'catalog_staff' },
      },
    ]);
  });

  it('change nothing when given the role they have', async () => {
    await request(app())
      .patch(`/api/v1/admin/members/${support.userId}`)
      .set(admin.as)
      .send({ role: 'support' })
      .expect(200);
    expect(await auditOf(store, 'member.role_changed')).toEqual([]);
  });

  it('are removed by an admin and lose access at once', async () => {
    await request(app())
      .delete(`/api/v1/admin/members/${support.userId}`)
      .set(admin.as)
      .expect(204);
    await request(app()).get('/api/v1/admin/me').set(support.as).expect(404);
    expect(await rolesOf(store)).toEqual({ [owner.userId]: 'owner', [admin.userId]: 'admin' });
    expect(await auditOf(store, 'member.removed')).toEqual([
      expect.objectContaining({
        actor_id: admin.userId,
        target_id: support.userId,
        data: { email: support.email, role: 'support' },
      }),
    ]);
    await request(app())
      .delete(`/api/v1/admin/members/${support.userId}`)
      .set(admin.as)
      .expect(404);
  });

  it('cannot be managed by roles without staff:manage', async () => {
    const catalog = await addMember(cell, store, 'catalog_staff');
    const response = await request(app())
      .patch(`/api/v1/admin/members/${catalog.userId}`)
      .set(catalog.as)
      .send({ role: 'admin' })
      .expect(403);
    expect(response.body.error.message).toContain('staff:manage');
    await request(app())
      .delete(`/api/v1/admin/members/${support.userId}`)
      .set(catalog.as)
      .expect(403);
    expect((await rolesOf(store))[catalog.userId]).toBe('catalog_staff');
  });

  it('include owners only an owner may make, change or remove', async () => {
    const makeOwner = await request(app())
      .patch(`/api/v1/admin/members/${admin.userId}`)
      .set(admin.as)
      .send({ role: 'owner' })
      .expect(403);
    expect(makeOwner.body.error.message).toMatch(/Only an owner/);
    await request(app())
      .patch(`/api/v1/admin/members/${support.userId}`)
      .set(admin.as)
      .send({ role: 'owner' })
      .expect(403);
    await request(app())
      .patch(`/api/v1/admin/members/${owner.userId}`)
      .set(admin.as)
      .send({ role: 'support' })
      .expect(403);
    await request(app()).delete(`/api/v1/admin/members/${owner.userId}`).set(admin.as).expect(403);
    expect(await rolesOf(store)).toEqual({
      [owner.userId]: 'owner',
      [admin.userId]: 'admin',
      [support.userId]: 'support',
    });

    await request(app())
      .patch(`/api/v1/admin/members/${admin.userId}`)
      .set(owner.as)
      .send({ role: 'owner' })
      .expect(200);
    // The new owner may now step the first one down.
    await request(app())
      .patch(`/api/v1/admin/members/${owner.userId}`)
      .set(admin.as)
      .send({ role: 'admin' })
      .expect(200);
    expect(await rolesOf(store)).toMatchObject({
      [owner.userId]: 'admin',
      [admin.userId]: 'owner',
    });
  });

  it('always keep an owner', async () => {
    const demote = await request(app())
      .patch(`/api/v1/admin/members/${owner.userId}`)
      .set(owner.as)
      .send({ role: 'admin' })
      .expect(409);
    expect(demote.body.error).toMatchObject({ code: 'INVALID_STATE' });
    expect(demote.body.error.message).toContain('last owner');
    await request(app()).delete(`/api/v1/admin/members/${owner.userId}`).set(owner.as).expect(409);
    expect((await rolesOf(store))[owner.userId]).toBe('owner');
  });

  it('keep an owner when two owners step down at the same moment', async () => {
    await request(app())
      .patch(`/api/v1/admin/members/${admin.userId}`)
      .set(owner.as)
      .send({ role: 'owner' })
      .expect(200);
    const [first, second] = await Promise.all([
      request(app())
        .patch(`/api/v1/admin/members/${owner.userId}`)
        .set(owner.as)
        .send({ role: 'admin' }),
      request(app()).delete(`/api/v1/admin/members/${admin.userId}`).set(admin.as),
    ]);
    // Whichever came first went through; the other found the last owner.
    const statuses = [first.status, second.status];
    expect(statuses.filter((status) => status === 409)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200 || status === 204)).toHaveLength(1);
    const owners = Object.values(await rolesOf(store)).filter((role) => role === 'owner');
    expect(owners).toHaveLength(1);
  });

  it('refuse bad input naming the field', async () => {
    const role = await request(app())
      .patch(`/api/v1/admin/members/${support.userId}`)
      .set(owner.as)
      .send({ role: 'superuser', email: 'x@example.com' })
      .expect(400);
    expect(role.body.error.fields).toEqual({
      role: expect.stringContaining('must be one of owner, admin'),
      email: 'is not an accepted field',
    });
    expect((await rolesOf(store))[support.userId]).toBe('support');
    const id = await request(app())
      .patch('/api/v1/admin/members/not-a-uuid')
      .set(owner.as)
      .send({ role: 'admin' })
      .expect(400);
    expect(id.body.error.fields).toHaveProperty('userId');
  });

  it('of another store are a 404, as if they did not exist', async () => {
    const other = await cell.provisionStore();
    const otherOwner = ownerOf(other);
    for (const target of [support.userId, owner.userId]) {
      const patch = await request(app())
        .patch(`/api/v1/admin/members/${target}`)
        .set(otherOwner.as)
        .send({ role: 'admin' })
        .expect(404);
      expect(patch.body.error.code).toBe('NOT_FOUND');
      await request(app()).delete(`/api/v1/admin/members/${target}`).set(otherOwner.as).expect(404);
    }
    // A's member token on B's host is not a member there either.
    await request(app())
      .get('/api/v1/admin/me')
      .set({ host: other.host, authorization: owner.as.authorization })
      .expect(404);
    const list = await request(app()).get('/api/v1/admin/members').set(otherOwner.as).expect(200);
    expect(JSON.stringify(list.body)).not.toContain(store.slug);
    expect(await rolesOf(store)).toEqual({
      [owner.userId]: 'owner',
      [admin.userId]: 'admin',
      [support.userId]: 'support',
    });
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
