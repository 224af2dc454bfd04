import type { RequestHandler, Response } from 'express';
import { AppError } from '@mpb/http';
import { setContextValues } from '@mpb/observability';
import { normaliseHost } from '@mpb/routing';
import type { TenantResolver } from './tenant-resolver';

/**
 * Resolves the tenant from the Host header, which the global router passes through unchanged.
 * X-Forwarded-Host is deliberately ignored: a client can set it. An unknown host is a 404.
 */
export function resolveTenant(resolver: TenantResolver): RequestHandler {
  return (req, res, next) => {
    const host = normaliseHost(req.headers.host);
    if (!host) {
      next(AppError.notFound('Store'));
      return;
    }
    resolver.resolve(host).then(
      (tenantId) => {
        if (!tenantId) {
          next(AppError.notFound('Store'));
          return;
        }
        res.locals.tenantId = tenantId;
        setContextValues({ tenantId });
        next();
      },
      (error: unknown) => next(error),
    );
  };
}

export function currentTenantId(res: Response): string {
  const tenantId = res.locals.tenantId as string | undefined;
  if (!tenantId) throw AppError.notFound('Store');
  return tenantId;
}
