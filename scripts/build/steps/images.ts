import { plannedVariants } from '@/lib/markdown/responsive-images'
import { writeImageVariants } from '../../postbuild-images'
import type { Build } from '../context'

/** Writes the responsive image variants the pages refer to into the export. */
export async function writeImages(build: Build): Promise<void> {
  // The content was loaded in this process, so every variant the pages refer to was planned here.
  const images = await writeImageVariants(build.stage, plannedVariants())
  if (images.variants)
    console.log(`Images: ${images.variants} variants, ${images.encoded} newly encoded`)
}
