import { rolePermissions, type MemberRole } from '@mpb/contracts';
import {
  firstSectionPath,
  isWidePath,
  permissionChecker,
  sectionOfPath,
  visibleSections,
} from './manage-sections';

const asRole = (role: MemberRole) => permissionChecker(rolePermissions[role]);

describe('permissionChecker', () => {
  it('allows exactly the permissions listed', () => {
    const can = permissionChecker(['catalog:read', 'catalog:write']);
    expect(can('catalog:write')).toBe(true);
    expect(can('orders:read')).toBe(false);
  });

  it('allows nothing before the membership is known or when it could not be read', () => {
    expect(permissionChecker(undefined)('admin:access')).toBe(false);
    expect(permissionChecker(null)('admin:access')).toBe(false);
  });
});

describe('visibleSections', () => {
  const keys = (role: MemberRole) => visibleSections(asRole(role)).map((section) => section.key);

  it('shows catalog staff the catalog and help, and no orders, staff, settings or audit', () => {
    expect(keys('catalog_staff')).toEqual(['products', 'collections', 'import', 'help']);
  });

  it('shows orders staff the orders and help only', () => {
    expect(keys('orders_staff')).toEqual(['orders', 'help']);
  });

  it('shows owners every section', () => {
    expect(keys('owner')).toHaveLength(15);
    expect(keys('owner')).toContain('auditLog');
  });

  it('leaves admins the same sections as owners (they differ on owners only)', () => {
    expect(keys('admin')).toEqual(keys('owner'));
  });
});

describe('firstSectionPath', () => {
  it.each([
    ['owner', 'dashboard'],
    ['catalog_staff', 'products'],
    ['orders_staff', 'orders'],
    ['support', 'orders'],
  ] as const)('lands a %s on %s', (role, path) => {
    expect(firstSectionPath(asRole(role))).toBe(path);
  });

  it('lands someone with no permissions on help', () => {
    expect(firstSectionPath(permissionChecker([]))).toBe('help');
  });
});

describe('sectionOfPath', () => {
  it.each([
    ['/stores/abc/orders', 'orders'],
    ['/stores/abc/orders/123', 'orders'],
    ['/stores/abc/settings', 'settings'],
    ['/stores/abc/settings/shipping', 'shipping'],
    ['/stores/abc/products/new', 'products'],
    ['/stores/abc/audit-log/', 'auditLog'],
  ])('finds the section of %s', (path, key) => {
    expect(sectionOfPath(path)?.key).toBe(key);
  });

  it.each(['/stores', '/stores/abc', '/stores/abc/setup/identity', '/stores/new', '/login'])(
    'finds none for %s',
    (path) => {
      expect(sectionOfPath(path)).toBeUndefined();
    },
  );
});

describe('isWidePath', () => {
  it('widens the store admin and the operator pages, not the forms and the wizard', () => {
    expect(isWidePath('/stores/abc/orders')).toBe(true);
    expect(isWidePath('/operator/tickets')).toBe(true);
    expect(isWidePath('/stores/abc/setup/catalog')).toBe(false);
    expect(isWidePath('/stores/new')).toBe(false);
    expect(isWidePath('/operators')).toBe(false);
  });
});
