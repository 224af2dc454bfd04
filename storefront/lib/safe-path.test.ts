import { safeReturnPath } from './safe-path';

describe('safeReturnPath', () => {
  it.each([
    ['/account', '/account'],
    ['/account/orders/abc?tab=1#top', '/account/orders/abc?tab=1#top'],
    ['/', '/'],
    ['/search?q=caf%C3%A9', '/search?q=caf%C3%A9'],
  ])('keeps the same-site path %p', (path, expected) => {
    expect(safeReturnPath(path)).toBe(expected);
  });

  it.each([
    ['//evil.example/phish'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['https://evil.example/'],
    ['javascript:alert(1)'],
    ['account'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    [''],
    ['/' + 'a'.repeat(600)],
    [undefined],
    [42],
  ])('refuses %p', (value) => {
    expect(safeReturnPath(value)).toBeUndefined();
  });
});
