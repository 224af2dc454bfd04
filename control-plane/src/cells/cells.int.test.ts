import request from 'supertest';
import { createSuperAdmin } from '../accounts/create-super-admin';
import { createControlPlaneHarness, type ControlPlaneHarness } from '../test/control-plane-harness';

let cp: ControlPlaneHarness;

beforeAll(async () => {
  cp = await createControlPlaneHarness();
});
afterAll(async () => {
  await cp.close();
});

const cellBody = {
  kind: 'shared',
  region: 'local',
  capacity: 2000,
  apiUrl: 'http://127.0.0.1:4101',
  storefrontUrl: 'http://127.0.0.1:4201',
};

describe('the cell registry', () => {
  it('registers a cell through the internal API, idempotently, and announces it to routers', async () => {
    const internal = { authorization: `Bearer ${cp.config.INTERNAL_API_TOKEN}` };
    await request(cp.app)
      .put('/internal/v1/cells/shared-9')
      .set(internal)
      .send(cellBody)
      .expect(200);
    const again = await request(cp.app)
      .put('/internal/v1/cells/shared-9')
      .set(internal)
      .send({ ...cellBody, capacity: 1500 })
      .expect(200);
    expect(again.body).toMatchObject({
      id: 'shared-9',
      capacity: 1500,
      tenantCount: 0,
      status: 'active',
    });
    const announced = await cp.redis.redis.hget(`${cp.redis.prefix}cells`, 'shared-9');
    expect(JSON.parse(announced ?? '{}')).toMatchObject({
      id: 'shared-9',
      apiUrl: cellBody.apiUrl,
    });
  });

  it('refuses internal calls without the internal token, and validates registrations', async () => {
    await request(cp.app).put('/internal/v1/cells/shared-9').send(cellBody).expect(401);
    await request(cp.app).get('/internal/v1/cells').set('authorization', 'Bearer nope').expect(401);
    const bad = await request(cp.app)
      .put('/internal/v1/cells/Bad_Id')
      .set('authorization', `Bearer ${cp.config.INTERNAL_API_TOKEN}`)
      .send({ ...cellBody, capacity: 0, apiUrl: 'nope' })
      .expect(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(
      expect.arrayContaining(['id', 'capacity', 'apiUrl']),
    );
  });

  it('shows the registry to super-admins only', async () => {
    const user = await cp.signUp();
    await request(cp.app).get('/api/v1/cells').expect(401);
    const forbidden = await request(cp.app)
      .get('/api/v1/cells')
      .set('authorization', `Bearer ${user.token}`)
      .expect(403);
    expect(forbidden.body.error.code).toBe('FORBIDDEN');
    await createSuperAdmin(cp.database.app, { email: user.email, password: 'operator password 1' });
    const listed = await request(cp.app)
      .get('/api/v1/cells')
      .set('authorization', `Bearer ${user.token}`)
      .expect(200);
    expect(listed.body.items.map((cell: { id: string }) => cell.id)).toContain('shared-9');
  });

  it('is not reachable at /internal without the token even for super-admins’ user tokens', async () => {
    const user = await cp.signUp();
    await createSuperAdmin(cp.database.app, { email: user.email, password: 'operator password 1' });
    await request(cp.app)
      .get('/internal/v1/cells')
      .set('authorization', `Bearer ${user.token}`)
      .expect(401);
  });

  it('serves the platform OpenAPI document generated from the contracts', async () => {
    const response = await request(cp.app).get('/api/v1/openapi.json').expect(200);
    expect(response.body.info.title).toContain('platform');
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/signup',
        '/api/v1/auth/login',
        '/api/v1/tenants',
        '/api/v1/tenants/{id}',
        '/api/v1/tenants/{id}/publish',
        '/api/v1/cells',
      ]),
    );
    const signup = response.body.paths['/api/v1/auth/signup'].post;
    expect(signup.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Credentials',
    });
    expect(response.body.components.schemas.Credentials).toMatchObject({
      type: 'object',
      required: ['email', 'password'],
      properties: {
        email: expect.any(Object),
        password: expect.objectContaining({ minLength: 10 }),
      },
    });
    expect(signup.responses['409']).toBeDefined();
  });
});
