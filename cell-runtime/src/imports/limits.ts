/** What one import may cost the cell. Bytes and rows come from config; the zip limits are fixed. */
export interface ImportLimits {
  /** Largest upload accepted, in bytes; more is a 413 while the upload is still streaming. */
  maxBytes: number;
  /** Most data rows in one file; more fails the import as a whole. */
  maxRows: number;
}

export const defaultImportLimits: ImportLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 10_000,
};

/**
 * An XLSX is a zip: these bound what parsing it may inflate. A real catalog of 10,000 rows is a
 * few MiB of XML in a dozen entries, compressed 5 to 20 times; a zip bomb is far outside.
 */
export const zipLimits = {
  maxEntries: 100,
  maxTotalUncompressedBytes: 50 * 1024 * 1024,
  maxRatio: 100,
  /** Below this an entry cannot hurt, whatever its ratio (tiny XML parts compress very well). */
  ratioCheckFromBytes: 64 * 1024,
};

/** Rows are validated and written this many at a time: one lookup and one write per batch. */
export const importBatchSize = 500;

export function importLimitsFrom(config: {
  IMPORT_MAX_BYTES?: number;
  IMPORT_MAX_ROWS?: number;
}): ImportLimits {
  return {
    maxBytes: config.IMPORT_MAX_BYTES ?? defaultImportLimits.maxBytes,
    maxRows: config.IMPORT_MAX_ROWS ?? defaultImportLimits.maxRows,
  };
}
