import request from 'supertest';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';

let cp: ControlPlaneHarness;

beforeAll(async () => {
  cp = await createControlPlaneHarness({
    LOGIN_ATTEMPTS_PER_EMAIL: '3',
    SIGNUPS_PER_IP_PER_HOUR: '1000',
  });
});
afterAll(async () => {
  await cp.close();
});

describe('sign-up', () => {
  it('creates an account and answers 201 with a token that identifies the user', async () => {
    const response = await request(cp.app)
      .post('/api/v1/auth/signup')
      .send({ email: '  New.User@Example.COM ', password: 'correct horse battery' })
      .expect(201);
    expect(response.body.user).toMatchObject({
      email: 'new.user@example.com',
      isSuperAdmin: false,
    });
    expect(response.body.expiresIn).toBe(900);
    const me = await request(cp.app)
      .get('/api/v1/auth/me')
      .set('authorization', `Bearer ${response.body.token}`)
      .expect(200);
    expect(me.body).toMatchObject({
      id: response.body.user.id,
      email: 'new.user@example.com',
      tenants: [],
    });
  });

  it('stores the password as an argon2id hash, never in clear', async () => {
    await cp.signUp('hash@example.com');
    const row = await cp.database.app('users').where({ email: 'hash@example.com' }).first();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('correct horse battery');
  });

  it('answers 409 for an email already registered, whatever its case', async () => {
    await cp.signUp('taken@example.com');
    const response = await request(cp.app)
      .post('/api/v1/auth/signup')
      .send({ email: 'TAKEN@example.com', password: 'another long password' })
      .expect(409);
    expect(response.body.error).toMatchObject({
      code: 'EMAIL_TAKEN',
      fields: { email: expect.any(String) },
    });
  });

  it.each([
    [{ password: 'correct horse battery' }, 'email'],
    [{ email: 'not-an-email', password: 'correct horse battery' }, 'email'],
    [{ email: 'a@example.com', password: 'short' }, 'password'],
    [{ email: 'a@example.com', password: 'x'.repeat(300) }, 'password'],
    [{ email: 'a@example.com', password: 'correct horse battery', role: 'admin' }, 'role'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const response = await request(cp.app).post('/api/v1/auth/signup').send(body).expect(400);
    expect(response.body.error.fields).toHaveProperty([field]);
  });

  it('answers 413 to an oversized body and 415 to a form post', async () => {
    await request(cp.app)
      .post('/api/v1/auth/signup')
      .send({ email: 'a@example.com', password: 'p'.repeat(300 * 1024) })
      .expect(413);
    await request(cp.app)
      .post('/api/v1/auth/signup')
      .type('form')
      .send('email=a@example.com')
      .expect(415);
  });
});

describe('log-in, refresh and log-out', () => {
  it('logs in with the right password and refuses a wrong one or an unknown email the same way', async () => {
    const user = await cp.signUp();
    const ok = await request(cp.app)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'correct horse battery' })
      .expect(200);
    expect(ok.body.token).toEqual(expect.any(String));
    const wrong = await request(cp.app)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'wrong password!' })
      .expect(401);
    const unknown = await request(cp.app)
      .post('/api/v1/auth/login')
      .send({ email: 'ghost@example.com', password: 'wrong password!' })
      .expect(401);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.body.error).toMatchObject({
      code: wrong.body.error.code,
      message: wrong.body.error.message,
    });
  });

  it('limits repeated log-in attempts per email with 429 and Retry-After', async () => {
    const user = await cp.signUp();
    for (let attempt = 0; attempt < 3; attempt++) {
      await request(cp.app)
        .post('/api/v1/auth/login')
        .send({ email: user.email, password: 'wrong password!' })
        .expect(401);
    }
    const limited = await request(cp.app)
      .post('/api/v1/auth/login')
      .send({ email: user.email, password: 'correct horse battery' })
      .expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('rotates the refresh token, and ends every session when a used one comes back', async () => {
    const user = await cp.signUp();
    const first = await request(cp.app)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken })
      .expect(200);
    expect(first.body.refreshToken).not.toBe(user.refreshToken);
    await request(cp.app)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken })
      .expect(401);
    // The reuse above revoked the rotated session too.
    await request(cp.app)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: first.body.refreshToken })
      .expect(401);
  });

  it('logs out by ending the session of a refresh token', async () => {
    const user = await cp.signUp();
    await request(cp.app)
      .post('/api/v1/auth/logout')
      .send({ refreshToken: user.refreshToken })
      .expect(204);
    await request(cp.app)
      .post('/api/v1/auth/refresh')
      .send({ refreshToken: user.refreshToken })
      .expect(401);
  });

  it('answers 401 to /me without a token or with a garbage one', async () => {
    await request(cp.app).get('/api/v1/auth/me').expect(401);
    await request(cp.app)
      .get('/api/v1/auth/me')
      .set('authorization', 'Bearer not.a.jwt')
      .expect(401);
  });

  it('publishes its public signing key as a JWKS, and no private part', async () => {
    const response = await request(cp.app).get('/.well-known/jwks.json').expect(200);
    expect(response.body.keys).toHaveLength(1);
    expect(response.body.keys[0]).toMatchObject({
      kty: 'OKP',
      crv: 'Ed25519',
      alg: 'EdDSA',
      use: 'sig',
    });
    expect(response.body.keys[0]).not.toHaveProperty('d');
  });
});

describe('bad input on the session routes', () => {
  it.each([
    ['/api/v1/auth/login', {}, ['email', 'password']],
    ['/api/v1/auth/login', { email: 'nope', password: '' }, ['email', 'password']],
    ['/api/v1/auth/login', { email: 'a@example.com', password: 'x', remember: true }, ['remember']],
    ['/api/v1/auth/refresh', {}, ['refreshToken']],
    ['/api/v1/auth/refresh', { refreshToken: 'x'.repeat(600) }, ['refreshToken']],
    ['/api/v1/auth/logout', { refreshToken: 42 }, ['refreshToken']],
  ])('%s answers 400 naming the fields for %j', async (path, body, fields) => {
    const response = await request(cp.app).post(path).send(body).expect(400);
    expect(Object.keys(response.body.error.fields).sort()).toEqual([...fields].sort());
  });
});
