import type { SiteContent } from '@/lib/content'
import { ogCards } from '@/lib/og'
import { writeOgImages } from '../../og-images'
import type { Build } from '../context'

/** Writes every page's preview card into the export, drawing those not drawn early or cached. */
export async function writePreviewImages(
  build: Build,
  content: SiteContent,
  drawnEarly: Promise<number>,
): Promise<void> {
  const early = await drawnEarly
  const report = await writeOgImages(build.stage, ogCards(content), content.site.title)
  console.log(`Preview images: ${report.images}, ${report.rendered + early} drawn, the rest cached`)
}
