import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import { compileMDX } from 'next-mdx-remote/rsc'
import type { ReactElement } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { codeBlockComponents } from '@/components/code/CodeBlock'
import { mdxComponents } from '@/components/mdx'
import { basePath } from '@/lib/base-path'
import type { Document } from '@/lib/content/documents'
import { VFile } from 'vfile'
import { mdxCompileOptions } from './mdx'

/** Turns a prepared document into React elements (at build time: these are server components). */
export async function renderDocument(doc: Document): Promise<ReactElement> {
  if (doc.format === 'md') {
    return toJsxRuntime(doc.hast, {
      Fragment,
      jsx,
      jsxs,
      components: codeBlockComponents,
      passNode: false,
    }) as ReactElement
  }
  // blockJS and blockDangerousJS keep their safe defaults (true): MDX expressions never run.
  // The file's path lets images next to the document be found and measured.
  const { content } = await compileMDX({
    // and its page URL lets relative links resolve against the page.
    source: new VFile({ path: doc.file, value: doc.source, data: { url: doc.url } }),
    components: { ...codeBlockComponents, ...mdxComponents },
    options: { mdxOptions: mdxCompileOptions(basePath) },
  })
  return content
}
