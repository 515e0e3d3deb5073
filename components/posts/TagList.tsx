import Link from 'next/link'
import { tagUrl } from '@/lib/posts'
import { searchIgnore } from '@/lib/search'

export function TagList({ tags }: { tags: string[] }) {
  if (!tags.length) return null
  return (
    <ul className="tag-list" aria-label="Tags" {...searchIgnore}>
      {tags.map((tag) => (
        <li key={tag}>
          <Link href={tagUrl(tag)}>#{tag}</Link>
        </li>
      ))}
    </ul>
  )
}
