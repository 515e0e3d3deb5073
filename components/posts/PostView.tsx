import Link from 'next/link'
import type { Post } from '@/lib/content'
import { searchBody, searchIgnore } from '@/lib/search'
import { url } from '@/lib/urls'
import { Prose } from '../Prose'
import { PostMeta } from './PostMeta'
import { TableOfContents } from './TableOfContents'
import { TagList } from './TagList'

function PostLinks({ older, newer, related }: { older?: Post; newer?: Post; related: Post[] }) {
  return (
    <footer className="post-footer" {...searchIgnore}>
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">Related posts</h2>
          <ul>
            {related.map((p) => (
              <li key={p.url}>
                <Link href={p.externalUrl ?? p.url}>{p.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav aria-label="Older and newer posts" className="post-nav">
        {older && (
          <Link href={older.url} rel="prev">
            <span className="post-nav-label">Older</span> {older.title}
          </Link>
        )}
        {newer && (
          <Link href={newer.url} rel="next">
            <span className="post-nav-label">Newer</span> {newer.title}
          </Link>
        )}
      </nav>
    </footer>
  )
}

/** A post: header, table of contents when it is long, body, then related and adjacent posts. */
export function PostView({
  post,
  older,
  newer,
  related,
}: {
  post: Post
  older?: Post
  newer?: Post
  related: Post[]
}) {
  return (
    <article className="page post" {...searchBody('Posts')}>
      <header className="post-header">
        <h1 className="page-title">{post.title}</h1>
        <PostMeta post={post} />
        <TagList tags={post.tags} />
        {post.image && (
          // eslint-disable-next-line @next/next/no-img-element -- a static export has no image optimiser
          <img
            className="post-image"
            src={post.image.startsWith('/') ? url(post.image) : post.image}
            alt=""
          />
        )}
      </header>
      <TableOfContents toc={post.document.outline.toc} />
      <Prose document={post.document} />
      <PostLinks older={older} newer={newer} related={related} />
    </article>
  )
}
