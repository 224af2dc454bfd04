import { revalidateTag } from 'next/cache';
import { readRevalidateToken } from '../../../lib/cell-api-config';
import {
  hasBearerToken,
  revalidateBodySchema,
  tagsToRevalidate,
  validationFields,
} from '../../../lib/revalidate-request';

// Called by this cell's worker after catalog changes (ProductCreated/Updated/Deleted). Reached
// on the storefront's own port only: the router never forwards /internal paths.
export const dynamic = 'force-dynamic';

const maxBodyBytes = 64 * 1024;

function error(status: number, code: string, message: string, fields?: Record<string, string>) {
  return Response.json(
    { error: { code, message, ...(fields ? { fields } : {}) } },
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

export async function POST(request: Request): Promise<Response> {
  const token = readRevalidateToken(process.env);
  // Without a token configured the route does not exist, rather than being open.
  if (!token) return error(404, 'NOT_FOUND', 'Not found');
  if (!hasBearerToken(request.headers.get('authorization'), token)) {
    return error(401, 'UNAUTHENTICATED', 'A valid bearer token is required');
  }

  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes) {
    return error(413, 'PAYLOAD_TOO_LARGE', `The body must be at most ${maxBodyBytes} bytes`);
  }
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBodyBytes) {
    return error(413, 'PAYLOAD_TOO_LARGE', `The body must be at most ${maxBodyBytes} bytes`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return error(400, 'INVALID_JSON', 'The body is not valid JSON');
  }
  const parsed = revalidateBodySchema.safeParse(json);
  if (!parsed.success) {
    return error(400, 'VALIDATION_FAILED', 'Invalid input', validationFields(parsed.error));
  }

  const tags = tagsToRevalidate(parsed.data);
  // Expire at once: the next visit reads fresh data instead of being served the stale entry.
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: tags }, { headers: { 'cache-control': 'no-store' } });
}
