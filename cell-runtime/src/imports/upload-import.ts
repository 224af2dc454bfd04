import type { Request, Response } from 'express';
import type { ImportView } from '@mpb/contracts';
import type { Knex } from '@mpb/db';
import { currentMember } from '../members/authenticate-member';
import { currentTenantId } from '../tenancy/middleware';
import { detectFormat } from './detect-format';
import type { ImportLimits } from './limits';
import { receiveUpload } from './receive-upload';
import { runImport } from './run-import';
import { assertSafeXlsx } from './zip-guard';

/**
 * Receives a catalog file and imports it: the upload is capped while it streams (413), its
 * format is read from its bytes, an XLSX passes the zip checks before any parsing (400), and
 * then the rows are applied. The temporary copy is removed whatever happens.
 */
export async function uploadImport(
  deps: { db: Knex; limits: ImportLimits },
  req: Request,
  res: Response,
): Promise<ImportView> {
  const tenantId = currentTenantId(res);
  const memberId = currentMember(res).userId;
  const upload = await receiveUpload(req, deps.limits.maxBytes);
  try {
    const format = await detectFormat(upload.path);
    if (format === 'xlsx') await assertSafeXlsx(upload.path);
    return await runImport(deps.db, {
      tenantId,
      memberId,
      filename: upload.filename,
      file: { path: upload.path, format },
      maxRows: deps.limits.maxRows,
    });
  } finally {
    await upload.discard();
  }
}
