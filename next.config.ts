import type { NextConfig } from 'next'
import { basePath } from './lib/base-path'

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
}

export default nextConfig
