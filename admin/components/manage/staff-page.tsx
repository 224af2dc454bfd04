'use client';

import { useRef, useState, type FormEvent } from 'react';
import {
  createInvitationBodySchema,
  memberRoles,
  permissions,
  rolePermissions,
  type MemberRole,
  type MemberView,
} from '@mpb/contracts';
import { isApiError } from '../../lib/api-error';
import {
  apiErrorToForm,
  describeApiError,
  fieldErrorsFromZod,
  type FieldErrors,
} from '../../lib/form-errors';
import type { Messages } from '../../lib/i18n';
import { managePlatformApi } from '../../lib/browser-client';
import { focusFirstInvalid } from '../focus-first-invalid';
import { FormAlert } from '../form-alert';
import { useI18n } from '../i18n-provider';
import { SelectField } from '../select-field';
import { cardClass, inputClass } from '../styles';
import { TextField } from '../text-field';
import { Button } from '../ui/button';
import { useConfirm } from '../ui/confirm-provider';
import { Notice } from '../ui/notice';
import { Table, TableHead, tdClass, thClass } from '../ui/table';
import { formatDate } from './format';
import { ManagePage } from './manage-page';
import { useManage } from './manage-provider';
import { useLoad } from './use-load';

/** The store's members and their roles; invitations for those who manage staff. */
export function StaffPage() {
  const { t } = useI18n();
  const { can } = useManage();
  return (
    <ManagePage title={t.manage.nav.sections.staff} permission="staff:read">
      <Members />
      {can('staff:manage') ? <Invitations /> : null}
      <RoleGuide />
    </ManagePage>
  );
}

function assignableRoles(canManageOwners: boolean): MemberRole[] {
  return memberRoles.filter((role) => role !== 'owner' || canManageOwners);
}

/** The owner rules' refusals in the merchant's words; anything else as everywhere else. */
function describeStaffError(error: unknown, t: Messages): string {
  if (isApiError(error) && error.code === 'INVALID_STATE') return t.manage.staff.lastOwner;
  if (isApiError(error) && error.code === 'FORBIDDEN') return t.manage.staff.notAllowed;
  return describeApiError(error, t);
}

function Members() {
  const { t, language } = useI18n();
  const confirm = useConfirm();
  const { api, can, membership, tenant } = useManage();
  const members = useLoad('members', (signal) => api.listMembers(signal));
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const canManage = can('staff:manage');
  const canManageOwners = can('owners:manage');

  async function act(member: MemberView, action: () => Promise<unknown>, message: string) {
    setBusy(member.userId);
    setError(null);
    setNotice('');
    try {
      await action();
      setNotice(message);
      members.reload();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section className="space-y-3" aria-labelledby="members-heading">
      <h2 id="members-heading" className="text-lg font-semibold">
        {t.manage.staff.members}
      </h2>
      <FormAlert
        message={
          error
            ? describeStaffError(error, t)
            : members.error
              ? describeApiError(members.error, t)
              : null
        }
      />
      <p role="status" className="text-sm text-green-800">
        {notice}
      </p>
      {members.data ? (
        <Table caption={t.manage.staff.members}>
          <TableHead
            columns={[
              { label: t.manage.staff.email },
              { label: t.manage.staff.role },
              { label: t.manage.staff.since },
              canManage && { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {members.data.items.map((member) => {
              const isMe = member.userId === membership?.userId;
              // Only owners change owners; nobody changes their own role here.
              const isEditable = canManage && !isMe && (member.role !== 'owner' || canManageOwners);
              return (
                <tr key={member.userId}>
                  <th scope="row" className={`${tdClass} font-normal break-all`}>
                    {member.email}
                    {isMe ? <span className="text-slate-600"> ({t.manage.staff.you})</span> : null}
                  </th>
                  <td className={tdClass}>
                    {isEditable ? (
                      <select
                        aria-label={t.manage.staff.roleOf(member.email)}
                        value={member.role}
                        disabled={busy === member.userId}
                        onChange={(event) => {
                          const role = event.target.value as MemberRole;
                          void act(
                            member,
                            // Staff change in the control plane, which updates the store (ADR 0020).
                            () =>
                              managePlatformApi.changeMemberRole(tenant.id, member.userId, role),
                            t.manage.staff.roleChanged(member.email, t.manage.staff.roles[role]),
                          );
                        }}
                        className={`${inputClass} min-w-40`}
                      >
                        {assignableRoles(canManageOwners).map((role) => (
                          <option key={role} value={role}>
                            {t.manage.staff.roles[role]}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t.manage.staff.roles[member.role]
                    )}
                  </td>
                  <td className={`${tdClass} whitespace-nowrap`}>
                    {formatDate(member.createdAt, language)}
                  </td>
                  {canManage ? (
                    <td className={tdClass}>
                      {isEditable ? (
                        <Button
                          variant="quiet"
                          disabled={busy === member.userId}
                          onClick={() => {
                            void confirm({
                              title: t.manage.staff.confirmRemove(member.email),
                              confirmLabel: t.manage.staff.remove,
                              cancelLabel: t.manage.common.cancel,
                              tone: 'danger',
                            }).then((confirmed) =>
                              confirmed
                                ? act(
                                    member,
                                    () => managePlatformApi.removeMember(tenant.id, member.userId),
                                    t.manage.staff.removed(member.email),
                                  )
                                : undefined,
                            );
                          }}
                        >
                          {t.manage.staff.remove}
                          <span className="sr-only"> {member.email}</span>
                        </Button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      ) : members.isLoading ? (
        <p role="status">{t.app.loading}</p>
      ) : null}
    </section>
  );
}

function Invitations() {
  const { t, language } = useI18n();
  const { tenant, can } = useManage();
  const invitations = useLoad(`invitations:${tenant.id}`, (signal) =>
    managePlatformApi.listInvitations(tenant.id, signal),
  );
  const formRef = useRef<HTMLFormElement>(null);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MemberRole>('catalog_staff');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<{ email: string; acceptUrl: string | null } | null>(null);
  const [isPending, setIsPending] = useState(false);
  const [revokeError, setRevokeError] = useState<unknown>(null);

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSent(null);
    const parsed = createInvitationBodySchema.safeParse({ email, role });
    if (!parsed.success) {
      setErrors(fieldErrorsFromZod(parsed.error, t, { email, role }));
      focusFirstInvalid(formRef.current);
      return;
    }
    setIsPending(true);
    setErrors({});
    setFormError(null);
    try {
      const created = await managePlatformApi.invite(tenant.id, parsed.data);
      setSent({ email: created.email, acceptUrl: created.emailSent ? null : created.acceptUrl });
      setEmail('');
      invitations.reload();
    } catch (error) {
      const mapped = apiErrorToForm(error, t, ['email', 'role']);
      setErrors(mapped.fields);
      setFormError(mapped.form);
      focusFirstInvalid(formRef.current);
    } finally {
      setIsPending(false);
    }
  }

  async function revoke(id: string) {
    setRevokeError(null);
    try {
      await managePlatformApi.revokeInvitation(tenant.id, id);
      invitations.reload();
    } catch (caught) {
      setRevokeError(caught);
    }
  }

  return (
    <section className={`${cardClass} space-y-4`} aria-labelledby="invite-heading">
      <h2 id="invite-heading" className="text-lg font-semibold">
        {t.manage.staff.invite}
      </h2>
      <form ref={formRef} noValidate onSubmit={(event) => void invite(event)} className="space-y-3">
        <FormAlert message={formError} />
        <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
          <TextField
            label={t.auth.email}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="off"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={errors.email}
          />
          <SelectField
            label={t.manage.staff.role}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as MemberRole)}
            options={assignableRoles(can('owners:manage')).map((value) => ({
              value,
              label: t.manage.staff.roles[value],
            }))}
            error={errors.role}
          />
        </div>
        <Button type="submit" isPending={isPending} pendingLabel={t.manage.common.saving}>
          {t.manage.staff.sendInvitation}
        </Button>
      </form>
      <div role="status">
        {sent ? (
          <Notice tone="success" title={t.manage.staff.invited(sent.email)}>
            {sent.acceptUrl ? (
              <>
                <p>{t.manage.staff.noEmailSent}</p>
                <p className="mt-1 font-mono text-xs break-all">{sent.acceptUrl}</p>
              </>
            ) : null}
          </Notice>
        ) : null}
      </div>
      <FormAlert
        message={
          revokeError || invitations.error
            ? describeApiError(revokeError ?? invitations.error, t)
            : null
        }
      />
      {invitations.data && invitations.data.length > 0 ? (
        <Table caption={t.manage.staff.pending} isCaptionHidden={false}>
          <TableHead
            columns={[
              { label: t.manage.staff.email },
              { label: t.manage.staff.role },
              { label: t.manage.staff.expires },
              { label: t.manage.common.actions, isLabelHidden: true },
            ]}
          />
          <tbody>
            {invitations.data.map((invitation) => (
              <tr key={invitation.id}>
                <th scope="row" className={`${tdClass} font-normal break-all`}>
                  {invitation.email}
                </th>
                <td className={tdClass}>{t.manage.staff.roles[invitation.role]}</td>
                <td className={`${tdClass} whitespace-nowrap`}>
                  {invitation.status === 'expired'
                    ? t.manage.staff.expired
                    : formatDate(invitation.expiresAt, language)}
                </td>
                <td className={tdClass}>
                  <Button variant="quiet" onClick={() => void revoke(invitation.id)}>
                    {t.manage.staff.revoke}
                    <span className="sr-only"> {invitation.email}</span>
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}

/** What each role may do, from the same table the server checks. */
function RoleGuide() {
  const { t } = useI18n();
  return (
    <details className={cardClass}>
      <summary className="cursor-pointer font-semibold">{t.manage.staff.roleGuide}</summary>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t.manage.staff.roleGuide}</caption>
          <thead>
            <tr>
              <th scope="col" className={thClass}>
                {t.manage.staff.permission}
              </th>
              {memberRoles.map((role) => (
                <th key={role} scope="col" className={`${thClass} text-center`}>
                  {t.manage.staff.roles[role]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {permissions.map((permission) => (
              <tr key={permission}>
                <th scope="row" className={`${tdClass} font-normal`}>
                  {t.manage.staff.permissions[permission]}
                </th>
                {memberRoles.map((role) => (
                  <td key={role} className={`${tdClass} text-center`}>
                    {rolePermissions[role].includes(permission) ? (
                      <>
                        <span aria-hidden="true">✓</span>
                        <span className="sr-only">{t.manage.common.yes}</span>
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{t.manage.common.no}</span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
