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
  // `npm run typecheck` (and so `npm test`) checks types; a second check inside every build
  // costs a separate TypeScript process and up to half a minute on two cores.
  typescript: { ignoreBuildErrors: true },
  // The document cache's key (lib/content/pipeline-key.ts) asks esbuild for the pipeline's
  // imports: esbuild runs as the package it is, with its own binary, not bundled into the pages.
  serverExternalPackages: ['esbuild'],
  experimental: {
    // Off: the build ID (lib/build-id.ts, which covers the content) is one of the cache's inputs,
    // so after editing one post a cached compile took 14 s against 7 s without, and the cache
    // held 0.5 GB more memory.
    turbopackFileSystemCacheForBuild: false,
  },
}

export default nextConfig
