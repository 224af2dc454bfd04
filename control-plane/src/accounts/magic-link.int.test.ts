import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { startMailSink, type CapturedMail, type MailSink } from '@mpb/devkit';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';
import { bearer } from '../test/stores';

jest.setTimeout(30_000);

let sink: MailSink;
let cp: ControlPlaneHarness;

beforeAll(async () => {
  sink = await startMailSink();
  cp = await createControlPlaneHarness({
    SMTP_URL: sink.smtpUrl,
    MAGIC_LINKS_PER_EMAIL: '3',
    MAGIC_LINKS_PER_IP: '4',
  });
});
afterAll(async () => {
  await cp.close();
  await sink.stop();
});

const newEmail = (prefix = 'merchant') => `${prefix}-${randomUUID().slice(0, 8)}@example.com`;
// The harness trusts X-Forwarded-For from loopback, as behind the router: one client per test.
let clients = 0;
const newIp = () => `203.0.113.${++clients}`;
let ip = newIp();
beforeEach(() => {
  ip = newIp();
});

const askForLink = (body: object, from = ip) =>
  request(cp.app).post('/api/v1/auth/magic-link').set('x-forwarded-for', from).send(body);

const useLink = (token: string) =>
  request(cp.app).post('/api/v1/auth/magic-link/verify').send({ token });

/** The emailed sign-in link to `email`, and its token. */
async function linkTo(email: string): Promise<{ mail: CapturedMail; url: URL; token: string }> {
  // The sign-up's verification email may come first: only the sign-in link is wanted.
  const mail = await sink.waitFor(
    (candidate) => candidate.to.includes(email) && candidate.text.includes('/auth/magic?'),
  );
  const href = /https?:\/\/\S+\/auth\/magic\?\S+/.exec(mail.text)?.[0];
  if (!href) throw new Error(`no sign-in link in ${mail.text}`);
  const url = new URL(href);
  return { mail, url, token: url.searchParams.get('token') ?? '' };
}

describe('signing in by an emailed link', () => {
  it('refuses a platform operator, who signs in with their password', async () => {
    const email = newEmail('operator');
    const operator = await cp.signUp(email);
    await cp.database.app('users').where({ id: operator.userId }).update({ is_super_admin: true });
    await askForLink({ email }).expect(202);
    const { token } = await linkTo(email);

    const refused = await useLink(token).expect(403);
    expect(refused.body.error).toMatchObject({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/password/),
    });
    expect(refused.body.token).toBeUndefined();
  });

  it('creates the account of a new address, verified and without a password, and starts a session', async () => {
    const email = newEmail('new');
    const asked = await askForLink({ email: `  ${email.toUpperCase()} `, locale: 'pt-BR' }).expect(
      202,
    );
    expect(asked.text).toBe('');

    const { mail, url, token } = await linkTo(email);
    expect(mail.subject).toBe('Seu link de acesso ao Marketplace Builder');
    expect(mail.text).toContain('expira em 15 minutos');
    expect(`${url.origin}${url.pathname}`).toBe('http://localhost:8080/auth/magic');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(mail.html).toContain(`href="http://localhost:8080/auth/magic?token=${token}"`);

    const used = await useLink(token).expect(201);
    expect(used.headers['cache-control']).toBe('no-store');
    expect(used.body).toMatchObject({
      created: true,
      expiresIn: 900,
      user: { email, emailVerified: true, isSuperAdmin: false },
    });
    const me = await request(cp.app)
      .get('/api/v1/auth/me')
      .set(bearer(used.body.token))
      .expect(200);
    expect(me.body).toMatchObject({
      id: used.body.user.id,
      email,
      emailVerified: true,
      tenants: [],
    });
    const row = await cp.database.app('users').where({ email }).first();
    expect(row.password_hash).toBeNull();
    expect(row.email_verified_at).toBeInstanceOf(Date);
    // Stored hashed only, and never logged.
    const link = await cp.database.app('auth_links').where({ email }).first();
    expect(link.token_hash).not.toContain(token);
    expect(JSON.stringify(cp.logLines())).not.toContain(token);
  });

  it('signs an existing account in (200, created false) and verifies its address', async () => {
    const user = await cp.signUp(newEmail('known'));
    const before = await request(cp.app).get('/api/v1/auth/me').set(bearer(user.token)).expect(200);
    expect(before.body.emailVerified).toBe(false);

    await askForLink({ email: user.email, locale: 'es' }).expect(202);
    const { mail, token } = await linkTo(user.email);
    expect(mail.subject).toBe('Tu enlace de acceso a Marketplace Builder');
    const used = await useLink(token).expect(200);
    expect(used.body).toMatchObject({
      created: false,
      user: { id: user.userId, email: user.email, emailVerified: true },
    });
    const after = await request(cp.app)
      .get('/api/v1/auth/me')
      .set(bearer(used.body.token))
      .expect(200);
    expect(after.body.emailVerified).toBe(true);
  });

  it('works once; a used, expired, tampered or unknown link answers LOGIN_LINK_INVALID', async () => {
    const email = newEmail('once');
    await askForLink({ email }).expect(202);
    const { token } = await linkTo(email);
    await useLink(token).expect(201);
    const again = await useLink(token).expect(401);
    expect(again.body.error).toMatchObject({ code: 'LOGIN_LINK_INVALID' });
    expect(again.body.error.message).toMatch(/already used/);

    sink.clear();
    await askForLink({ email }).expect(202);
    const late = await linkTo(email);
    await cp.database
      .app('auth_links')
      .where({ email, used_at: null })
      .update({ expires_at: new Date(Date.now() - 1000) });
    const expired = await useLink(late.token).expect(401);
    expect(expired.body.error).toMatchObject({ code: 'LOGIN_LINK_INVALID' });
    expect(expired.body.error.message).toMatch(/expired/);

    const tampered = `${late.token.slice(0, -1)}${late.token.endsWith('A') ? 'B' : 'A'}`;
    const forged = await useLink(tampered).expect(401);
    expect(forged.body.error).toMatchObject({ code: 'LOGIN_LINK_INVALID' });
    expect(forged.body.error.message).toMatch(/not valid/);

    const malformed = await useLink('short').expect(400);
    expect(malformed.body.error.fields).toHaveProperty('token');
  });

  it('answers a known and an unknown address exactly alike', async () => {
    const known = await cp.signUp(newEmail('exists'));
    const unknown = newEmail('nobody');
    const forKnown = await askForLink({ email: known.email });
    const forUnknown = await askForLink({ email: unknown });
    expect(forKnown.status).toBe(202);
    expect(forUnknown.status).toBe(forKnown.status);
    expect(forUnknown.text).toBe(forKnown.text);
    expect(Object.keys(forUnknown.headers).sort()).toEqual(Object.keys(forKnown.headers).sort());
    // Both get an email: for the unknown address, the link is how the account gets created.
    await linkTo(unknown);
  });

  it('refuses a password log-in to an account that has none, like an unknown email', async () => {
    const email = newEmail('nopassword');
    await askForLink({ email }).expect(202);
    await useLink((await linkTo(email)).token).expect(201);
    const login = (address: string) =>
      request(cp.app)
        .post('/api/v1/auth/login')
        .send({ email: address, password: 'correct horse battery' })
        .expect(401);
    const passwordless = await login(email);
    const ghost = await login(newEmail('ghost'));
    expect(passwordless.body.error).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      message: ghost.body.error.message,
    });
  });

  it('limits links per address, whether or not it has an account, and per client', async () => {
    const email = newEmail('limited');
    for (let attempt = 0; attempt < 3; attempt++) await askForLink({ email }, newIp()).expect(202);
    const limited = await askForLink({ email }, newIp()).expect(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

    const client = '198.51.100.7';
    for (let attempt = 0; attempt < 4; attempt++) {
      await askForLink({ email: newEmail('spray') }, client).expect(202);
    }
    await askForLink({ email: newEmail('spray') }, client).expect(429);
  });

  it.each([
    'https://evil.example/stores',
    '//evil.example',
    '/\\evil.example',
    'javascript:alert(1)',
    'stores',
    '/stores\n/x',
    '/\t/evil.example',
  ])('refuses next %j, naming the field', async (next) => {
    const response = await askForLink({ email: newEmail('next'), next }).expect(400);
    expect(Object.keys(response.body.error.fields)).toEqual(['next']);
  });

  it('carries a path of this site in the link as it was given', async () => {
    const email = newEmail('carry');
    const next = '/invitations/accept#token=abcDEF_123';
    await askForLink({ email, next }).expect(202);
    const { url } = await linkTo(email);
    expect(url.searchParams.get('next')).toBe(next);
  });

  it.each([
    [{}, ['email']],
    [{ email: 'not-an-email' }, ['email']],
    [{ email: 'a@example.com', locale: 'fr' }, ['locale']],
    [{ email: 'a@example.com', remember: true }, ['remember']],
  ])('answers 400 naming the fields for %j', async (body, fields) => {
    const response = await askForLink(body).expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual(fields);
  });
});
