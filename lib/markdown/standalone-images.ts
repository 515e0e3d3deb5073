import type { Paragraph, Text } from 'mdast'

type Props = Record<string, unknown>

/**
 * kramdown 2.4's standalone image: a paragraph that is only an image whose attribute list names
 * `standalone` (`![A cat](cat.jpg){: standalone}`) becomes `<figure>` with the image and its alt
 * text as the caption. The paragraph's attributes go on the figure; the image's id and class move
 * there too unless the paragraph has its own.
 */
export function standaloneImage(paragraph: Paragraph): void {
  // Whitespace (what the image's attribute list left behind) does not count.
  const content = paragraph.children.filter((c) => c.type !== 'text' || c.value !== '')
  const image = content[0]
  const data = image?.data as { standalone?: boolean; hProperties?: Props } | undefined
  if (content.length !== 1 || image?.type !== 'image' || !data?.standalone) return
  const own = (paragraph.data as { hProperties?: Props } | undefined)?.hProperties ?? {}
  const figure: Props = { ...own }
  const img: Props = { ...data.hProperties }
  for (const key of ['id', 'className'])
    if (key in img && !(key in figure)) {
      figure[key] = img[key]
      delete img[key]
    }
  data.hProperties = img
  const caption: Text = { type: 'text', value: image.alt ?? '', data: { hName: 'figcaption' } }
  paragraph.data = { ...paragraph.data, hName: 'figure', hProperties: figure } as Paragraph['data']
  paragraph.children = [image, caption]
}
