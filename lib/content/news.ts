import { toHtml } from 'hast-util-to-html'
import { toString } from 'hast-util-to-string'
import { VFile } from 'vfile'
import { z } from 'zod'
import { basePath } from '@/lib/base-path'
import { markdownToHast } from '@/lib/markdown/markdown'
import type { IssueList } from './issues'
import { linkUrl } from './links'
import { comparePartialDates, partialDate, type PartialDate } from './partial-date'
import { loadYamlFile } from './yaml-file'

const newsSchema = z.array(
  z.strictObject({
    date: partialDate,
    /** Markdown: one or two sentences. */
    text: z.string().trim().min(1),
    /** A post, talk or paper the item is about: a path on this site or an address elsewhere. */
    link: linkUrl.optional(),
  }),
)

export interface NewsItem {
  date: PartialDate
  /** The text rendered from Markdown, through the same pipeline as pages. */
  html: string
  /** The same as plain text, for feeds and descriptions. */
  plain: string
  link?: string
  /** The item's anchor on /news/, stable while its date and place among that day's items are. */
  id: string
}

/** Loads `news.yaml` (a list of dated items), newest first; a site without one has no news. */
export async function loadNews(dir: string, issues: IssueList): Promise<NewsItem[] | undefined> {
  const loaded = loadYamlFile(dir, 'news.yaml', newsSchema, issues)
  if (!loaded) return undefined
  const { file, parsed, data: list } = loaded
  const perDay = new Map<string, number>()
  const items = await Promise.all(
    list.map(async (item, i): Promise<NewsItem> => {
      const vfile = new VFile({ path: file, value: item.text, data: { url: '/news/' } })
      const tree = await markdownToHast(vfile, basePath)
      const at = parsed.positionOf([i, 'text'])
      for (const m of vfile.messages)
        issues.warn(file, `text: ${m.reason}`, at.line + (m.line ?? 1) - 1, at.column)
      const n = (perDay.get(item.date.iso) ?? 0) + 1
      perDay.set(item.date.iso, n)
      return {
        date: item.date,
        html: toHtml(tree),
        plain: toString(tree).replace(/\s+/g, ' ').trim(),
        link: item.link,
        id: `news-${item.date.iso}${n > 1 ? `-${n}` : ''}`,
      }
    }),
  )
  return items.sort((a, b) => comparePartialDates(a.date, b.date))
}
