import type { Permission } from '@mpb/contracts';

/** Whether the signed-in member may do something in the store they are managing. */
export type Can = (permission: Permission) => boolean;

/**
 * A checker over the permissions `GET /api/v1/admin/me` listed. Until they are known (or when
 * they could not be read) nothing is allowed: the UI hides an action rather than offer one the
 * server would refuse.
 */
export function permissionChecker(permissions: readonly Permission[] | null | undefined): Can {
  const granted = new Set(permissions ?? []);
  return (permission) => granted.has(permission);
}

export type SectionKey =
  | 'dashboard'
  | 'products'
  | 'collections'
  | 'import'
  | 'orders'
  | 'staff'
  | 'settings'
  | 'branding'
  | 'content'
  | 'shipping'
  | 'taxes'
  | 'coupons'
  | 'integrations'
  | 'help'
  | 'auditLog';

export type SectionGroup = 'main' | 'catalog' | 'settings' | 'more';

export interface Section {
  key: SectionKey;
  group: SectionGroup;
  /** Under `/stores/<id>/`. */
  path: string;
  /** What a member needs to open the page; its actions may need more. */
  permission: Permission;
}

/** The store admin's pages, in the order the sidebar lists them. */
export const manageSections: readonly Section[] = [
  { key: 'dashboard', group: 'main', path: 'dashboard', permission: 'analytics:read' },
  { key: 'orders', group: 'main', path: 'orders', permission: 'orders:read' },
  { key: 'products', group: 'catalog', path: 'products', permission: 'catalog:read' },
  { key: 'collections', group: 'catalog', path: 'collections', permission: 'catalog:read' },
  { key: 'import', group: 'catalog', path: 'import', permission: 'catalog:read' },
  { key: 'staff', group: 'main', path: 'staff', permission: 'staff:read' },
  { key: 'settings', group: 'settings', path: 'settings', permission: 'settings:read' },
  { key: 'branding', group: 'settings', path: 'settings/branding', permission: 'settings:read' },
  { key: 'content', group: 'settings', path: 'settings/pages', permission: 'settings:read' },
  { key: 'shipping', group: 'settings', path: 'settings/shipping', permission: 'settings:read' },
  { key: 'taxes', group: 'settings', path: 'settings/taxes', permission: 'settings:read' },
  { key: 'coupons', group: 'settings', path: 'settings/coupons', permission: 'discounts:read' },
  { key: 'integrations', group: 'more', path: 'integrations', permission: 'settings:read' },
  { key: 'help', group: 'more', path: 'help', permission: 'admin:access' },
  { key: 'auditLog', group: 'more', path: 'audit-log', permission: 'audit:read' },
];

export function visibleSections(can: Can): Section[] {
  return manageSections.filter((section) => can(section.permission));
}

/** Where a member lands in the store admin: the first page they may open (help at worst). */
export function firstSectionPath(can: Can): string {
  return visibleSections(can)[0]?.path ?? 'help';
}

/** The section a pathname is in (`/stores/<id>/orders/<orderId>` is in orders), if any. */
export function sectionOfPath(pathname: string): Section | undefined {
  const rest = /^\/stores\/[^/]+\/(.+?)\/?$/.exec(pathname)?.[1];
  if (!rest) return undefined;
  // The longest matching path wins: settings/shipping is not settings.
  return [...manageSections]
    .sort((a, b) => b.path.length - a.path.length)
    .find((section) => rest === section.path || rest.startsWith(`${section.path}/`));
}

/**
 * Whether a page of the platform gets the wide layout (the store admin and the operator
 * pages hold tables), rather than the narrow column of forms and the wizard.
 */
export function isWidePath(pathname: string): boolean {
  if (pathname === '/operator' || pathname.startsWith('/operator/')) return true;
  return sectionOfPath(pathname) !== undefined;
}
