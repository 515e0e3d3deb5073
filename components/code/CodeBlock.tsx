import type { HTMLAttributes } from 'react'
import { CopyControl } from '@/components/copy/CopyControl'

type BlockProps = HTMLAttributes<HTMLElement>

/**
 * The Markdown pipeline wraps each highlighted block in `div.code-block` (or `figure.code-block`
 * with a title, see lib/markdown/code.ts); on the page, each such block gets a copy button.
 * Feeds are rendered from the same tree without these components, so they carry no button.
 */
function withCopyButton(Tag: 'div' | 'figure') {
  return function Block({ children, ...props }: BlockProps) {
    const isCode = props.className?.split(' ').includes('code-block')
    return (
      <Tag {...props}>
        {children}
        {isCode && <CopyControl label="Copy" className="code-tools" />}
      </Tag>
    )
  }
}

/** Element overrides for rendering Markdown and MDX documents. */
export const codeBlockComponents = { div: withCopyButton('div'), figure: withCopyButton('figure') }
