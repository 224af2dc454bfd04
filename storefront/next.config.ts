import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from 'next/constants';
import { readCatalogCacheSeconds } from './lib/catalog-cache';
import { readCellApiConfig, readRevalidateToken } from './lib/cell-api-config';

// npm workspaces hoist dependencies to the repository root, so Next must trace and resolve from
// there rather than from this folder.
const workspaceRoot = path.join(__dirname, '..');

export default function nextConfig(phase: string): NextConfig {
  // Fail at start-up, not on the first request, when the cell API address is missing or invalid
  // (or the optional revalidation token is malformed). The build needs neither: every page
  // renders at request time.
  if (phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER) {
    readCellApiConfig(process.env);
    readRevalidateToken(process.env);
    readCatalogCacheSeconds(process.env);
  }
  return {
    transpilePackages: ['@mpb/contracts', '@mpb/observability'],
    // Loaded by Node at run time rather than bundled: prom-client reads process internals.
    serverExternalPackages: ['prom-client'],
    poweredByHeader: false,
    reactStrictMode: true,
    outputFileTracingRoot: workspaceRoot,
    turbopack: { root: workspaceRoot },
  };
}
