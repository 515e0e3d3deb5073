import { loadContent, type SiteContent } from '@/lib/content'
import type { CheckedContent } from './content'

/**
 * The checked content: read back from the document cache when it was checked in a process of its
 * own (the bodies stay on disk). Undefined when it no longer loads (it changed meanwhile).
 */
export async function reloadContent(checked: CheckedContent): Promise<SiteContent | undefined> {
  return checked.content ?? (await loadContent()).content
}
