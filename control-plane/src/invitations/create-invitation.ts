import { v7 as uuidv7 } from 'uuid';
import { hasPermission, type CreateInvitationBody, type Invitation } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { MailSender } from '../mail/mail-sender';
import { enqueueMail } from '../mail/outbox';
import type { PublicUrls } from '../public-urls';
import { recordAudit } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import { renderInvitationEmail } from './invitation-email';
import { toInvitationView, type InvitationRow } from './repository';
import { hashInvitationToken, newInvitationToken } from './tokens';

export interface InvitationDeps {
  db: Knex;
  /** Only asked whether a mail server is configured: the outbox's dispatcher sends. */
  mail: Pick<MailSender, 'isConfigured'>;
  urls: PublicUrls;
  ttlHours: number;
}

/** Where an invitee accepts: an admin page; the token sits in the fragment, kept out of logs. */
export function acceptUrl(urls: PublicUrls, token: string): string {
  return `${urls.admin('/invitations/accept')}#token=${token}`;
}

/**
 * Invites someone to a store's staff by email (owners and admins; only owners invite owners).
 * Inviting the same address again replaces the open invitation, so a resent email is the only
 * one that works. The email is written to the mail outbox in the invitation's transaction and
 * sent (and retried) by the dispatcher; without a mail server the inviter gets the link to pass
 * on instead. The token is never logged.
 */
export async function createInvitation(
  deps: InvitationDeps,
  input: { tenantId: string; userId: string; inviterEmail: string } & CreateInvitationBody,
): Promise<Invitation & { emailSent: boolean; acceptUrl: string | null }> {
  const tenant = await requireMemberWith(deps.db, input.tenantId, input.userId, 'staff:manage');
  if (input.role === 'owner' && !hasPermission(tenant.role, 'owners:manage')) {
    throw new AppError('FORBIDDEN', 'Only an owner can invite another owner');
  }
  if (tenant.status !== 'ready' && tenant.status !== 'suspended') {
    throw new AppError(
      'INVALID_STATE',
      `The store is ${tenant.status}; invite staff once it is ready`,
    );
  }
  const token = newInvitationToken();
  const link = acceptUrl(deps.urls, token);
  const emailSent = deps.mail.isConfigured;
  const row = await deps.db.transaction(async (trx) => {
    const member = await trx('tenant_memberships')
      .join('users', 'users.id', 'tenant_memberships.user_id')
      .where({ 'tenant_memberships.tenant_id': tenant.id, 'users.email': input.email })
      .first<{ user_id: string } | undefined>('tenant_memberships.user_id');
    if (member) {
      throw new AppError('ALREADY_EXISTS', 'This person is already a member of the store', {
        fields: { email: 'is already a member of this store' },
      });
    }
    await trx('invitations')
      .where({ tenant_id: tenant.id, email: input.email })
      .whereNull('accepted_at')
      .whereNull('revoked_at')
      .update({ revoked_at: trx.fn.now(), revoked_by: input.userId });
    const [inserted] = await trx<InvitationRow>('invitations')
      .insert({
        id: uuidv7(),
        tenant_id: tenant.id,
        email: input.email,
        role: input.role,
        token_hash: hashInvitationToken(token),
        invited_by: input.userId,
        expires_at: new Date(Date.now() + deps.ttlHours * 3_600_000),
      })
      .returning('*');
    if (!inserted) throw new Error('invitation insert returned nothing');
    await recordAudit(trx, {
      actor: 'user',
      actorUserId: input.userId,
      action: 'invitation.created',
      tenantId: tenant.id,
      data: { invitationId: inserted.id, email: input.email, role: input.role },
    });
    await enqueueMail(trx, {
      kind: 'invitation',
      deliver: emailSent,
      mail: renderInvitationEmail({
        language: tenant.language,
        storeName: tenant.name,
        inviterEmail: input.inviterEmail,
        email: inserted.email,
        role: inserted.role,
        acceptUrl: link,
        expiresAt: inserted.expires_at,
      }),
    });
    return inserted;
  });
  return {
    ...toInvitationView({ ...row, invited_by_email: input.inviterEmail }),
    emailSent,
    acceptUrl: emailSent ? null : link,
  };
}
