import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createCellHarness, type CellHarness } from '@mpb/cell-runtime/testing';
import { withTenant } from '@mpb/db';
import { startMailSink, type CapturedMail, type MailSink } from '@mpb/devkit';
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
let sink: MailSink;
let cp: ControlPlaneHarness;

beforeAll(async () => {
  cell = await createCellHarness();
  cellServer = await listen(cell.app);
  sink = await startMailSink();
  cp = await createControlPlaneHarness({
    INTERNAL_API_TOKEN: cell.internalToken,
    SMTP_URL: sink.smtpUrl,
  });
  await registerTestCell(cp, 'invite-cell', cellServer.url);
});
afterAll(async () => {
  await cp.close();
  await sink.stop();
  await cellServer.close();
  await cell.close();
});

type User = Awaited<ReturnType<ControlPlaneHarness['signUp']>>;

async function storeWithOwner(): Promise<{ owner: User; store: SeededStore; path: string }> {
  const owner = await cp.signUp();
  const store = await seedReadyStore(cp, owner, { cellId: 'invite-cell', cell, name: 'Loja Ana' });
  return { owner, store, path: `/api/v1/tenants/${store.tenantId}/invitations` };
}

const tokenOf = (mail: CapturedMail) => {
  const match = /#token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no token in ${mail.text}`);
  return match[1];
};

async function invite(owner: User, path: string, email: string, role = 'catalog_staff') {
  const response = await request(cp.app)
    .post(path)
    .set(bearer(owner.token))
    .send({ email, role })
    .expect(201);
  const mail = await sink.waitFor((candidate) => candidate.to.includes(email), 5_000);
  return { invitation: response.body, token: tokenOf(mail), mail };
}

const accept = (user: User, token: string) =>
  request(cp.app).post('/api/v1/invitations/accept').set(bearer(user.token)).send({ token });

const cellMember = (tenantId: string, userId: string) =>
  withTenant(cell.database.app, tenantId, (trx) =>
    trx('members').where({ user_id: userId }).first<{ email: string; role: string } | undefined>(),
  );

describe('inviting staff', () => {
  it('emails the invitee in the store’s language, and accepting makes them a member here and in the cell', async () => {
    const { owner, store, path } = await storeWithOwner();
    const invitee = `staff-${randomUUID().slice(0, 8)}@example.com`;
    const { invitation, token, mail } = await invite(owner, path, invitee);
    expect(invitation).toMatchObject({
      tenantId: store.tenantId,
      email: invitee,
      role: 'catalog_staff',
      status: 'pending',
      invitedBy: { userId: owner.userId, email: owner.email },
      emailSent: true,
      acceptUrl: null,
    });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    expect(mail.subject).toBe(`${owner.email} convidou você para Loja Ana`);
    expect(mail.text).toContain('equipe de catálogo');
    expect(mail.text).toContain('http://localhost:8080/invitations/accept#token=');
    // The token is never logged.
    expect(JSON.stringify(cp.logLines())).not.toContain(token);

    const listed = await request(cp.app).get(path).set(bearer(owner.token)).expect(200);
    expect(listed.body.items.map((item: { email: string }) => item.email)).toEqual([invitee]);

    const user = await cp.signUp(invitee);
    const accepted = await accept(user, token).expect(200);
    expect(accepted.body).toEqual({
      tenantId: store.tenantId,
      slug: store.slug,
      name: 'Loja Ana',
      role: 'catalog_staff',
    });
    const me = await request(cp.app).get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
    expect(me.body.tenants).toEqual([
      expect.objectContaining({ id: store.tenantId, role: 'catalog_staff' }),
    ]);
    expect(await cellMember(store.tenantId, user.userId)).toMatchObject({
      email: invitee,
      role: 'catalog_staff',
    });
    // Accepted invitations leave the pending list.
    const after = await request(cp.app).get(path).set(bearer(owner.token)).expect(200);
    expect(after.body.items).toEqual([]);
  });

  it('accepting twice gives one membership; another account cannot reuse the token', async () => {
    const { owner, store, path } = await storeWithOwner();
    const invitee = `twice-${randomUUID().slice(0, 8)}@example.com`;
    const { token } = await invite(owner, path, invitee, 'support');
    const user = await cp.signUp(invitee);
    await accept(user, token).expect(200);
    await accept(user, token).expect(200);
    const memberships = await cp.database
      .app('tenant_memberships')
      .where({ tenant_id: store.tenantId, user_id: user.userId });
    expect(memberships).toEqual([expect.objectContaining({ role: 'support' })]);

    const other = await cp.signUp();
    const mismatch = await accept(other, token).expect(403);
    expect(mismatch.body.error.code).toBe('FORBIDDEN');
  });

  it('accepting while the store’s cell is down changes nothing (503); the same link works once it is back', async () => {
    const owner = await cp.signUp();
    await registerTestCell(cp, 'invite-flaky-cell', cellServer.url);
    const store = await seedReadyStore(cp, owner, { cellId: 'invite-flaky-cell', cell });
    const path = `/api/v1/tenants/${store.tenantId}/invitations`;
    const invitee = `flaky-${randomUUID().slice(0, 8)}@example.com`;
    const { token } = await invite(owner, path, invitee, 'orders_staff');
    const user = await cp.signUp(invitee);
    await registerTestCell(cp, 'invite-flaky-cell', 'http://127.0.0.1:1');

    const down = await accept(user, token).expect(503);
    expect(down.body.error.code).toBe('UNAVAILABLE');
    const membership = () =>
      cp.database
        .app('tenant_memberships')
        .where({ tenant_id: store.tenantId, user_id: user.userId })
        .first();
    expect(await membership()).toBeUndefined();
    // The invitation is still open: nothing was used up.
    expect(
      await cp.database
        .app('invitations')
        .where({ tenant_id: store.tenantId, email: invitee })
        .first(),
    ).toMatchObject({ accepted_at: null, accepted_by: null });

    await registerTestCell(cp, 'invite-flaky-cell', cellServer.url);
    await accept(user, token).expect(200);
    expect(await membership()).toMatchObject({ role: 'orders_staff' });
    expect(await cellMember(store.tenantId, user.userId)).toMatchObject({
      email: invitee,
      role: 'orders_staff',
    });
  });

  it('refuses an expired, a revoked or an unknown invitation', async () => {
    const { owner, path } = await storeWithOwner();
    const expiredEmail = `late-${randomUUID().slice(0, 8)}@example.com`;
    const { invitation, token } = await invite(owner, path, expiredEmail);
    await cp.database
      .app('invitations')
      .where({ id: invitation.id })
      .update({ expires_at: new Date(Date.now() - 1000) });
    const listed = await request(cp.app).get(path).set(bearer(owner.token)).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: invitation.id, status: 'expired' }),
    ]);
    const late = await accept(await cp.signUp(expiredEmail), token).expect(409);
    expect(late.body.error.message).toMatch(/expired/);

    const revokedEmail = `revoked-${randomUUID().slice(0, 8)}@example.com`;
    const revoked = await invite(owner, path, revokedEmail);
    await request(cp.app)
      .delete(`${path}/${revoked.invitation.id}`)
      .set(bearer(owner.token))
      .expect(204);
    // Revoking again is harmless.
    await request(cp.app)
      .delete(`${path}/${revoked.invitation.id}`)
      .set(bearer(owner.token))
      .expect(204);
    const refused = await accept(await cp.signUp(revokedEmail), revoked.token).expect(409);
    expect(refused.body.error.message).toMatch(/revoked/);

    await accept(owner, 'x'.repeat(43)).expect(404);
    const bad = await accept(owner, 'short').expect(400);
    expect(bad.body.error.fields).toHaveProperty('token');
  });

  it('inviting the same email again replaces the open invitation', async () => {
    const { owner, path } = await storeWithOwner();
    const email = `again-${randomUUID().slice(0, 8)}@example.com`;
    const first = await invite(owner, path, email);
    sink.clear();
    const second = await invite(owner, path, email, 'orders_staff');
    const listed = await request(cp.app).get(path).set(bearer(owner.token)).expect(200);
    expect(listed.body.items).toEqual([
      expect.objectContaining({ id: second.invitation.id, role: 'orders_staff' }),
    ]);
    const user = await cp.signUp(email);
    await accept(user, first.token).expect(409);
    const accepted = await accept(user, second.token).expect(200);
    expect(accepted.body.role).toBe('orders_staff');
  });

  it('returns the link to the inviter when the platform sends no email, and never logs it', async () => {
    const offline = await createControlPlaneHarness({ INTERNAL_API_TOKEN: cell.internalToken });
    try {
      await registerTestCell(offline, 'invite-cell', cellServer.url);
      const owner = await offline.signUp();
      const store = await seedReadyStore(offline, owner, { cellId: 'invite-cell' });
      const response = await request(offline.app)
        .post(`/api/v1/tenants/${store.tenantId}/invitations`)
        .set(bearer(owner.token))
        .send({ email: 'Someone@Example.com', role: 'admin' })
        .expect(201);
      expect(response.body).toMatchObject({ email: 'someone@example.com', emailSent: false });
      expect(response.body.acceptUrl).toMatch(
        /^http:\/\/localhost:8080\/invitations\/accept#token=[A-Za-z0-9_-]{43}$/,
      );
      const token = (response.body.acceptUrl as string).split('#token=')[1] ?? '';
      expect(JSON.stringify(offline.logLines())).not.toContain(token);
      const stored = await offline.database
        .app('invitations')
        .where({ id: response.body.id })
        .first();
      expect(stored.token_hash).not.toContain(token);
      // Still recorded in the outbox, as unsent and without the link.
      const outbox = await offline.database
        .app('mail_outbox')
        .where({ kind: 'invitation', recipient: 'someone@example.com' });
      expect(outbox).toEqual([
        expect.objectContaining({ status: 'unsent', text_body: null, html_body: null }),
      ]);
    } finally {
      await offline.close();
    }
  });
});

describe('who may invite', () => {
  it('lets only owners and admins invite, and only owners invite owners', async () => {
    const { owner, store, path } = await storeWithOwner();
    const admin = await cp.signUp();
    await addMember(cp, store.tenantId, admin.userId, 'admin');
    const staff = await cp.signUp();
    await addMember(cp, store.tenantId, staff.userId, 'orders_staff');
    const email = () => `r-${randomUUID().slice(0, 8)}@example.com`;

    const byStaff = await request(cp.app)
      .post(path)
      .set(bearer(staff.token))
      .send({ email: email(), role: 'support' })
      .expect(403);
    expect(byStaff.body.error.code).toBe('FORBIDDEN');
    await request(cp.app).get(path).set(bearer(staff.token)).expect(403);
    await request(cp.app)
      .post(path)
      .set(bearer(admin.token))
      .send({ email: email(), role: 'owner' })
      .expect(403);
    await request(cp.app)
      .post(path)
      .set(bearer(admin.token))
      .send({ email: email(), role: 'admin' })
      .expect(201);
    const ownerInvite = await request(cp.app)
      .post(path)
      .set(bearer(owner.token))
      .send({ email: email(), role: 'owner' })
      .expect(201);
    // An admin cannot revoke an invitation to become an owner either.
    await request(cp.app)
      .delete(`${path}/${ownerInvite.body.id}`)
      .set(bearer(admin.token))
      .expect(403);

    const existing = await request(cp.app)
      .post(path)
      .set(bearer(owner.token))
      .send({ email: admin.email, role: 'support' })
      .expect(409);
    expect(existing.body.error.fields).toEqual({ email: 'is already a member of this store' });

    const invalid = await request(cp.app)
      .post(path)
      .set(bearer(owner.token))
      .send({ email: 'not-an-email', role: 'wizard' })
      .expect(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(['email', 'role']);
  });

  it('answers 404 on another store’s invitations, exactly as for a missing store', async () => {
    const mine = await storeWithOwner();
    const theirs = await storeWithOwner();
    const { invitation } = await invite(
      theirs.owner,
      theirs.path,
      `x-${randomUUID().slice(0, 8)}@example.com`,
    );
    const missing = await request(cp.app)
      .get(`/api/v1/tenants/${randomUUID()}/invitations`)
      .set(bearer(mine.owner.token))
      .expect(404);
    const cross = await request(cp.app).get(theirs.path).set(bearer(mine.owner.token)).expect(404);
    expect(cross.body.error.message).toBe(missing.body.error.message);
    await request(cp.app)
      .post(theirs.path)
      .set(bearer(mine.owner.token))
      .send({ email: 'a@example.com', role: 'support' })
      .expect(404);
    // Their invitation through my store, or through theirs: 404 both ways, and it stays open.
    await request(cp.app)
      .delete(`${mine.path}/${invitation.id}`)
      .set(bearer(mine.owner.token))
      .expect(404);
    await request(cp.app)
      .delete(`${theirs.path}/${invitation.id}`)
      .set(bearer(mine.owner.token))
      .expect(404);
    const stillOpen = await request(cp.app)
      .get(theirs.path)
      .set(bearer(theirs.owner.token))
      .expect(200);
    expect(stillOpen.body.items).toEqual([expect.objectContaining({ id: invitation.id })]);
  });
});
