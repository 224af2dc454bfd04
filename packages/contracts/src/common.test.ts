import {
  createTenantBodySchema,
  emailSchema,
  moneySchema,
  reservedSlugs,
  slugSchema,
  toHandle,
} from './index';

describe('slugs', () => {
  it.each(['abc', 'loja-da-ana', 'a1-b2-c3', 'x'.repeat(40)])('accepts %s', (slug) => {
    expect(slugSchema.parse(slug)).toBe(slug);
  });

  it('lower-cases and trims', () => {
    expect(slugSchema.parse('  Loja-Ana ')).toBe('loja-ana');
  });

  it.each(['ab', 'x'.repeat(41), '-abc', 'abc-', 'a--b', 'a_b', 'loja ana', 'café'])(
    'refuses %s',
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(false);
    },
  );

  it('reserves the platform’s own names', () => {
    for (const slug of ['www', 'admin', 'api']) expect(reservedSlugs.has(slug)).toBe(true);
    expect(reservedSlugs.has('loja-da-ana')).toBe(false);
  });
});

describe('toHandle', () => {
  it.each([
    ['Café Azul!', 'cafe-azul'],
    ['  Tênis   de Corrida  ', 'tenis-de-corrida'],
    ['Año Nuevo — 2027', 'ano-nuevo-2027'],
    ['!!!', ''],
  ])('turns %j into %j', (text, handle) => {
    expect(toHandle(text)).toBe(handle);
  });

  it('never ends on a hyphen after truncating', () => {
    expect(toHandle('abc def', 4)).toBe('abc');
  });
});

describe('money and emails', () => {
  it('takes integer minor units only', () => {
    expect(moneySchema.parse(1990)).toBe(1990);
    expect(moneySchema.safeParse(19.9).success).toBe(false);
    expect(moneySchema.safeParse(-1).success).toBe(false);
    expect(moneySchema.safeParse('1990').success).toBe(false);
  });

  it('normalises emails to lower case', () => {
    expect(emailSchema.parse(' Ana@Example.COM ')).toBe('ana@example.com');
    expect(emailSchema.safeParse('ana@').success).toBe(false);
  });
});

describe('the create-store body', () => {
  it('defaults the template and refuses unknown fields', () => {
    const body = {
      name: 'Loja',
      slug: 'loja',
      niche: 'food',
      currency: 'BRL',
      language: 'pt-BR',
      country: 'BR',
    };
    expect(createTenantBodySchema.parse(body).template).toBe('classic');
    expect(createTenantBodySchema.safeParse({ ...body, cellId: 'shared-1' }).success).toBe(false);
  });
});
