import { countryChoices, normalizeRegion, regionFieldValue } from './address';

describe('normalizeRegion', () => {
  it.each([
    ['sp', 'BR', 'BR-SP'],
    [' BR-sp ', 'BR', 'BR-SP'],
    ['CA', 'US', 'US-CA'],
  ])('reads %p in %s as %s', (input, country, region) => {
    expect(normalizeRegion(input, country)).toEqual({ ok: true, region });
  });

  it('treats an empty field as no region', () => {
    expect(normalizeRegion('  ', 'BR')).toEqual({ ok: true, region: undefined });
  });

  it.each([
    ['US-CA', 'BR'],
    ['São Paulo', 'BR'],
    ['BR-ABCD', 'BR'],
  ])('refuses %p in %s', (input, country) => {
    expect(normalizeRegion(input, country)).toEqual({ ok: false });
  });

  it('shows the short code back in the field', () => {
    expect(regionFieldValue('BR-SP')).toBe('SP');
    expect(regionFieldValue(undefined)).toBe('');
  });
});

describe('countryChoices', () => {
  it('names countries in the shopper’s language, sorted by name', () => {
    const pt = countryChoices('pt-BR');
    expect(pt.find((c) => c.code === 'DE')?.name).toBe('Alemanha');
    const names = pt.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('pt-BR').compare));
  });
});
