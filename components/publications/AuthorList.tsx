import type { Author } from '@/lib/publications/model'
import { fullName, isSelf } from '@/lib/publications/authors'

/** "A, B, and C", with the site's author in bold. */
export function AuthorList({ authors, self }: { authors: Author[]; self: readonly string[] }) {
  return authors.map((a, i) => {
    const sep =
      i === 0 ? '' : i === authors.length - 1 ? (authors.length > 2 ? ', and ' : ' and ') : ', '
    return (
      <span key={i}>
        {sep}
        {isSelf(a, self) ? <strong className="self">{fullName(a)}</strong> : fullName(a)}
      </span>
    )
  })
}
