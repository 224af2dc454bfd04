/**
 * Creates (or promotes) a platform super-admin.
 *
 *   MPB_SUPERADMIN_PASSWORD=... npm run superadmin -- --email ops@example.com
 *
 * The password is read from MPB_SUPERADMIN_PASSWORD or, when absent, from standard input, so it
 * never appears in shell history or the process list. There is no default password.
 */
import { parseArgs } from 'node:util';
import { emailSchema, passwordSchema } from '@mpb/contracts';
import { createDatabase } from '@mpb/db';
import { createSuperAdmin } from '../accounts/create-super-admin';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' } } });
  const email = emailSchema.safeParse(values.email ?? process.env.MPB_SUPERADMIN_EMAIL);
  if (!email.success)
    throw new Error('--email (or MPB_SUPERADMIN_EMAIL) must be a valid email address');
  const password = passwordSchema.safeParse(
    process.env.MPB_SUPERADMIN_PASSWORD ?? (await readStdin()),
  );
  if (!password.success)
    throw new Error(`password ${password.error.issues[0]?.message ?? 'is invalid'}`);
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is required');
  const db = createDatabase({
    connectionString: databaseUrl,
    applicationName: 'create-super-admin',
  });
  try {
    const result = await createSuperAdmin(db, { email: email.data, password: password.data });
    console.log(
      `${result.created ? 'created' : 'promoted'} super-admin ${email.data} (${result.id})`,
    );
  } finally {
    await db.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
