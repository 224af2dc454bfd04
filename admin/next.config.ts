import path from 'node:path';
import type { NextConfig } from 'next';

// The repository root: @mpb/contracts lives outside this folder (npm workspace symlink), so
// Turbopack and output tracing must see the whole monorepo, not just admin/.
const repoRoot = path.join(__dirname, '..');

const nextConfig: NextConfig = {
  // The contracts package ships TypeScript sources, not built JavaScript.
  transpilePackages: ['@mpb/contracts', '@mpb/observability'],
  // Loaded by Node at run time rather than bundled: prom-client reads process internals.
  serverExternalPackages: ['prom-client'],
  poweredByHeader: false,
  reactStrictMode: true,
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
};

export default nextConfig;
