import { normaliseHost } from './index';

describe('normaliseHost', () => {
  it.each([
    ['Shop.LocalHost:8080', 'shop.localhost'],
    ['shop.example.com.', 'shop.example.com'],
    ['shop.example.com', 'shop.example.com'],
    ['localhost', 'localhost'],
  ])('reads %s as %s', (header, host) => {
    expect(normaliseHost(header)).toBe(host);
  });

  it.each([undefined, '', '[::1]:8080', 'x'.repeat(300)])('refuses %j', (header) => {
    expect(normaliseHost(header)).toBeUndefined();
  });
});
