import { randomUUID } from 'node:crypto';
import {
  hasBearerToken,
  revalidateBodySchema,
  tagsToRevalidate,
  validationFields,
} from './revalidate-request';

describe('revalidateBodySchema', () => {
  it('accepts what the cell worker sends', () => {
    const body = {
      tenantId: randomUUID(),
      hosts: ['shop.localhost:8080', 'shop.example.com'],
      productHandles: ['blue-mug'],
    };
    expect(revalidateBodySchema.parse(body)).toEqual(body);
    expect(revalidateBodySchema.parse({ hosts: ['shop.example.com'], all: true })).toEqual({
      hosts: ['shop.example.com'],
      all: true,
    });
  });

  it.each([
    [{}, 'hosts'],
    [{ hosts: [] }, 'hosts'],
    [{ hosts: ['shop.example.com/evil'] }, 'hosts.0'],
    [{ hosts: ['shop example.com'] }, 'hosts.0'],
    [{ hosts: ['a.example'], productHandles: ['Not A Handle!'] }, 'productHandles.0'],
    [{ hosts: ['a.example'], tenantId: 'tenant-1' }, 'tenantId'],
    [{ hosts: ['a.example'], all: 'yes' }, 'all'],
    [{ hosts: ['a.example'], extra: 1 }, 'body'],
    [{ hosts: Array.from({ length: 51 }, (_, i) => `s${i}.example`) }, 'hosts'],
  ])('refuses %p, naming %s', (body, field) => {
    const parsed = revalidateBodySchema.safeParse(body);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(validationFields(parsed.error))).toContain(field);
  });
});

describe('tagsToRevalidate', () => {
  it('revalidates the changed products and the store’s listings on every host', () => {
    expect(
      tagsToRevalidate({
        hosts: ['Shop.localhost:8080', 'shop.example.com'],
        productHandles: ['blue-mug', 'red-mug'],
      }),
    ).toEqual([
      'listings:shop.localhost',
      'product:shop.localhost:blue-mug',
      'product:shop.localhost:red-mug',
      'listings:shop.example.com',
      'product:shop.example.com:blue-mug',
      'product:shop.example.com:red-mug',
    ]);
  });

  it('revalidates everything of the store with `all` or without products', () => {
    expect(tagsToRevalidate({ hosts: ['a.example'], all: true, productHandles: ['x'] })).toEqual([
      'store:a.example',
    ]);
    expect(tagsToRevalidate({ hosts: ['a.example', 'a.example:8080'] })).toEqual([
      'store:a.example',
    ]);
  });

  it('never names a host it was not given', () => {
    const tags = tagsToRevalidate({ hosts: ['a.example'], productHandles: ['mug'] });
    expect(tags.every((tag) => tag.includes(':a.example'))).toBe(true);
  });
});

describe('hasBearerToken', () => {
  const token = 'a-long-enough-shared-secret';

  it('accepts exactly the configured token', () => {
    expect(hasBearerToken(`Bearer ${token}`, token)).toBe(true);
  });

  it.each([
    [null],
    [''],
    [token],
    [`Basic ${token}`],
    [`Bearer ${token}x`],
    [`Bearer ${token.slice(0, -1)}`],
    ['Bearer '],
  ])('refuses %p', (header) => {
    expect(hasBearerToken(header, token)).toBe(false);
  });
});
