import type { TocEntry } from '@/lib/markdown/outline'
import { searchIgnore } from '@/lib/search'

/** Shown for posts with at least this many sections. */
const MIN_ENTRIES = 3

export function TableOfContents({ toc }: { toc: TocEntry[] }) {
  if (toc.length < MIN_ENTRIES) return null
  return (
    <nav className="toc" aria-labelledby="toc-title" {...searchIgnore}>
      <h2 id="toc-title" className="toc-title">
        Contents
      </h2>
      <ol>
        {toc.map((entry) => (
          <li key={entry.id} className={entry.depth === 3 ? 'toc-sub' : undefined}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  )
}
