import { createHash, timingSafeEqual } from 'node:crypto';
import { handleSchema } from '@mpb/contracts';
import { z } from 'zod';
import { listingsTag, productTag, storeTag } from './catalog-cache';

// A host as the cell worker knows the store's domains: a DNS name with an optional port.
const hostSchema = z
  .string()
  .trim()
  .max(260)
  .regex(/^[a-z0-9](?:[a-z0-9.-]{0,252})(?::\d{1,5})?$/i, 'must be a host name');

/** What the cell worker sends after a catalog change (ProductCreated/Updated/Deleted, …). */
export const revalidateBodySchema = z
  .object({
    tenantId: z.uuid().optional().describe('For the log only: tags are per host.'),
    hosts: z.array(hostSchema).min(1, 'needs at least one host').max(50),
    productHandles: z
      .array(handleSchema)
      .max(500)
      .optional()
      .describe('Products that changed; include the old handle when it was renamed.'),
    all: z.boolean().optional().describe('Drop every catalog entry of these hosts.'),
  })
  .strict();
export type RevalidateBody = z.output<typeof revalidateBodySchema>;

/**
 * The tags a change invalidates. Products that changed: their own pages and every listing of
 * the store (home, collections, sitemap), whose cards show them. No product named, or `all`:
 * everything the store has in the cache.
 */
export function tagsToRevalidate(body: RevalidateBody): string[] {
  const tags = new Set<string>();
  const handles = body.productHandles ?? [];
  for (const host of body.hosts) {
    if (body.all || handles.length === 0) {
      tags.add(storeTag(host));
      continue;
    }
    tags.add(listingsTag(host));
    for (const handle of handles) tags.add(productTag(host, handle));
  }
  return [...tags];
}

/** Field path to message, like the API's own VALIDATION_FAILED errors. */
export function validationFields(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.join('.') || 'body';
    fields[path] ??= issue.message;
  }
  return fields;
}

/**
 * Whether an Authorization header carries the expected bearer token. Both sides are hashed
 * first, so the comparison takes the same time whatever the length or content of the guess.
 */
export function hasBearerToken(header: string | null, expected: string): boolean {
  const presented = header?.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  const matches = timingSafeEqual(digest(presented), digest(expected));
  return matches && presented.length > 0;
}
