import { toJsxRuntime } from 'hast-util-to-jsx-runtime'
import type { ReactElement } from 'react'
import { Fragment, jsx, jsxs } from 'react/jsx-runtime'
import { emojiNodes } from '@/lib/emoji'

/** Text from site.yaml (the site's title, a name) with its emoji drawn as pictures (lib/emoji.ts). */
export function EmojiText({ text }: { text: string }) {
  return toJsxRuntime(
    { type: 'root', children: emojiNodes(text) },
    { Fragment, jsx, jsxs },
  ) as ReactElement
}
