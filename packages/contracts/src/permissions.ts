import { z } from 'zod';
import { memberRoles, type MemberRole } from './common';

/**
 * What a member of a store may do, one permission per kind of action. Every admin route of a
 * store names the one it needs (`RouteSpec.permission`), the cell checks it on every request,
 * and the admin app hides what the member's permissions (`GET /api/v1/admin/me`) leave out.
 * A permission without routes yet (customers, payments, analytics, support) is here so that
 * roles stay stable when those routes arrive.
 */
export const permissionDescriptions = {
  'admin:access': 'Open the store admin and read one’s own membership',
  'catalog:read': 'Read products, variants, images, collections, categories, imports, exports',
  'catalog:write': 'Create, change and delete all of those, import and export the catalog',
  'orders:read': 'Read orders, their timeline and packing slips',
  'orders:fulfil': 'Mark orders shipped (with tracking) and delivered',
  'orders:cancel': 'Cancel orders; a paid one is refunded in full',
  'orders:refund': 'Refund part or all of a paid order',
  'customers:read': 'Read the store’s customers',
  'discounts:read': 'Read coupons',
  'discounts:write': 'Create, change and delete coupons',
  'settings:read': 'Read the store’s settings, shipping zones and tax rates',
  'settings:write': 'Change the store’s settings, shipping zones and tax rates',
  'payments:manage': 'Connect and manage the store’s payment account',
  'analytics:read': 'Read sales and traffic reports',
  'staff:read': 'List the store’s members and their roles',
  'staff:manage': 'Change members’ roles (below owner) and remove members',
  'owners:manage': 'Grant and remove the owner role, change or remove an owner',
  'audit:read': 'Read the audit log',
  'support:read': 'Read the store’s support tickets',
  'support:write': 'Open and answer the store’s support tickets',
} as const satisfies Record<`${string}:${string}`, string>;

export type Permission = keyof typeof permissionDescriptions;
export const permissions = Object.keys(permissionDescriptions) as [Permission, ...Permission[]];
export const permissionSchema = z.enum(permissions);

const readOnlyStaff: readonly Permission[] = [
  'admin:access',
  'catalog:read',
  'orders:read',
  'customers:read',
];

/**
 * Each role's permissions. Owners may do everything; admins everything but managing owners.
 * Orders staff fulfil orders but do not move money: cancelling and refunding stay with owners
 * and admins (ADR 0015).
 */
export const rolePermissions: Record<MemberRole, readonly Permission[]> = {
  owner: permissions,
  admin: permissions.filter((permission) => permission !== 'owners:manage'),
  catalog_staff: ['admin:access', 'catalog:read', 'catalog:write'],
  orders_staff: ['admin:access', 'orders:read', 'orders:fulfil', 'customers:read'],
  support: [...readOnlyStaff, 'support:read', 'support:write'],
};

const permissionSets = new Map(
  memberRoles.map((role) => [role, new Set<Permission>(rolePermissions[role])]),
);

export function hasPermission(role: MemberRole, permission: Permission): boolean {
  return permissionSets.get(role)?.has(permission) ?? false;
}
