import type { RequestHandler, Response } from 'express';
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
 * Admits members of the request's tenant with one of `roles`. The token comes from the
 * control plane and is checked against its public keys held in memory; membership comes from
 * this cell's own `members` table. A valid token of a non-member gets the same 404 as a store
 * that does not exist.
 */
export function authenticateMember(
  deps: MemberAuthDeps,
  roles: readonly MemberRole[],
): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req.headers.authorization);
    if (!token) {
      next(AppError.unauthenticated());
      return;
    }
    findMember(deps, token, currentTenantId(res)).then(
      (member) => {
        if (!member) {
          next(AppError.notFound('Store'));
          return;
        }
        if (!roles.includes(member.role)) {
          next(new AppError('FORBIDDEN', 'Your role in this store does not allow this action'));
          return;
        }
        res.locals.member = member;
        setContextValues({ userId: member.userId });
        next();
      },
      (error: unknown) => next(error),
    );
  };
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
