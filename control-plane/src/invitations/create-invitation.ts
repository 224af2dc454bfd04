import { v7 as uuidv7 } from 'uuid';
import { hasPermission, type CreateInvitationBody, type Invitation } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import type { Logger } from '@mpb/observability';
import type { MailSender } from '../mail/mail-sender';
import type { PublicUrls } from '../public-urls';
import { recordAudit } from '../tenants/repository';
import { requireMemberWith } from '../tenants/require-member';
import { renderInvitationEmail } from './invitation-email';
import { toInvitationView, type InvitationRow } from './repository';
import { hashInvitationToken, newInvitationToken } from './tokens';

export interface InvitationDeps {
  db: Knex;
  mail: MailSender;
  urls: PublicUrls;
  logger: Logger;
  ttlHours: number;
}

/** Where an invitee accepts: an admin page; the token sits in the fragment, kept out of logs. */
export function acceptUrl(urls: PublicUrls, token: string): string {
  return `${urls.admin('/invitations/accept')}#token=${token}`;
}

/**
 * Invites someone to a store's staff by email (owners and admins; only owners invite owners).
 * Inviting the same address again replaces the open invitation, so a resent email is the only
 * one that works. The email goes out through SMTP when configured; otherwise, or when sending
 * fails, the inviter gets the link to pass on. The token is never logged.
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
    return inserted;
  });

  const link = acceptUrl(deps.urls, token);
  const emailSent = await sendInvitation(deps, row, {
    language: tenant.language,
    storeName: tenant.name,
    inviterEmail: input.inviterEmail,
    link,
  });
  return {
    ...toInvitationView({ ...row, invited_by_email: input.inviterEmail }),
    emailSent,
    acceptUrl: emailSent ? null : link,
  };
}

async function sendInvitation(
  deps: InvitationDeps,
  row: InvitationRow,
  store: { language: string; storeName: string; inviterEmail: string; link: string },
): Promise<boolean> {
  if (!deps.mail.isConfigured) return false;
  try {
    await deps.mail.send(
      renderInvitationEmail({
        language: store.language,
        storeName: store.storeName,
        inviterEmail: store.inviterEmail,
        email: row.email,
        role: row.role,
        acceptUrl: store.link,
        expiresAt: row.expires_at,
      }),
    );
    return true;
  } catch (error) {
    // The link goes back to the inviter instead; the token itself is never logged.
    deps.logger.warn(
      { err: error, invitation_id: row.id, tenant_id: row.tenant_id },
      'invitation email could not be sent',
    );
    return false;
  }
}
