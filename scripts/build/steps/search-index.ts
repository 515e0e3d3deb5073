import type { SiteContent } from '@/lib/content'
import { writeSearchIndex } from '../../search-index'
import type { Build } from '../context'

/** Indexes the finished pages for the site's search (Pagefind). */
export async function indexForSearch(build: Build, content: SiteContent): Promise<void> {
  const search = await writeSearchIndex(build.stage, content.site.lang)
  console.log(
    `Search index: ${search.pages} pages, ${(search.bytes / 1024).toFixed(0)} KiB, ${search.ms} ms`,
  )
}
