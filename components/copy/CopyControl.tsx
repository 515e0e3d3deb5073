import type { Element } from 'hast'
import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { h } from 'hastscript'
import type { ReactElement } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { url } from '@/lib/urls'

/**
 * The control's markup, as a HTML tree: Markdown bodies are serialised to HTML with it (see
 * components/markdown/render.tsx), React pages render it through `CopyControl`. It is in the HTML but
 * hidden; /copy.js (components/copy/copy.js) shows it and makes it work, so a page without
 * JavaScript never shows a button that does nothing.
 */
export function copyControlTree(label: string, className?: string): Element {
  return h(
    'span',
    {
      className: ['copy', ...(className ? [className] : [])],
      hidden: true,
      dataPagefindIgnore: 'all',
    },
    [
      h('button', { type: 'button', className: ['copy-button'] }, label),
      ' ',
      h('span', { role: 'status', className: ['copy-status'] }),
    ],
  )
}

/** The script behind every copy control; React loads it once per page however often it appears. */
export function CopyScript() {
  return <script src={url('/copy.js')} async />
}

/** A button that copies the text of the `<pre>` just before it. */
export function CopyControl({ label, className }: { label: string; className?: string }) {
  return (
    <>
      <CopyScript />
      {toJsxRuntime(copyControlTree(label, className), { Fragment, jsx, jsxs }) as ReactElement}
    </>
  )
}
