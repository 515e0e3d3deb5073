import { notFound } from 'next/navigation'
import { PageView } from '@/components/PageView'
import { findPage } from '@/lib/content'

/**
 * A section whose data the site does not have (no publications.bib, no talks.yaml, ...) is still
 * served when a content page has the section's URL: that page, as written, like any other page (an
 * imported Jekyll site's own publications.md, say). Without one, the URL is not part of the site.
 */
export async function SectionWithoutData({ url }: { url: string }) {
  const page = await findPage(url)
  if (!page) notFound()
  return <PageView page={page} />
}
