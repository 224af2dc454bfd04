import { AppError } from '@mpb/http';

export type ListingSort = 'newest' | 'price_asc' | 'price_desc' | 'title_asc' | 'manual';

/** The keyset of one sort: the value after which the next page starts, plus the id tiebreak. */
export interface SortCursor {
  sort: ListingSort;
  value: string | number;
  id: string;
}

export function encodeSortCursor(cursor: SortCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

/** A cursor from another sort, or forged, is a 400 naming `cursor`. */
export function decodeSortCursor(
  value: string | undefined,
  sort: ListingSort,
): SortCursor | undefined {
  if (value === undefined) return undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed[0] === sort &&
      (typeof parsed[1] === 'string' || typeof parsed[1] === 'number') &&
      typeof parsed[2] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(parsed[2])
    ) {
      return { sort, value: parsed[1], id: parsed[2] };
    }
  } catch {
    // fall through
  }
  throw AppError.validation({ cursor: 'is not a cursor this API returned for this sort' });
}
