import Link from 'next/link'
import { paginationBar, listPageUrl } from '@/lib/pagination'

/**
 * Newer/Older links and page numbers for page `page` of `count` of the list at `listUrl`. Plain
 * links, so it works without JavaScript; nothing is rendered for a list that fits on one page.
 */
export function Pagination({
  listUrl,
  page,
  count,
}: {
  listUrl: string
  page: number
  count: number
}) {
  if (count <= 1) return null
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 && (
        <Link href={listPageUrl(listUrl, page - 1)} rel="prev" className="pagination-step">
          <span aria-hidden="true">←</span>Newer
        </Link>
      )}
      <ol className="pagination-pages">
        {paginationBar(page, count).map((link, i) =>
          link === 'gap' ? (
            <li key={`gap-${i}`} className="pagination-gap">
              …
            </li>
          ) : (
            <li key={link}>
              <Link
                href={listPageUrl(listUrl, link)}
                aria-current={link === page ? 'page' : undefined}
              >
                <span className="visually-hidden">Page </span>
                {link}
              </Link>
            </li>
          ),
        )}
      </ol>
      {page < count && (
        <Link href={listPageUrl(listUrl, page + 1)} rel="next" className="pagination-step">
          Older<span aria-hidden="true">→</span>
        </Link>
      )}
    </nav>
  )
}
