/**
 * Splitting a list into numbered pages: pure functions shared by the list routes, their metadata
 * and the sitemap, so they can never disagree about how many pages there are or where they live.
 */

/** How many pages `total` items fill at `perPage` a page; an empty list still has its first page. */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage))
}

/** The items on page `page` (1-based). */
export function pageSlice<T>(items: readonly T[], page: number, perPage: number): T[] {
  return items.slice((page - 1) * perPage, page * perPage)
}

/**
 * Page `page` of the list at `listUrl`: the first page is the list's own URL, the others are
 * `<listUrl>page/<n>/`. There is no `/page/1/`, so the first page has one address only.
 */
export function listPageUrl(listUrl: string, page: number): string {
  return page === 1 ? listUrl : `${listUrl}page/${page}/`
}

/** One page of a list: its number, how many pages the list has, its items and its URL. */
export interface ListPage<T> {
  number: number
  count: number
  items: T[]
  url: string
  /** The list's own URL, which is also its first page's. */
  listUrl: string
}

/** Page `number` of `items` listed at `listUrl`, or undefined when the list has no such page. */
export function pageOf<T>(
  items: readonly T[],
  perPage: number,
  listUrl: string,
  number: number,
): ListPage<T> | undefined {
  const count = pageCount(items.length, perPage)
  if (!Number.isInteger(number) || number < 1 || number > count) return undefined
  return {
    number,
    count,
    items: pageSlice(items, number, perPage),
    url: listPageUrl(listUrl, number),
    listUrl,
  }
}

/** Every page of the list, first to last. */
export function listPages<T>(items: readonly T[], perPage: number, listUrl: string): ListPage<T>[] {
  return Array.from({ length: pageCount(items.length, perPage) }, (_, i) =>
    pageOf(items, perPage, listUrl, i + 1)!,
  )
}

/**
 * A `page/<n>/` route parameter as a page number, or undefined when no such route is generated:
 * `1` (the first page is the list's own URL), `02` and `2.0` are not page numbers.
 */
export function pageParam(param: string): number | undefined {
  if (!/^[1-9]\d*$/.test(param)) return undefined
  const number = Number(param)
  return number >= 2 ? number : undefined
}

/** A list page's title: the list's own for the first page, `Posts, page 2 of 5` for the others. */
export function pagedTitle(title: string, page: { number: number; count: number }): string {
  return page.number === 1 ? title : `${title}, page ${page.number} of ${page.count}`
}

export type PaginationBarItem = number | 'gap'

/**
 * The page numbers a pagination bar shows: the first and last pages, and `siblings` pages on each
 * side of the current one, with a gap where pages are left out (1 … 4 5 6 7 8 … 500). A gap
 * always stands for two or more pages: one missing page is shown instead, since a number is no
 * wider than the ellipsis. With few pages, every page is shown.
 */
export function paginationBar(current: number, count: number, siblings = 2): PaginationBarItem[] {
  const shown = new Set([1, count])
  for (let p = current - siblings; p <= current + siblings; p++)
    if (p >= 1 && p <= count) shown.add(p)
  const sorted = [...shown].sort((a, b) => a - b)
  const links: PaginationBarItem[] = []
  for (const [i, page] of sorted.entries()) {
    const previous = sorted[i - 1]
    if (previous !== undefined && page - previous === 2) links.push(page - 1)
    else if (previous !== undefined && page - previous > 2) links.push('gap')
    links.push(page)
  }
  return links
}
