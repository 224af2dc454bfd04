import { isSameOriginPost, seeOther } from './same-origin';

describe('isSameOriginPost', () => {
  it('accepts a post from a page of the same store', () => {
    expect(isSameOriginPost('http://shop.localhost:8080', 'shop.localhost:8080')).toBe(true);
    expect(isSameOriginPost('https://Shop.Example.com', 'shop.example.com')).toBe(true);
  });

  it.each([
    ['https://evil.example', 'shop.example.com'],
    ['https://shop.example.com.evil.example', 'shop.example.com'],
    ['http://other.localhost:8080', 'shop.localhost:8080'],
    ['null', 'shop.example.com'],
    [null, 'shop.example.com'],
  ])('refuses a post from %p to %s', (origin, host) => {
    expect(isSameOriginPost(origin, host)).toBe(false);
  });
});

describe('seeOther', () => {
  it('redirects with a GET to a path of the store', () => {
    const response = seeOther('/account');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/account');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
