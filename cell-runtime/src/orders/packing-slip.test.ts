import { renderPackingSlip, type PackingSlipInput } from './packing-slip';

const input = (overrides: Partial<PackingSlipInput> = {}): PackingSlipInput => ({
  storeName: 'Loja "Azul" & Cia',
  language: 'pt-BR',
  timeZone: 'America/Sao_Paulo',
  order: {
    number: 1042,
    // 01:30 UTC on 4 March is still 3 March in São Paulo.
    placedAt: new Date('2025-03-04T01:30:00Z'),
    shippingMethod: 'PAC',
    shippingAddress: {
      name: 'Maria <b>Souza</b>',
      line1: 'Rua das Flores, 10',
      city: 'São Paulo',
      region: 'BR-SP',
      postalCode: '01000-000',
      country: 'BR',
    },
    lines: [
      { title: '<script>alert(1)</script>', sku: 'SKU-<1>', quantity: 2 },
      { title: 'Vaso', sku: null, quantity: 1 },
    ],
  },
  ...overrides,
});

describe('the packing slip', () => {
  it('escapes every value from the store and the order', () => {
    const html = renderPackingSlip(input());
    expect(html).not.toMatch(/<script>|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('SKU-&lt;1&gt;');
    expect(html).toContain('Maria &lt;b&gt;Souza&lt;/b&gt;');
    expect(html).toContain('Loja &quot;Azul&quot; &amp; Cia');
  });

  it('is in the store’s language, dated in its time zone, with units and no prices', () => {
    const html = renderPackingSlip(input());
    expect(html).toContain('<html lang="pt-BR">');
    expect(html).toContain('Romaneio de envio');
    expect(html).toContain('Pedido #1042');
    expect(html).toContain('3 de março de 2025');
    expect(html).toContain('01000-000 São Paulo SP');
    expect(html).toContain('Brasil');
    expect(html).toMatch(/Total de unidades<\/td><td class="qty">3</);
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/R\$/);
  });

  it('speaks English and Spanish, and falls back to English', () => {
    expect(renderPackingSlip(input({ language: 'en' }))).toContain('Packing slip');
    expect(renderPackingSlip(input({ language: 'es' }))).toContain('Lista de empaque');
    const unknown = renderPackingSlip(input({ language: 'fr' }));
    expect(unknown).toContain('<html lang="en">');
    expect(unknown).toContain('Ship to');
  });

  it('says when there is no address', () => {
    const html = renderPackingSlip(
      input({
        language: 'en',
        order: { ...input().order, shippingAddress: null, shippingMethod: null },
      }),
    );
    expect(html).toContain('No shipping address');
    expect(html).not.toContain('Shipping method');
  });
});
