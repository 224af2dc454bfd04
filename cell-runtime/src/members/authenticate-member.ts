import type { Request, Response } from 'express';
import type { MemberRole } from '@mpb/contracts';
import { bearerToken, TokenVerificationError, verifyAccessToken, type JwksCache } from '@mpb/auth';
import { withTenant, type Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import { setContextValues } from '@mpb/observability';
import { currentTenantId } from '../tenancy/middleware';

export interface Member {
  userId: string;
  email: string;
  role: MemberRole;
}

export interface MemberAuthDeps {
  db: Knex;
  jwks: JwksCache;
  issuer: string;
  audience: string;
}

/**
 * The member of the request's tenant who sent it, once per request (kept in `res.locals`).
 * The token comes from the control plane and is checked against its public keys held in
 * memory; membership comes from this cell's own `members` table. No token is a 401; a valid
 * token of a non-member gets the same 404 as a store that does not exist.
 */
export async function authenticateMember(
  deps: MemberAuthDeps,
  req: Request,
  res: Response,
): Promise<Member> {
  const known = res.locals.member as Member | undefined;
  if (known) return known;
  const token = bearerToken(req.headers.authorization);
  if (!token) throw AppError.unauthenticated();
  const member = await findMember(deps, token, currentTenantId(res));
  if (!member) throw AppError.notFound('Store');
  res.locals.member = member;
  setContextValues({ userId: member.userId });
  return member;
}

async function findMember(
  deps: MemberAuthDeps,
  token: string,
  tenantId: string,
): Promise<Member | undefined> {
  let userId: string;
  try {
    userId = (
      await verifyAccessToken(token, deps.jwks.keySet, {
        issuer: deps.issuer,
        audience: deps.audience,
      })
    ).sub;
  } catch (error) {
    if (error instanceof TokenVerificationError && error.reason === 'unknown-key')
      deps.jwks.noteUnknownKey();
    throw AppError.unauthenticated('The access token is invalid or expired');
  }
  const row = await withTenant(deps.db, tenantId, (trx) =>
    trx('members')
      .where({ user_id: userId })
      .first<{ user_id: string; email: string; role: MemberRole } | undefined>(),
  );
  return row ? { userId: row.user_id, email: row.email, role: row.role } : undefined;
}

export function currentMember(res: Response): Member {
  const member = res.locals.member as Member | undefined;
  if (!member) throw AppError.unauthenticated();
  return member;
}
