import { productBody, productFormValues } from './product-form-values';

describe('productBody', () => {
  const values = {
    ...productFormValues(null, 'pt-BR'),
    title: 'Caneca Azul',
    price: '29,90',
    compareAtPrice: '',
    tags: 'cozinha, Presente, ',
    stock: '5',
  };

  it('turns the typed fields into the create body the server validates the same way', () => {
    const result = productBody(values, 'BRL', 'create');
    expect(result).toEqual({
      ok: true,
      body: expect.objectContaining({
        title: 'Caneca Azul',
        price: 2990,
        compareAtPrice: null,
        stock: 5,
        status: 'active',
        tags: ['cozinha', 'presente'],
        seoTitle: null,
      }),
    });
  });

  it('reports a price that is not an amount and the schema’s own problems together', () => {
    const result = productBody({ ...values, title: '', price: '2x' }, 'BRL', 'create');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.money.price?.reason).toBe('invalid');
    expect(result.issues?.issues.map((issue) => issue.path.join('.'))).toContain('title');
  });

  it('does not send stock when updating (variants carry it)', () => {
    const result = productBody({ ...values, stock: 'x' }, 'BRL', 'update');
    expect(result.ok && 'stock' in result.body).toBe(false);
    expect(result.ok).toBe(true);
  });
});
