import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { v7 as uuidv7 } from 'uuid';
import { createCellHarness, type CellHarness } from '@mpb/cell-runtime/testing';
import { rolePermissions, type MemberRole } from '@mpb/contracts';
import { withTenant } from '@mpb/db';
import { createSuperAdmin } from '../accounts/create-super-admin';
import { hashInvitationToken, newInvitationToken } from '../invitations/tokens';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';
import {
  addMember,
  bearer,
  listen,
  registerTestCell,
  seedReadyStore,
  type SeededStore,
} from '../test/stores';

jest.setTimeout(60_000);

let cell: CellHarness;
let cellServer: Awaited<ReturnType<typeof listen>>;
let cp: ControlPlaneHarness;

beforeAll(async () => {
  cell = await createCellHarness();
  cellServer = await listen(cell.app);
  cp = await createControlPlaneHarness({ INTERNAL_API_TOKEN: cell.internalToken });
  await registerTestCell(cp, 'members-cell', cellServer.url);
});
afterAll(async () => {
  await cp.close();
  await cellServer.close();
  await cell.close();
});

type User = Awaited<ReturnType<ControlPlaneHarness['signUp']>>;

interface Store extends SeededStore {
  owner: User;
  cellId: string;
}

async function storeWithOwner(cellId = 'members-cell'): Promise<Store> {
  const owner = await cp.signUp();
  const store = await seedReadyStore(cp, owner, { cellId, cell });
  return { ...store, owner, cellId };
}

/** A member in both places, as an accepted invitation leaves them. */
async function addStaff(store: SeededStore, role: MemberRole): Promise<User> {
  const user = await cp.signUp();
  await addMember(cp, store.tenantId, user.userId, role);
  await request(cell.app)
    .put(`/internal/v1/tenants/${store.tenantId}/members/${user.userId}`)
    .set(bearer(cell.internalToken))
    .send({ email: user.email, role })
    .expect(200);
  return user;
}

const memberPath = (store: SeededStore, userId: string) =>
  `/api/v1/tenants/${store.tenantId}/members/${userId}`;

const changeRole = (actor: User, store: SeededStore, userId: string, role: string) =>
  request(cp.app).patch(memberPath(store, userId)).set(bearer(actor.token)).send({ role });

const remove = (actor: User, store: SeededStore, userId: string) =>
  request(cp.app).delete(memberPath(store, userId)).set(bearer(actor.token));

/** Each member's role in the control plane and in the cell. */
async function rolesOf(store: SeededStore) {
  const rows: { user_id: string; role: string }[] = await cp.database
    .app('tenant_memberships')
    .where({ tenant_id: store.tenantId })
    .select('user_id', 'role');
  const cellRows: { user_id: string; role: string }[] = await withTenant(
    cell.database.app,
    store.tenantId,
    (trx) => trx('members').select('user_id', 'role'),
  );
  const byUser = (list: { user_id: string; role: string }[]) =>
    Object.fromEntries(list.map((row) => [row.user_id, row.role]));
  return { controlPlane: byUser(rows), cell: byUser(cellRows) };
}

/** The same roles on both sides. */
async function expectRoles(store: SeededStore, roles: Record<string, string>) {
  expect(await rolesOf(store)).toEqual({ controlPlane: roles, cell: roles });
}

const cellAudit = (store: SeededStore, action: string) =>
  withTenant(cell.database.app, store.tenantId, (trx) =>
    trx('audit_logs')
      .where({ action })
      .orderBy('id')
      .select('actor_type', 'actor_id', 'target_id', 'data'),
  );

const cpAudit = (store: SeededStore, action: string) =>
  cp.database
    .app('audit_events')
    .where({ tenant_id: store.tenantId, action })
    .orderBy('id')
    .select('actor', 'actor_user_id', 'data');

/** The member's `/api/v1/admin/me` in the cell, expecting `status`. */
async function cellMe(store: SeededStore, user: User, status: number) {
  const token = await cell.tokenFor(user.userId, user.email);
  return request(cell.app)
    .get('/api/v1/admin/me')
    .set({ host: store.host, authorization: `Bearer ${token}` })
    .expect(status);
}

describe('changing a member’s role', () => {
  it('reaches the control plane and the cell at once, audited on both sides with who did it', async () => {
    const store = await storeWithOwner();
    const staff = await addStaff(store, 'support');
    const response = await changeRole(store.owner, store, staff.userId, 'catalog_staff').expect(
      200,
    );
    expect(response.body).toMatchObject({
      userId: staff.userId,
      email: staff.email,
      role: 'catalog_staff',
    });

    const me = await cellMe(store, staff, 200);
    expect(me.body).toMatchObject({ role: 'catalog_staff' });
    expect(me.body.permissions).toEqual([...rolePermissions.catalog_staff]);
    const platformMe = await request(cp.app)
      .get('/api/v1/auth/me')
      .set(bearer(staff.token))
      .expect(200);
    expect(platformMe.body.tenants).toEqual([
      expect.objectContaining({ id: store.tenantId, role: 'catalog_staff' }),
    ]);

    expect(await cpAudit(store, 'member.role_changed')).toEqual([
      {
        actor: 'user',
        actor_user_id: store.owner.userId,
        data: { userId: staff.userId, email: staff.email, from: 'support', to: 'catalog_staff' },
      },
    ]);
    expect(await cellAudit(store, 'member.role_changed')).toEqual([
      {
        actor_type: 'member',
        actor_id: store.owner.userId,
        target_id: staff.userId,
        data: { email: staff.email, from: 'support', to: 'catalog_staff' },
      },
    ]);

    // Asking again changes nothing and records nothing.
    await changeRole(store.owner, store, staff.userId, 'catalog_staff').expect(200);
    expect(await cpAudit(store, 'member.role_changed')).toHaveLength(1);
    expect(await cellAudit(store, 'member.role_changed')).toHaveLength(1);
  });

  it('leaves a demoted admin unable to invite through the control plane', async () => {
    const store = await storeWithOwner();
    const admin = await addStaff(store, 'admin');
    const invitations = `/api/v1/tenants/${store.tenantId}/invitations`;
    await request(cp.app)
      .post(invitations)
      .set(bearer(admin.token))
      .send({ email: `before-${randomUUID().slice(0, 8)}@example.com`, role: 'support' })
      .expect(201);
    await changeRole(store.owner, store, admin.userId, 'orders_staff').expect(200);
    const refused = await request(cp.app)
      .post(invitations)
      .set(bearer(admin.token))
      .send({ email: `after-${randomUUID().slice(0, 8)}@example.com`, role: 'support' })
      .expect(403);
    expect(refused.body.error.message).toContain('staff:manage');
    // Nor manage staff here, which the cell no longer offers.
    const self = await changeRole(admin, store, admin.userId, 'admin').expect(403);
    expect(self.body.error.message).toContain('staff:manage');
    await expectRoles(store, { [store.owner.userId]: 'owner', [admin.userId]: 'orders_staff' });
  });

  it('keeps the owner rules: only owners touch owners, and the last owner stays one', async () => {
    const store = await storeWithOwner();
    const admin = await addStaff(store, 'admin');
    const staff = await addStaff(store, 'support');
    for (const [userId, role] of [
      [admin.userId, 'owner'],
      [staff.userId, 'owner'],
      [store.owner.userId, 'admin'],
    ] as const) {
      const refused = await changeRole(admin, store, userId, role).expect(403);
      expect(refused.body.error.message).toMatch(/^Only an owner/);
    }
    await remove(admin, store, store.owner.userId).expect(403);

    const demote = await changeRole(store.owner, store, store.owner.userId, 'admin').expect(409);
    expect(demote.body.error).toMatchObject({ code: 'INVALID_STATE' });
    expect(demote.body.error.message).toContain('last owner');
    await remove(store.owner, store, store.owner.userId).expect(409);
    await expectRoles(store, {
      [store.owner.userId]: 'owner',
      [admin.userId]: 'admin',
      [staff.userId]: 'support',
    });

    // With a second owner, the first may step down.
    await changeRole(store.owner, store, admin.userId, 'owner').expect(200);
    await changeRole(admin, store, store.owner.userId, 'admin').expect(200);
    await expectRoles(store, {
      [store.owner.userId]: 'admin',
      [admin.userId]: 'owner',
      [staff.userId]: 'support',
    });
  });

  it('keeps an owner when two owners step down at the same moment', async () => {
    const store = await storeWithOwner();
    const second = await addStaff(store, 'owner');
    const [first, other] = await Promise.all([
      changeRole(store.owner, store, store.owner.userId, 'admin'),
      remove(second, store, second.userId),
    ]);
    const statuses = [first.status, other.status];
    expect(statuses.filter((status) => status === 409)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200 || status === 204)).toHaveLength(1);
    const { controlPlane, cell: inCell } = await rolesOf(store);
    expect(inCell).toEqual(controlPlane);
    expect(Object.values(controlPlane).filter((role) => role === 'owner')).toHaveLength(1);
  });

  it('refuses bad input naming the field, and members without staff:manage', async () => {
    const store = await storeWithOwner();
    const staff = await addStaff(store, 'catalog_staff');
    const bad = await request(cp.app)
      .patch(memberPath(store, staff.userId))
      .set(bearer(store.owner.token))
      .send({ role: 'superuser', email: 'x@example.com' })
      .expect(400);
    expect(bad.body.error.fields).toEqual({
      role: expect.stringContaining('must be one of owner, admin'),
      email: 'is not an accepted field',
    });
    const id = await changeRole(store.owner, store, 'not-a-uuid', 'admin').expect(400);
    expect(id.body.error.fields).toHaveProperty('userId');
    const forbidden = await remove(staff, store, store.owner.userId).expect(403);
    expect(forbidden.body.error).toMatchObject({ code: 'FORBIDDEN' });
    expect(forbidden.body.error.message).toContain('staff:manage');
    await expectRoles(store, { [store.owner.userId]: 'owner', [staff.userId]: 'catalog_staff' });
  });
});

describe('removing a member', () => {
  it('removes them from both sides at once, audited, and their old invitation cannot bring them back', async () => {
    const store = await storeWithOwner();
    const user = await cp.signUp();
    const token = newInvitationToken();
    await cp.database.app('invitations').insert({
      id: uuidv7(),
      tenant_id: store.tenantId,
      email: user.email,
      role: 'support',
      token_hash: hashInvitationToken(token),
      invited_by: store.owner.userId,
      expires_at: new Date(Date.now() + 3_600_000),
    });
    const accept = () =>
      request(cp.app).post('/api/v1/invitations/accept').set(bearer(user.token)).send({ token });
    await accept().expect(200);
    await cellMe(store, user, 200);

    await remove(store.owner, store, user.userId).expect(204);
    await expectRoles(store, { [store.owner.userId]: 'owner' });
    await cellMe(store, user, 404);
    const platformMe = await request(cp.app)
      .get('/api/v1/auth/me')
      .set(bearer(user.token))
      .expect(200);
    expect(platformMe.body.tenants).toEqual([]);
    expect(await cellAudit(store, 'member.removed')).toEqual([
      expect.objectContaining({
        actor_type: 'member',
        actor_id: store.owner.userId,
        data: { email: user.email, role: 'support' },
      }),
    ]);
    expect(await cpAudit(store, 'member.removed')).toEqual([
      expect.objectContaining({ actor_user_id: store.owner.userId }),
    ]);

    const replay = await accept().expect(409);
    expect(replay.body.error.message).toMatch(/revoked/);
    // Removing again: they are no longer a member.
    await remove(store.owner, store, user.userId).expect(404);
    await expectRoles(store, { [store.owner.userId]: 'owner' });
  });
});

describe('a cell that cannot be reached', () => {
  it('changes nothing (503), and the same request converges once the cell is back', async () => {
    await registerTestCell(cp, 'flaky-cell', cellServer.url);
    const store = await storeWithOwner('flaky-cell');
    const staff = await addStaff(store, 'support');
    const leaving = await addStaff(store, 'orders_staff');
    await registerTestCell(cp, 'flaky-cell', 'http://127.0.0.1:1');

    const down = await changeRole(store.owner, store, staff.userId, 'admin').expect(503);
    expect(down.body.error.code).toBe('UNAVAILABLE');
    await remove(store.owner, store, leaving.userId).expect(503);
    const before = {
      [store.owner.userId]: 'owner',
      [staff.userId]: 'support',
      [leaving.userId]: 'orders_staff',
    };
    await expectRoles(store, before);
    expect(await cpAudit(store, 'member.role_changed')).toEqual([]);

    await registerTestCell(cp, 'flaky-cell', cellServer.url);
    await changeRole(store.owner, store, staff.userId, 'admin').expect(200);
    await remove(store.owner, store, leaving.userId).expect(204);
    await expectRoles(store, { [store.owner.userId]: 'owner', [staff.userId]: 'admin' });
  });
});

describe('when the cell disagrees with the control plane', () => {
  /** Changes a member in the cell only, as a change lost half-way would leave it. */
  const driftInCell = (store: SeededStore, user: { userId: string; email: string }, role: string) =>
    request(cell.app)
      .put(`/internal/v1/tenants/${store.tenantId}/members/${user.userId}`)
      .set(bearer(cell.internalToken))
      .send({ email: user.email, role })
      .expect(200);

  it('a change the cell refuses for an owner it lacks replaces its members with ours', async () => {
    const store = await storeWithOwner();
    const second = await addStaff(store, 'admin');
    // The control plane knows two owners; the cell only the first.
    await cp.database
      .app('tenant_memberships')
      .where({ tenant_id: store.tenantId, user_id: second.userId })
      .update({ role: 'owner' });
    await changeRole(second, store, store.owner.userId, 'admin').expect(200);
    await expectRoles(store, { [store.owner.userId]: 'admin', [second.userId]: 'owner' });
  });

  it('asking for the role a member already has re-sends every member', async () => {
    const store = await storeWithOwner();
    const staff = await addStaff(store, 'support');
    const other = await addStaff(store, 'catalog_staff');
    await driftInCell(store, other, 'admin');
    await changeRole(store.owner, store, staff.userId, 'support').expect(200);
    await expectRoles(store, {
      [store.owner.userId]: 'owner',
      [staff.userId]: 'support',
      [other.userId]: 'catalog_staff',
    });
  });

  it('an operator’s reconciliation brings the cell back to the control plane, idempotently', async () => {
    const store = await storeWithOwner();
    const staff = await addStaff(store, 'support');
    await driftInCell(store, staff, 'admin');
    await driftInCell(store, { userId: randomUUID(), email: 'ghost@example.com' }, 'owner');
    const sync = `/api/v1/operator/tenants/${store.tenantId}/members/sync`;

    const refused = await request(cp.app).post(sync).set(bearer(store.owner.token)).expect(403);
    expect(refused.body.error.code).toBe('FORBIDDEN');
    const operator = await cp.signUp();
    await createSuperAdmin(cp.database.app, {
      email: operator.email,
      password: 'operator password 1',
    });
    const first = await request(cp.app).post(sync).set(bearer(operator.token)).expect(200);
    expect(first.body).toEqual({ added: 0, changed: 1, removed: 1 });
    await expectRoles(store, { [store.owner.userId]: 'owner', [staff.userId]: 'support' });
    const again = await request(cp.app).post(sync).set(bearer(operator.token)).expect(200);
    expect(again.body).toEqual({ added: 0, changed: 0, removed: 0 });
    await request(cp.app)
      .post(`/api/v1/operator/tenants/${randomUUID()}/members/sync`)
      .set(bearer(operator.token))
      .expect(404);
  });
});

describe('another store’s members', () => {
  it('are a 404 through either store’s id, and nothing changes on either side', async () => {
    const victim = await storeWithOwner();
    const victimStaff = await addStaff(victim, 'support');
    const attacker = await storeWithOwner();
    for (const [store, userId] of [
      [victim, victimStaff.userId],
      [victim, victim.owner.userId],
      [attacker, victimStaff.userId],
      [attacker, victim.owner.userId],
    ] as const) {
      const patch = await changeRole(attacker.owner, store, userId, 'owner').expect(404);
      expect(patch.body.error.code).toBe('NOT_FOUND');
      const del = await remove(attacker.owner, store, userId).expect(404);
      expect(del.body.error.code).toBe('NOT_FOUND');
    }
    await expectRoles(victim, { [victim.owner.userId]: 'owner', [victimStaff.userId]: 'support' });
    await expectRoles(attacker, { [attacker.owner.userId]: 'owner' });
  });
});
