import { magicLinkDestination, readLinkParams, safeNextPath } from './magic-link';

const origin = 'http://localhost:8080';

describe('the address of an emailed link', () => {
  it('gives its token and next', () => {
    expect(readLinkParams('?token=abc_DEF-1&next=%2Finvitations%2Faccept%23token%3Dx')).toEqual({
      token: 'abc_DEF-1',
      next: '/invitations/accept#token=x',
    });
    expect(readLinkParams('')).toEqual({ token: null, next: null });
  });
});

describe('safeNextPath', () => {
  it.each([
    ['/stores', '/stores'],
    ['/stores/new?from=link', '/stores/new?from=link'],
    ['/invitations/accept#token=abc_DEF-123', '/invitations/accept#token=abc_DEF-123'],
  ])('follows %s', (next, expected) => {
    expect(safeNextPath(next, origin)).toBe(expected);
  });

  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example/stores',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'stores',
    ' /stores',
  ])('refuses %j', (next) => {
    expect(safeNextPath(next, origin)).toBeNull();
  });
});

describe('magicLinkDestination', () => {
  const elsewhere = () => Promise.resolve('/stores');

  it('goes back to an invitation waiting in this tab first', async () => {
    await expect(
      magicLinkDestination({
        invitationPath: '/invitations/accept#token=a',
        next: '/stores',
        created: true,
        signInDestination: elsewhere,
      }),
    ).resolves.toBe('/invitations/accept#token=a');
  });

  it('then to next, then the wizard for a new account, then where logging in leads', async () => {
    const base = { invitationPath: null, signInDestination: elsewhere };
    await expect(
      magicLinkDestination({ ...base, next: '/invitations/accept#token=b', created: true }),
    ).resolves.toBe('/invitations/accept#token=b');
    await expect(magicLinkDestination({ ...base, next: null, created: true })).resolves.toBe(
      '/stores/new',
    );
    const resumed = () => Promise.resolve('/stores/s1/setup/catalog');
    await expect(
      magicLinkDestination({ ...base, next: null, created: false, signInDestination: resumed }),
    ).resolves.toBe('/stores/s1/setup/catalog');
  });
});
