import { basePath } from '@/lib/base-path'
import type { SiteContent } from '@/lib/content'
import { writeHostFiles } from '../../host-files'
import type { Build } from '../context'

/** Writes the files static hosts read (.nojekyll, CNAME, the build info). */
export function writeFilesForHosts(build: Build, content: SiteContent): void {
  for (const warning of writeHostFiles(build.stage, content.site, basePath))
    build.warn(`warning: ${warning}`)
}
