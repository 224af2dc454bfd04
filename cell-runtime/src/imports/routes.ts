import { Router, type RequestHandler } from 'express';
import type { z } from 'zod';
import {
  adminCatalogExportRoutes,
  adminImportRoutes,
  importSchema,
  type RouteSpec,
} from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { adminBinder, type Authorize } from '../members/authorize';
import { currentTenantId } from '../tenancy/middleware';
import { bindDownload, type DownloadHandler } from './bind-download';
import { errorReportSheet } from './error-report';
import { catalogSheet } from './export-catalog';
import type { ImportLimits } from './limits';
import { getImport, listStoreImports } from './read-imports';
import { sampleSheet } from './sample';
import { sendCsv, sendXlsx } from './send-sheet';
import { uploadImport } from './upload-import';

export interface ImportsRouterDeps {
  db: Knex;
  /** Each route resolves the tenant itself: the router is mounted ahead of the JSON parser. */
  resolveTenant: RequestHandler;
  authorize: Authorize;
  limits: ImportLimits;
}

/**
 * Catalog import and export, each route for the members with its permission. Mounted before the JSON-only
 * body parser (the upload is multipart) and before the catalog router (so
 * `/admin/products/export.csv` is not taken for a product id).
 */
export function importsRouter(deps: ImportsRouterDeps): Router {
  const router = Router();
  const { db } = deps;
  const guard = (spec: RouteSpec) => [deps.resolveTenant, deps.authorize(spec)];
  const bind = adminBinder(router, deps.authorize, [deps.resolveTenant]);
  const download = <T extends z.ZodType>(spec: RouteSpec<T>, handler: DownloadHandler<T>) =>
    bindDownload(router, spec, guard(spec), handler);

  const upload = adminImportRoutes.create;
  router.post(upload.path, ...guard(upload), (req, res, next) => {
    uploadImport(deps, req, res).then(
      (view) => res.status(201).json(importSchema.parse(view)),
      next,
    );
  });
  // The samples before `:id`, which would otherwise take "sample.csv" for an id.
  download(adminImportRoutes.sampleCsv, async ({ res }) =>
    sendCsv(res, await sampleSheet(db, currentTenantId(res), { pricesAsNumbers: false })),
  );
  download(adminImportRoutes.sampleXlsx, async ({ res }) =>
    sendXlsx(res, await sampleSheet(db, currentTenantId(res), { pricesAsNumbers: true })),
  );
  bind(adminImportRoutes.list, async ({ query, res }) => ({
    status: 200,
    body: await listStoreImports(db, currentTenantId(res), query),
  }));
  bind(adminImportRoutes.get, async ({ params, res }) => ({
    status: 200,
    body: await getImport(db, currentTenantId(res), params.id),
  }));
  download(adminImportRoutes.errorReport, async ({ params, res }) =>
    sendCsv(res, await errorReportSheet(db, currentTenantId(res), params.id)),
  );
  download(adminCatalogExportRoutes.csv, async ({ res }) =>
    sendCsv(res, catalogSheet(db, currentTenantId(res), { pricesAsNumbers: false })),
  );
  download(adminCatalogExportRoutes.xlsx, async ({ res }) =>
    sendXlsx(res, catalogSheet(db, currentTenantId(res), { pricesAsNumbers: true })),
  );
  return router;
}
