import type { Root, Text } from 'mdast'
import { visit } from './visit'

// Han, Hiragana and Katakana by script, as kramdown matches them: not Hangul, and not the
// punctuation CJK text shares with other scripts (`、`, `。`, `ー`).
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}'
const BREAK_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])\\n(?=[${CJK}])`, 'gu')

/**
 * Remark plugin for kramdown's `remove_line_breaks_for_cjk: true`: a line break inside a
 * paragraph's text between two Chinese or Japanese characters is dropped, so a browser does not
 * show it as a space (these scripts put no spaces between words). As in kramdown, only breaks
 * within one run of text count: not around emphasis or a code span, and not a `<br>` made by
 * `hard_wrap` (so this runs after it).
 */
export default function remarkCjkLineBreaks(options: { remove_line_breaks_for_cjk: boolean }) {
  return (tree: Root) => {
    if (!options.remove_line_breaks_for_cjk) return
    visit(tree, 'text', (text: Text) => {
      if (text.value.includes('\n')) text.value = text.value.replace(BREAK_BETWEEN_CJK, '')
    })
  }
}
