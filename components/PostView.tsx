import type { Post } from '@/lib/content'
import { PostMeta } from './PostMeta'
import { Prose } from './Prose'

export function PostView({ post }: { post: Post }) {
  return (
    <article className="page post">
      <header>
        <h1 className="page-title">{post.title}</h1>
        <PostMeta post={post} />
      </header>
      <Prose document={post.document} />
    </article>
  )
}
