import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startMailSink, type MailSink } from '@mpb/devkit';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';
import { bearer } from '../test/stores';

jest.setTimeout(30_000);

let sink: MailSink;
let cp: ControlPlaneHarness;

beforeAll(async () => {
  sink = await startMailSink();
  cp = await createControlPlaneHarness({
    SMTP_URL: sink.smtpUrl,
    VERIFICATION_EMAILS_PER_HOUR: '2',
  });
});
afterAll(async () => {
  await cp.close();
  await sink.stop();
});

const newEmail = () => `verify-${randomUUID().slice(0, 8)}@example.com`;

async function signUp(email: string, locale?: string) {
  const response = await request(cp.app)
    .post('/api/v1/auth/signup')
    .send({ email, password: 'correct horse battery', ...(locale ? { locale } : {}) })
    .expect(201);
  return { token: response.body.token as string, user: response.body.user };
}

/** The tokens of every verification link emailed to `email`, oldest first. */
async function verificationTokens(email: string, count = 1): Promise<string[]> {
  const isVerification = (text: string) => text.includes('/auth/verify-email?token=');
  await sink.waitFor(
    () =>
      sink.messages().filter((mail) => mail.to.includes(email) && isVerification(mail.text))
        .length >= count,
  );
  return sink
    .messages()
    .filter((mail) => mail.to.includes(email) && isVerification(mail.text))
    .map((mail) => /\/auth\/verify-email\?token=([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '');
}

const verify = (token: string) => request(cp.app).post('/api/v1/auth/verify-email').send({ token });

const me = async (token: string) =>
  (await request(cp.app).get('/api/v1/auth/me').set(bearer(token)).expect(200)).body;

const resend = (token?: string, body: object = {}) => {
  const call = request(cp.app).post('/api/v1/auth/verify-email/resend');
  return (token ? call.set(bearer(token)) : call).send(body);
};

describe('verifying the email of a password sign-up', () => {
  it('emails a link in the asked language; following it verifies the address, and again answers the same', async () => {
    const email = newEmail();
    const account = await signUp(email, 'es');
    // Nothing waits for the email: the session works at once, unverified.
    expect(account.user.emailVerified).toBe(false);
    expect((await me(account.token)).emailVerified).toBe(false);

    const mail = await sink.waitFor((candidate) => candidate.to.includes(email));
    expect(mail.subject).toBe('Confirma tu correo en Marketplace Builder');
    expect(mail.text).toContain(`Confirma que ${email} es tu dirección`);
    expect(mail.text).toContain('http://localhost:8080/auth/verify-email?token=');
    const [token = ''] = await verificationTokens(email);

    const verified = await verify(token).expect(200);
    expect(verified.body).toEqual({ email, emailVerified: true });
    expect((await me(account.token)).emailVerified).toBe(true);
    await verify(token).expect(200);
    expect(JSON.stringify(cp.logLines())).not.toContain(token);
  });

  it('writes English without a locale', async () => {
    const email = newEmail();
    await signUp(email);
    const mail = await sink.waitFor((candidate) => candidate.to.includes(email));
    expect(mail.subject).toBe('Confirm your email for Marketplace Builder');
  });

  it('refuses an unknown, tampered or expired link with VERIFICATION_LINK_INVALID', async () => {
    const email = newEmail();
    const account = await signUp(email);
    const [token = ''] = await verificationTokens(email);

    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const forged = await verify(tampered).expect(400);
    expect(forged.body.error.code).toBe('VERIFICATION_LINK_INVALID');

    await cp.database
      .app('auth_links')
      .where({ email, purpose: 'verify-email' })
      .update({ expires_at: new Date(Date.now() - 1000) });
    const expired = await verify(token).expect(400);
    expect(expired.body.error).toMatchObject({ code: 'VERIFICATION_LINK_INVALID' });
    expect(expired.body.error.message).toMatch(/expired/);
    expect((await me(account.token)).emailVerified).toBe(false);

    const malformed = await verify('nope').expect(400);
    expect(malformed.body.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: { token: expect.any(String) },
    });
  });

  it('resends a working link to the signed-in account, within a limit, and not once verified', async () => {
    const email = newEmail();
    const account = await signUp(email);
    await verificationTokens(email, 1);

    await resend().expect(401);
    await resend(account.token, { locale: 'pt-BR' }).expect(202);
    const tokens = await verificationTokens(email, 2);
    const latest = sink
      .messages()
      .filter((mail) => mail.to.includes(email))
      .at(-1);
    expect(latest?.subject).toBe('Confirme seu e-mail no Marketplace Builder');
    const bad = await resend(account.token, { locale: 'fr' }).expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['locale']);

    await resend(account.token).expect(202);
    const limited = await resend(account.token).expect(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');

    await verify(tokens[1] ?? '').expect(200);
    // The first link still works (earlier links stay valid), and answers the same.
    await verify(tokens[0] ?? '').expect(200);
    expect((await me(account.token)).emailVerified).toBe(true);

    const other = await signUp(newEmail());
    const [otherToken = ''] = await verificationTokens(other.user.email);
    await verify(otherToken).expect(200);
    const done = await resend(other.token).expect(409);
    expect(done.body.error.code).toBe('INVALID_STATE');
  });
});
