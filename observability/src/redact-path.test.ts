import { redactPath } from './redact-path';

describe('redactPath', () => {
  it('hides cart ids, which are the cart’s only credential', () => {
    expect(redactPath('/api/v1/carts/c_9f2kQx7LmN3pR8sT/items/abc')).toBe(
      '/api/v1/carts/:cartId/items/abc',
    );
    expect(redactPath('/api/v1/carts/c_9f2kQx7LmN3pR8sT')).toBe('/api/v1/carts/:cartId');
  });

  it('drops the query string, where sign-in and order-status tokens travel', () => {
    expect(redactPath('/api/v1/orders/42?token=secret')).toBe('/api/v1/orders/42');
    expect(redactPath('/account/login?token=secret&next=/x')).toBe('/account/login');
  });

  it('keeps every other path as it is', () => {
    expect(redactPath('/api/v1/carts')).toBe('/api/v1/carts');
    expect(redactPath('/products/caneca')).toBe('/products/caneca');
  });
});
