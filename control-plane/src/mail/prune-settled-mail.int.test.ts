import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@mpb/testing';
import { pruneSettledMail } from './prune-settled-mail';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('control');
});
afterAll(async () => {
  await database.drop();
});

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function mail(status: string, createdDaysAgo: number): Promise<string> {
  const id = randomUUID();
  await database.app('mail_outbox').insert({
    id,
    kind: 'sign-in',
    recipient: `${id}@example.com`,
    subject: 'Your link',
    status,
    created_at: daysAgo(createdDaysAgo),
  });
  return id;
}

async function link(expiredDaysAgo: number, used: boolean): Promise<string> {
  const id = randomUUID();
  await database.app('auth_links').insert({
    id,
    purpose: 'sign-in',
    email: `${id}@example.com`,
    token_hash: `hash-${id}`,
    expires_at: daysAgo(expiredDaysAgo),
    used_at: used ? daysAgo(expiredDaysAgo + 1) : null,
  });
  return id;
}

describe('pruning the platform’s email', () => {
  it('deletes settled emails past their keep, never a pending one, and links long expired', async () => {
    const old = {
      sent: await mail('sent', 40),
      failed: await mail('failed', 40),
      unsent: await mail('unsent', 40),
      pending: await mail('pending', 40),
    };
    const recent = await mail('sent', 2);
    const links = {
      longExpiredUnused: await link(10, false),
      longExpiredUsed: await link(10, true),
      justExpired: await link(1, true),
      live: await link(-1, false),
    };

    // Batches of 2 make the loop go round more than once.
    const pruned = await pruneSettledMail(database.app, {
      mailKeepDays: 30,
      linkKeepDays: 7,
      batchSize: 2,
    });
    expect(pruned).toEqual({ mails: 3, links: 2 });

    const mailsLeft = await database.app('mail_outbox').pluck('id');
    expect(mailsLeft).toEqual(expect.arrayContaining([old.pending, recent]));
    expect(mailsLeft).not.toEqual(expect.arrayContaining([old.sent]));
    expect(mailsLeft).not.toEqual(expect.arrayContaining([old.failed]));
    expect(mailsLeft).not.toEqual(expect.arrayContaining([old.unsent]));
    const linksLeft = await database.app('auth_links').pluck('id');
    expect(linksLeft.sort()).toEqual([links.justExpired, links.live].sort());

    // Nothing more to do: a second run deletes nothing.
    await expect(
      pruneSettledMail(database.app, { mailKeepDays: 30, linkKeepDays: 7 }),
    ).resolves.toEqual({ mails: 0, links: 0 });
  });
});
