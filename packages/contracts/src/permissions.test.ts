import { memberRoles } from './common';
import { hasPermission, permissions, rolePermissions, type Permission } from './permissions';

const rolesWith = (permission: Permission) =>
  memberRoles.filter((role) => hasPermission(role, permission));

describe('the permission table', () => {
  it('gives owners every permission', () => {
    expect([...rolePermissions.owner].sort()).toEqual([...permissions].sort());
  });

  it('gives admins everything but managing owners', () => {
    expect(permissions.filter((permission) => !hasPermission('admin', permission))).toEqual([
      'owners:manage',
    ]);
  });

  it('gives every permission to at least one role, and only owners manage owners', () => {
    for (const permission of permissions) expect(rolesWith(permission)).not.toEqual([]);
    expect(rolesWith('owners:manage')).toEqual(['owner']);
  });

  it('lets every role open the admin', () => {
    expect(rolesWith('admin:access')).toEqual([...memberRoles]);
  });

  it('names only known permissions, once each', () => {
    for (const role of memberRoles) {
      const granted = rolePermissions[role];
      expect(new Set(granted).size).toBe(granted.length);
      for (const permission of granted) expect(permissions).toContain(permission);
    }
  });

  it('keeps support read-only, apart from its tickets', () => {
    const writes = rolePermissions.support.filter(
      (permission) => !permission.endsWith(':read') && permission !== 'admin:access',
    );
    expect(writes).toEqual(['support:write']);
    expect(rolePermissions.support).toEqual(
      expect.arrayContaining(['catalog:read', 'orders:read', 'customers:read', 'support:read']),
    );
  });

  it('confines catalog staff to the catalog', () => {
    expect(rolePermissions.catalog_staff).toEqual([
      'admin:access',
      'catalog:read',
      'catalog:write',
    ]);
  });

  it('lets orders staff read and fulfil orders but not move money', () => {
    expect(rolePermissions.orders_staff).toEqual(
      expect.arrayContaining(['orders:read', 'orders:fulfil', 'customers:read']),
    );
    expect(hasPermission('orders_staff', 'orders:refund')).toBe(false);
    expect(hasPermission('orders_staff', 'orders:cancel')).toBe(false);
    expect(hasPermission('orders_staff', 'catalog:write')).toBe(false);
  });

  it('keeps staff, settings, payments and the audit log with owners and admins', () => {
    for (const permission of [
      'staff:read',
      'staff:manage',
      'settings:write',
      'payments:manage',
      'audit:read',
    ] as const) {
      expect(rolesWith(permission)).toEqual(['owner', 'admin']);
    }
  });
});
