/**
 * Object keys of renditions: `t/<tenantId>/m/<mediaId>/<hash>-<width>.webp`. The tenant prefix
 * is what lets the public route serve a key without a database lookup, and the content hash
 * makes every URL immutable, so it can be cached for a year.
 */
const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const renditionKeyPattern = new RegExp(
  `^t/(${uuid})/m/${uuid}/[0-9a-f]{16,64}-[1-9][0-9]{0,4}\\.webp$`,
);

/** The common prefix of an image's renditions, stored as `media.storage_key`. */
export function mediaStorageKey(tenantId: string, mediaId: string, hash: string): string {
  return `t/${tenantId}/m/${mediaId}/${hash}`;
}

export function renditionKey(storageKey: string, width: number): string {
  return `${storageKey}-${width}.webp`;
}

/** Whether `key` is a well-formed rendition key of this tenant; anything else is never served. */
export function isRenditionKeyOf(tenantId: string, key: string): boolean {
  const match = renditionKeyPattern.exec(key);
  return match !== null && match[1] === tenantId.toLowerCase();
}
