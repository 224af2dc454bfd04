import { findStaffChangeRefusal } from './staff-rules';

const owner = 'owner-1';
const other = 'owner-2';
const staff = 'staff-1';

describe('the owner rules', () => {
  it('let anyone who manages staff change roles below owner', () => {
    expect(
      findStaffChangeRefusal({
        actorRole: 'admin',
        owners: [owner],
        change: { userId: staff, from: 'support', to: 'catalog_staff' },
      }),
    ).toBeUndefined();
    expect(
      findStaffChangeRefusal({
        actorRole: 'admin',
        owners: [owner],
        change: { userId: staff, from: 'support', to: null },
      }),
    ).toBeUndefined();
  });

  it.each([
    ['grant the owner role', { userId: staff, from: 'admin', to: 'owner' }],
    ['demote an owner', { userId: other, from: 'owner', to: 'admin' }],
    ['remove an owner', { userId: other, from: 'owner', to: null }],
  ] as const)('keep admins from being able to %s', (_what, change) => {
    expect(findStaffChangeRefusal({ actorRole: 'admin', owners: [owner, other], change })).toEqual({
      code: 'FORBIDDEN',
      message: expect.stringMatching(/^Only an owner/),
    });
    expect(
      findStaffChangeRefusal({ actorRole: 'owner', owners: [owner, other], change }),
    ).toBeUndefined();
  });

  it('never leave a store without an owner, whoever asks', () => {
    for (const actorRole of ['owner', null] as const) {
      for (const to of ['admin', null] as const) {
        expect(
          findStaffChangeRefusal({
            actorRole,
            owners: [owner],
            change: { userId: owner, from: 'owner', to },
          }),
        ).toEqual({ code: 'INVALID_STATE', message: expect.stringContaining('last owner') });
      }
    }
    expect(
      findStaffChangeRefusal({
        actorRole: 'owner',
        owners: [owner, other],
        change: { userId: owner, from: 'owner', to: null },
      }),
    ).toBeUndefined();
  });

  it('let the platform touch owners, and never refuse a role the member already has', () => {
    expect(
      findStaffChangeRefusal({
        actorRole: null,
        owners: [owner],
        change: { userId: staff, from: 'support', to: 'owner' },
      }),
    ).toBeUndefined();
    expect(
      findStaffChangeRefusal({
        actorRole: 'catalog_staff',
        owners: [owner],
        change: { userId: owner, from: 'owner', to: 'owner' },
      }),
    ).toBeUndefined();
  });
});
