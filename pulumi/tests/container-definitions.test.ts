import { containerDefinition, type ContainerSpec } from '../src/container-definitions';

const spec: ContainerSpec = {
  name: 'cell-runtime',
  image: 'cell-runtime:1.0.0',
  ports: [4100, 9500],
  environment: { CELL_ID: 'c1', REDIS_KEY_PREFIX: 'cell:c1:' },
  secrets: { DATABASE_URL: 'arn:aws:secretsmanager:eu-west-1:1:secret:db' },
  logGroupName: '/mpb/staging/c1/cell-runtime',
  region: 'eu-west-1',
};

it('passes secrets by reference and settings by value', () => {
  const definition = containerDefinition(spec);
  expect(definition.secrets).toEqual([
    { name: 'DATABASE_URL', valueFrom: 'arn:aws:secretsmanager:eu-west-1:1:secret:db' },
  ]);
  expect(definition.environment).toEqual([
    { name: 'CELL_ID', value: 'c1' },
    { name: 'REDIS_KEY_PREFIX', value: 'cell:c1:' },
  ]);
  expect(definition.portMappings.map((mapping) => mapping.containerPort)).toEqual([4100, 9500]);
  expect(definition.logConfiguration.options).toMatchObject({
    'awslogs-group': spec.logGroupName,
    'awslogs-region': 'eu-west-1',
  });
});

it.each([
  'DATABASE_URL',
  'REDIS_URL',
  'INTERNAL_API_TOKEN',
  'DB_PASSWORD',
  'AUTH_SIGNING_KEY',
  'CLIENT_SECRET',
])('refuses %s as a plain environment variable', (name) => {
  expect(() =>
    containerDefinition({ ...spec, environment: { ...spec.environment, [name]: 'x' } }),
  ).toThrow(/must be passed as secrets/);
});
