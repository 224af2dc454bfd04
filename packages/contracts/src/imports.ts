import { z } from 'zod';
import { pageQuerySchema } from './catalog';
import { idParamsSchema } from './common';
import { errorBodySchema } from './errors';
import { defineRoute } from './route';

/**
 * The columns of a catalog file, in the order exports and samples write them. One row per
 * variant; rows sharing a `handle` are one product; `sku` identifies the variant, so importing
 * the same file twice updates instead of duplicating.
 */
export const importColumns = [
  'handle',
  'title',
  'description',
  'status',
  'price',
  'compare_at_price',
  'tags',
  'sku',
  'option1_name',
  'option1_value',
  'option2_name',
  'option2_value',
  'option3_name',
  'option3_value',
  'stock',
  'weight_grams',
  'seo_title',
  'seo_description',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** Columns every file must have; the others may be left out (and are then left unchanged). */
export const requiredImportColumns = ['handle', 'sku', 'price', 'stock'] as const;

/**
 * The file format, for the API document and the admin app. Kept beside the column list so the
 * two are read together.
 */
export const importFormatDescription = [
  'A CSV (UTF-8, with or without BOM, `,` or `;` as delimiter, detected from the header) or an',
  'XLSX workbook (its first worksheet), decided by the content, not the file name.',
  'The first row names the columns, in any order and any letter case:',
  `${importColumns.join(', ')}. An unknown column fails the import, naming it;`,
  `${requiredImportColumns.join(', ')} are required, the others may be left out.`,
  'One row per variant. Rows with the same `handle` are one product; its title, description,',
  'status, compare_at_price, tags and SEO fields come from its first valid row (a new product',
  'needs `title` and `status`: draft, active or archived). `sku` is required and is the',
  'idempotency key: a SKU already in the store updates that variant (price, stock, options,',
  'weight) and is never duplicated; a SKU that belongs to a product with another handle is',
  'reported, not moved. Prices are in major units of the store currency (`19.90` or `19,90`;',
  'no more decimals than the currency has: none for JPY). `tags` are separated by commas.',
  "Up to three options as name/value pairs. A leading `'` before `=`, `+`, `-`, `@`, tab or",
  'carriage return is removed: exports add it so spreadsheets never run a cell as a formula.',
  'A row that fails validation is skipped and reported (row number, SKU, column, message); the',
  'other rows are imported. A file that cannot be read, or has too many rows, fails as a whole',
  'and changes nothing.',
].join(' ');

export const importStatuses = ['running', 'completed', 'failed'] as const;
export const importFormats = ['csv', 'xlsx'] as const;

export const importRowErrorSchema = z
  .object({
    row: z.number().int().describe('Row number as a spreadsheet shows it: the header is row 1.'),
    sku: z.string().nullable(),
    field: z.string().nullable().describe('The column at fault; null for the row as a whole.'),
    message: z.string(),
  })
  .meta({ id: 'ImportRowError' });
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importSummarySchema = z
  .object({
    id: z.uuid(),
    format: z.enum(importFormats),
    filename: z.string(),
    status: z.enum(importStatuses),
    totalRows: z.number().int().describe('Data rows read (blank rows are not counted).'),
    createdCount: z.number().int().describe('Variants created.'),
    updatedCount: z.number().int().describe('Existing variants updated (matched by SKU).'),
    failedCount: z.number().int().describe('Rows skipped because they failed validation.'),
    error: z.string().nullable().describe('Why a failed import failed as a whole.'),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'ImportSummary' });
export type ImportSummary = z.infer<typeof importSummarySchema>;

/** How many row errors an import's JSON carries; errors.csv has them all. */
export const importErrorsPreviewLimit = 100;

export const importSchema = importSummarySchema
  .extend({
    errors: z
      .array(importRowErrorSchema)
      .describe(`The first ${importErrorsPreviewLimit} row errors; errors.csv has all of them.`),
  })
  .meta({ id: 'Import' });
export type ImportView = z.infer<typeof importSchema>;

export const importPageSchema = z.object({
  items: z.array(importSummarySchema),
  nextCursor: z.string().nullable(),
});

/** Describes the multipart body for the OpenAPI document; the handler reads it with busboy. */
export const uploadImportBodySchema = z
  .object({
    file: z.string().meta({
      format: 'binary',
      description: `The catalog file. ${importFormatDescription}`,
    }),
  })
  .strict()
  .meta({ id: 'UploadImport' });

const unauthenticated = { description: 'No or invalid token', schema: errorBodySchema };
const forbidden = {
  description: 'The member’s role does not allow managing the catalog',
  schema: errorBodySchema,
};
const notFound = {
  description: 'No such import in this store, or not a member of this store',
  schema: errorBodySchema,
};
const notMember = { description: 'Not a member of this store', schema: errorBodySchema };
const badInput = { description: 'Invalid input', schema: errorBodySchema };
const tags = ['catalog-import'];
const csvFile = (what: string) => ({ description: `${what} (text/csv, UTF-8 with BOM)` });
const xlsxFile = (what: string) => ({
  description: `${what} (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)`,
});

export const adminImportRoutes = {
  create: defineRoute({
    operationId: 'importProducts',
    method: 'post',
    path: '/api/v1/admin/imports',
    summary:
      'Import products from a CSV or XLSX file (multipart/form-data, field `file`); processed before answering',
    tags,
    auth: 'bearer',
    permission: 'catalog:write',
    body: uploadImportBodySchema,
    bodyContentType: 'multipart/form-data',
    responses: {
      201: {
        description:
          'The import: `completed` (rows that failed are listed in `errors`), or `failed` as a whole with `error` and nothing changed',
        schema: importSchema,
      },
      400: {
        description:
          'No file, an empty file, a file that is neither CSV nor XLSX, or an XLSX refused by the zip safety checks',
        schema: errorBodySchema,
      },
      401: unauthenticated,
      403: forbidden,
      404: notMember,
      413: { description: 'The file is larger than IMPORT_MAX_BYTES', schema: errorBodySchema },
      415: { description: 'The body is not multipart/form-data', schema: errorBodySchema },
    },
  }),
  list: defineRoute({
    operationId: 'listImports',
    method: 'get',
    path: '/api/v1/admin/imports',
    summary: 'The store’s imports, newest first',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    query: pageQuerySchema,
    responses: {
      200: { description: 'A page of imports', schema: importPageSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notMember,
    },
  }),
  get: defineRoute({
    operationId: 'getImport',
    method: 'get',
    path: '/api/v1/admin/imports/:id',
    summary: 'One import with its first row errors',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    params: idParamsSchema,
    responses: {
      200: { description: 'The import', schema: importSchema },
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  errorReport: defineRoute({
    operationId: 'downloadImportErrors',
    method: 'get',
    path: '/api/v1/admin/imports/:id/errors.csv',
    summary: 'Every row error of an import, as a CSV download: row, sku, field, message',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    params: idParamsSchema,
    responses: {
      200: csvFile('The report'),
      400: badInput,
      401: unauthenticated,
      403: forbidden,
      404: notFound,
    },
  }),
  sampleCsv: defineRoute({
    operationId: 'downloadImportSampleCsv',
    method: 'get',
    path: '/api/v1/admin/imports/sample.csv',
    summary: 'A sample catalog file in the import format, priced in the store currency',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: csvFile('The sample'),
      401: unauthenticated,
      403: forbidden,
      404: notMember,
    },
  }),
  sampleXlsx: defineRoute({
    operationId: 'downloadImportSampleXlsx',
    method: 'get',
    path: '/api/v1/admin/imports/sample.xlsx',
    summary: 'The same sample as an Excel workbook',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: xlsxFile('The sample'),
      401: unauthenticated,
      403: forbidden,
      404: notMember,
    },
  }),
};

export const adminCatalogExportRoutes = {
  csv: defineRoute({
    operationId: 'exportProductsCsv',
    method: 'get',
    path: '/api/v1/admin/products/export.csv',
    summary:
      "The whole catalog in the import format, one row per variant, streamed; cells that a spreadsheet would run as a formula are prefixed with `'`",
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: csvFile('The catalog'),
      401: unauthenticated,
      403: forbidden,
      404: notMember,
    },
  }),
  xlsx: defineRoute({
    operationId: 'exportProductsXlsx',
    method: 'get',
    path: '/api/v1/admin/products/export.xlsx',
    summary: 'The whole catalog as an Excel workbook in the import format, streamed',
    tags,
    auth: 'bearer',
    permission: 'catalog:read',
    responses: {
      200: xlsxFile('The catalog'),
      401: unauthenticated,
      403: forbidden,
      404: notMember,
    },
  }),
};
