import type { Invitation, MemberRole } from '@mpb/contracts';
import type { Knex } from '@mpb/db';

export interface InvitationRow {
  id: string;
  tenant_id: string;
  email: string;
  role: MemberRole;
  token_hash: string;
  invited_by: string;
  created_at: Date;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_by: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export function toInvitationView(
  row: InvitationRow & { invited_by_email?: string | null },
  now = new Date(),
): Invitation {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    role: row.role,
    status: row.expires_at <= now ? 'expired' : 'pending',
    invitedBy: { userId: row.invited_by, email: row.invited_by_email ?? null },
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

/** Invitations neither accepted nor revoked (expired ones included, marked so), newest first. */
export async function listOpenInvitations(
  db: Knex,
  tenantId: string,
): Promise<(InvitationRow & { invited_by_email: string | null })[]> {
  return db('invitations')
    .leftJoin('users', 'users.id', 'invitations.invited_by')
    .where({ 'invitations.tenant_id': tenantId })
    .whereNull('invitations.accepted_at')
    .whereNull('invitations.revoked_at')
    .orderBy([
      { column: 'invitations.created_at', order: 'desc' },
      { column: 'invitations.id', order: 'desc' },
    ])
    .select<(InvitationRow & { invited_by_email: string | null })[]>(
      'invitations.*',
      'users.email as invited_by_email',
    );
}

export async function findInvitationForUpdate(
  trx: Knex.Transaction,
  where: Partial<Pick<InvitationRow, 'id' | 'tenant_id' | 'token_hash'>>,
): Promise<InvitationRow | undefined> {
  return trx<InvitationRow>('invitations').where(where).forUpdate().first();
}
