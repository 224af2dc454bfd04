import type { Page, PageKind, PublicPage, PublicPageLink } from '@mpb/contracts';
import { isUniqueViolation } from '@mpb/db';
import { AppError } from '@mpb/http';

export interface PageRow {
  id: string;
  tenant_id: string;
  kind: PageKind;
  title: string;
  handle: string;
  body: string;
  published: boolean;
  position: number;
  seo_title: string | null;
  seo_description: string | null;
  created_at: Date;
  updated_at: Date;
}

export const toPageView = (row: PageRow): Page => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  handle: row.handle,
  body: row.body,
  published: row.published,
  position: row.position,
  seoTitle: row.seo_title,
  seoDescription: row.seo_description,
  createdAt: row.created_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

export const toPublicPage = (row: PageRow): PublicPage => ({
  kind: row.kind,
  title: row.title,
  handle: row.handle,
  body: row.body,
  seoTitle: row.seo_title,
  seoDescription: row.seo_description,
  updatedAt: row.updated_at.toISOString(),
});

export const toPageLink = (row: Pick<PageRow, 'kind' | 'title' | 'handle'>): PublicPageLink => ({
  kind: row.kind,
  title: row.title,
  handle: row.handle,
});

/** Pages in navigation order: by position, then title. */
export const pageOrder = [
  { column: 'position', order: 'asc' },
  { column: 'title', order: 'asc' },
  { column: 'id', order: 'asc' },
] as const;

/** The 409 for a unique violation on store_pages, naming the field at fault; else undefined. */
export function pageConflict(error: unknown): AppError | undefined {
  if (isUniqueViolation(error, 'store_pages_handle_key')) {
    return new AppError('HANDLE_TAKEN', 'Another page already uses this handle', {
      fields: { handle: 'is already used by another page' },
    });
  }
  if (isUniqueViolation(error, 'store_pages_kind_key')) {
    return new AppError('ALREADY_EXISTS', 'The store already has a page of this kind', {
      fields: { kind: 'the store already has this page; edit it instead' },
    });
  }
  return undefined;
}
