import { Router, type RequestHandler } from 'express';
import { adminCatalogExportRoutes, adminImportRoutes, importSchema } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { bindRoute } from '@mpb/http';
import { currentTenantId } from '../tenancy/middleware';
import { bindDownload } from './bind-download';
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
  requireCatalogMember: RequestHandler;
  limits: ImportLimits;
}

/**
 * Catalog import and export for members who manage the catalog. Mounted before the JSON-only
 * body parser (the upload is multipart) and before the catalog router (so
 * `/admin/products/export.csv` is not taken for a product id).
 */
export function importsRouter(deps: ImportsRouterDeps): Router {
  const router = Router();
  const { db } = deps;
  const guard = [deps.resolveTenant, deps.requireCatalogMember];

  router.post(adminImportRoutes.create.path, ...guard, (req, res, next) => {
    uploadImport(deps, req, res).then(
      (view) => res.status(201).json(importSchema.parse(view)),
      next,
    );
  });
  // The samples before `:id`, which would otherwise take "sample.csv" for an id.
  bindDownload(router, adminImportRoutes.sampleCsv, guard, async ({ res }) =>
    sendCsv(res, await sampleSheet(db, currentTenantId(res), { pricesAsNumbers: false })),
  );
  bindDownload(router, adminImportRoutes.sampleXlsx, guard, async ({ res }) =>
    sendXlsx(res, await sampleSheet(db, currentTenantId(res), { pricesAsNumbers: true })),
  );
  bindRoute(router, adminImportRoutes.list, guard, async ({ query, res }) => ({
    status: 200,
    body: await listStoreImports(db, currentTenantId(res), query),
  }));
  bindRoute(router, adminImportRoutes.get, guard, async ({ params, res }) => ({
    status: 200,
    body: await getImport(db, currentTenantId(res), params.id),
  }));
  bindDownload(router, adminImportRoutes.errorReport, guard, async ({ params, res }) =>
    sendCsv(res, await errorReportSheet(db, currentTenantId(res), params.id)),
  );
  bindDownload(router, adminCatalogExportRoutes.csv, guard, async ({ res }) =>
    sendCsv(res, catalogSheet(db, currentTenantId(res), { pricesAsNumbers: false })),
  );
  bindDownload(router, adminCatalogExportRoutes.xlsx, guard, async ({ res }) =>
    sendXlsx(res, catalogSheet(db, currentTenantId(res), { pricesAsNumbers: true })),
  );
  return router;
}
