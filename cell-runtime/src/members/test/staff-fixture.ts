import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { MemberRole } from '@mpb/contracts';
import type { CellHarness, TestStore } from '../../test/cell-harness';

export interface TestMember {
  userId: string;
  email: string;
  role: MemberRole;
  token: string;
  /** Headers of a request by this member to their store. */
  as: { host: string; authorization: string };
}

let memberCounter = 0;

/** A new member of the store with this role, added as the control plane adds one. */
export async function addMember(
  cell: CellHarness,
  store: TestStore,
  role: MemberRole,
): Promise<TestMember> {
  const userId = randomUUID();
  const email = `${role.replace('_', '-')}-${++memberCounter}-${store.slug}@example.com`;
  await request(cell.app)
    .put(`/internal/v1/tenants/${store.tenantId}/members/${userId}`)
    .set('authorization', `Bearer ${cell.internalToken}`)
    .send({ email, role })
    .expect(200);
  const token = await cell.tokenFor(userId, email);
  return { userId, email, role, token, as: { host: store.host, authorization: `Bearer ${token}` } };
}

/** The store's owner from provisioning, as a member. */
export function ownerOf(store: TestStore): TestMember {
  return {
    userId: store.ownerId,
    email: `${store.slug}@example.com`,
    role: 'owner',
    token: store.ownerToken,
    as: { host: store.host, authorization: `Bearer ${store.ownerToken}` },
  };
}
