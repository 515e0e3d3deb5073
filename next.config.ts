import type { NextConfig } from 'next'
import { basePath } from './lib/base-path'
import { buildId } from './lib/build-id'

// The whole site is a static export: `next build` writes it, there is no server.
// The build script (scripts/build.ts) points `distDir` at a staging folder so that a failed
// build never touches the previous `out/`.
const nextConfig: NextConfig = {
  output: 'export',
  distDir: process.env.GIBSONIC_DIST_DIR || '.next',
  trailingSlash: true,
  basePath: basePath || undefined,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  // Reproducible: the same sources give the same id, and so a byte-identical out/.
  generateBuildId: async () => buildId(),
}

export default nextConfig
