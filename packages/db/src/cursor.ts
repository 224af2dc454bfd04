/**
 * Opaque keyset-pagination cursors: (created_at, id) of the last row, base64url-encoded.
 * Keyset pages stay fast at any depth, unlike OFFSET.
 */
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

const uuidPattern = /^[0-9a-f-]{36}$/i;

/**
 * Returns undefined for a malformed cursor; callers answer 400. Ids are UUIDs unless `idPattern`
 * says otherwise (a bigint id is `/^\d{1,19}$/`).
 */
export function decodeCursor(value: string, idPattern = uuidPattern): Cursor | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      !Number.isNaN(Date.parse(parsed[0])) &&
      idPattern.test(parsed[1])
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through
  }
  return undefined;
}
