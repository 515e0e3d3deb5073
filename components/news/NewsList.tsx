import type { NewsItem } from '@/lib/content'
import { formatPartialDate } from '@/lib/content/partial-date'
import { ExternalLink } from '../ExternalLink'
import './news.css'

/** Dated news items, newest first: the date, the text, and a link to what it is about. */
export function NewsList({ news, label }: { news: NewsItem[]; label: string }) {
  return (
    <ul className="news-list" aria-label={label}>
      {news.map((item) => (
        <li key={item.id} id={item.id} className="news-item">
          <time dateTime={item.date.iso} className="meta">
            {formatPartialDate(item.date)}
          </time>
          <div className="news-text" dangerouslySetInnerHTML={{ __html: item.html }} />
          {item.link && (
            <ExternalLink href={item.link}>
              More<span className="visually-hidden"> about: {item.plain}</span>
            </ExternalLink>
          )}
        </li>
      ))}
    </ul>
  )
}
