import path from 'node:path'
import type { Element, Root as HastRoot, Text } from 'hast'
import type { Paragraph, Root as MdastRoot, Text as MdastText } from 'mdast'
import { EXIT, SKIP, visit } from './visit'
import type { VFile } from 'vfile'
import { resolveInside } from '@/lib/content/roots'
import { imageFileSize, publicDir } from './public-files'
import { isRaster, toPicture } from './responsive-images'

/**
 * Remark plugin: a Markdown image with a title, alone in its paragraph (`![alt](src "Caption")`),
 * becomes `<figure><img><figcaption>Caption</figcaption></figure>`. An image without a title, or
 * one inside a sentence, stays an `<img>` (the About page's floated picture among them).
 */
export function remarkFigures() {
  return (tree: MdastRoot) => {
    visit(tree, 'paragraph', (node: Paragraph) => {
      // Whitespace (or what a kramdown attribute list left behind) does not count.
      const content = node.children.filter((c) => c.type !== 'text' || c.value.trim())
      const image = content[0]
      if (content.length !== 1 || image?.type !== 'image' || !image.title) return
      const caption: MdastText = { type: 'text', value: image.title, data: { hName: 'figcaption' } }
      image.title = null
      node.data = { ...node.data, hName: 'figure' }
      node.children = [image, caption]
    })
  }
}

declare module 'vfile' {
  interface DataMap {
    /** Local image files the document measured (missing ones too): its cache depends on them. */
    imageFiles: string[]
  }
}

/** Where a local `src` lives on disk, or undefined for remote, data and fragment URLs. */
function localFile(
  src: string,
  basePath: string,
  document: string | undefined,
): { file: string; expected: string } | undefined {
  if (!src || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(src)) return undefined
  const pathname = decodeURIComponent(src.replace(/[?#].*$/, ''))
  if (pathname.startsWith('/')) {
    const site =
      basePath && pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : pathname
    return { file: path.join(publicDir(), site), expected: 'a file under public/' }
  }
  if (!document) return undefined
  const file = path.resolve(path.dirname(document), pathname)
  return { file, expected: `a file at ${path.relative(process.cwd(), file)}` }
}

/**
 * A name for an image without alt that is the only content of a link (`<a href="big.png"><img
 * src="big.png"></a>`): the link's target file, said as what it opens. Undefined otherwise.
 */
function nameForLinkedImage(img: Element, parent: unknown): string | undefined {
  const link = parent as Element | undefined
  if (link?.type !== 'element' || link.tagName !== 'a') return undefined
  const alone = link.children.every(
    (c) => c === img || (c.type === 'text' && !c.value.trim()) || c.type === 'comment',
  )
  if (!alone || link.properties.ariaLabel || link.properties.title) return undefined
  const href = typeof link.properties.href === 'string' ? link.properties.href : ''
  const src = typeof img.properties.src === 'string' ? img.properties.src : ''
  const name = (url: string) => {
    try {
      return decodeURIComponent(
        url
          .replace(/[?#].*$/, '')
          .split('/')
          .filter(Boolean)
          .at(-1) ?? '',
      )
    } catch {
      return ''
    }
  }
  if (href && href === src) return `Full-size image: ${name(src) || 'image'}`
  return name(href) ? `Link: ${name(href)}` : 'Link'
}

/** About the text of a phone's first screen under a post's title: an image after more is below it. */
const LEAD_TEXT = 400

/**
 * The document's first image, when at most LEAD_TEXT characters of text come before it: on most
 * pages that open with a picture it is the largest thing on the first screen (Lighthouse's Largest
 * Contentful Paint), which a lazy image delays until layout.
 */
function leadImage(tree: HastRoot): Element | undefined {
  let text = 0
  let lead: Element | undefined
  visit(tree, (node) => {
    if (node.type === 'text') text += (node as Text).value.trim().length
    if (text > LEAD_TEXT) return EXIT
    if (node.type !== 'element') return
    const { tagName } = node as Element
    // What a script or style holds is not shown; an author's own <picture> says how it loads.
    if (tagName === 'script' || tagName === 'style' || tagName === 'picture') return SKIP
    if (tagName === 'img') {
      lead = node as Element
      return EXIT
    }
  })
  return lead
}

/**
 * Rehype plugin for every `<iframe>`: lazy loading, unless the author chose. And for every `<img>`
 * (Markdown or raw HTML): lazy loading (the lead image, see leadImage, is fetched at once and
 * first instead), asynchronous decoding, an
 * empty `alt` (reported) where raw HTML has none and,
 * for local files, the width and height read from the file, so the page does not shift as images
 * arrive. A local raster image also gets AVIF and WebP variants in a `<picture>` (not in
 * `npm run dev`, which serves no variants). A local image that does not exist is an error at its
 * line and column.
 */
export default function rehypeImages({ basePath }: { basePath: string }) {
  const responsive = process.env.NODE_ENV !== 'development'
  return (tree: HastRoot, file: VFile) => {
    const lead = leadImage(tree)
    visit(tree, 'element', (node: Element, index, parent) => {
      // An author's own <picture> already says which files to offer.
      if (node.tagName === 'picture') return SKIP
      // An embed is a page of its own (a video player, a slide deck): fetched only near the screen.
      if (node.tagName === 'iframe') {
        node.properties.loading ??= 'lazy'
        return
      }
      if (node.tagName !== 'img') return
      const props = node.properties
      if (node === lead && props.loading === undefined) {
        props.loading = 'eager'
        props.fetchPriority ??= 'high'
      }
      props.loading ??= 'lazy'
      props.decoding ??= 'async'
      const src = typeof props.src === 'string' ? props.src : ''
      // Raw HTML without `alt` (old posts have many): a screen reader would read out the file
      // name. It is shown as decorative until the author describes it, and reported.
      const linkName = props.alt === undefined ? nameForLinkedImage(node, parent) : undefined
      if (linkName) {
        // The image is all a link has: decorative, the link would have no name.
        props.alt = linkName
        file.message(
          `image ${src || '(no src)'} is a link's only content and has no alt text: alt "${linkName}" was added (expected alt="what the link leads to")`,
          node,
        )
      } else if (props.alt === undefined) {
        props.alt = ''
        file.message(
          `image ${src || '(no src)'} has no alt text: it is marked decorative (alt="") (expected alt="what the image shows", or alt="" if it is decoration)`,
          node,
        )
      }
      const local = localFile(src, basePath, file.path || undefined)
      if (!local) return
      // Only files inside the content and public folders are ever read (lib/content/roots.ts).
      if (!resolveInside(local.file)) {
        file.message(
          `image ${src} leads outside the content and public folders (expected ${local.expected})`,
          node,
        ).fatal = true
        return
      }
      ;(file.data.imageFiles ??= []).push(local.file)
      const size = imageFileSize(local.file)
      if (size === 'missing') {
        file.message(`image ${src} does not exist (expected ${local.expected})`, node).fatal = true
      } else if (size === 'unreadable') {
        file.message(
          `image ${src} has a format whose size cannot be read (expected PNG, JPEG, GIF, WebP, AVIF or SVG)`,
          node,
        )
      } else {
        if (props.width === undefined && props.height === undefined) {
          props.width = size.width
          props.height = size.height
        }
        if (responsive && parent && index !== undefined && isRaster(local.file)) {
          const shown = Number(props.width) || size.width
          parent.children[index] = toPicture(node, local.file, size.width, shown, file)
          return SKIP
        }
      }
    })
  }
}
