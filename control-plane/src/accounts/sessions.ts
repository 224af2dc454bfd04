import { v7 as uuidv7 } from 'uuid';
import { hashRefreshToken, newRefreshToken, type TokenSigner } from '@mpb/auth';
import type { Knex } from '@mpb/db';
import { AppError } from '@mpb/http';
import {
  findSessionForUpdate,
  findUserById,
  insertSession,
  revokeAllSessions,
  revokeSession,
  type UserRow,
} from './repository';

export interface SessionDeps {
  db: Knex;
  signer: TokenSigner;
  refreshTokenTtlDays: number;
}

export interface IssuedSession {
  token: string;
  expiresIn: number;
  refreshToken: string;
}

/** Starts a session: a short-lived access token plus a refresh token stored only as a hash. */
export async function issueSession(
  deps: SessionDeps,
  user: Pick<UserRow, 'id' | 'email'>,
  db: Knex = deps.db,
): Promise<IssuedSession> {
  const refresh = newRefreshToken();
  await insertSession(db, {
    id: uuidv7(),
    userId: user.id,
    refreshTokenHash: refresh.hash,
    expiresAt: new Date(Date.now() + deps.refreshTokenTtlDays * 86_400_000),
  });
  const token = await deps.signer.sign({ sub: user.id, email: user.email });
  return { token, expiresIn: deps.signer.expiresIn, refreshToken: refresh.token };
}

/**
 * Rotates a refresh token. A token that was already used means it leaked (or a client bug):
 * every session of that user is ended, the standard response to refresh-token reuse.
 */
export async function refreshSession(
  deps: SessionDeps,
  refreshToken: string,
): Promise<IssuedSession> {
  // Invalid tokens return undefined rather than throw, so a detected reuse still commits.
  const session = await deps.db.transaction(async (trx): Promise<IssuedSession | undefined> => {
    const current = await findSessionForUpdate(trx, hashRefreshToken(refreshToken));
    if (!current) return undefined;
    if (current.revoked_at) {
      await revokeAllSessions(trx, current.user_id);
      return undefined;
    }
    if (current.expires_at.getTime() <= Date.now()) return undefined;
    const user = await findUserById(trx, current.user_id);
    if (!user) return undefined;
    await revokeSession(trx, current.id);
    return issueSession(deps, user, trx);
  });
  if (!session) throw new AppError('UNAUTHENTICATED', 'The refresh token is invalid or expired');
  return session;
}

/** Ends the session of a refresh token; unknown tokens are ignored so logout always succeeds. */
export async function endSession(deps: SessionDeps, refreshToken: string): Promise<void> {
  await deps
    .db('sessions')
    .where({ refresh_token_hash: hashRefreshToken(refreshToken) })
    .whereNull('revoked_at')
    .update({ revoked_at: deps.db.fn.now() });
}
