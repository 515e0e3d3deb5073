import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { VFile } from 'vfile'
import { scanBlocks } from '@/lib/markdown/blocks'
import { chunkStarts, chunking } from '@/lib/markdown/chunked-parse'
import { markdownToHast } from '@/lib/markdown/markdown'

// A long post is parsed in pieces (lib/markdown/chunked-parse.ts). These documents are cut into
// pieces of a few hundred characters, and must come out as they do parsed whole.
const filler = (n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i} about loop tiling, padded out.`).join('\n\n')

const sections = [
  // Used here, defined in the last piece: references, footnotes and abbreviations are
  // document-wide.
  `# First\n\nSee [the paper][paper], [Paper] and [the notes][] on HTML.[^late]\n\n${filler(4)}`,
  // A blank line and a left-margin # inside fenced code, a comment and a markdown="1" region.
  `# Code\n\n\`\`\`text\nline\n\n# not a heading\n\`\`\`\n\n<!--\n\n# not a heading\n-->\n\n<div class="note" markdown="1">\n\n# a heading in the note\n\n*inside*\n\n</div>\n\n${filler(4)}`,
  // A list, a definition-looking line inside code (not a definition: [fake] stays text).
  `# Lists\n\n- one\n- two\n\n\`\`\`\n[fake]: https://example.org/fake\n\`\`\`\n\nThis [fake] is text.\n\n${filler(4)}`,
  `# Last\n\n${filler(4)}\n\n[paper]: https://example.org/paper "The paper"\n[the notes]: https://example.org/notes\n\n[^late]: A note defined at the end.\n\n*[HTML]: HyperText Markup Language\n`,
]
const doc = sections.join('\n\n')

async function html(text: string, size: number) {
  const saved = chunking.size
  chunking.size = size
  try {
    const file = new VFile({ path: 'post.md', value: text })
    const tree = await markdownToHast(file, '/')
    return {
      html: toHtml(tree),
      messages: file.messages.map((m) => `${m.line}:${m.column} ${m.reason}`),
    }
  } finally {
    chunking.size = saved
  }
}

describe('parsing a long post in pieces', () => {
  it('cuts only before a heading that nothing before it runs past', () => {
    const starts = chunkStarts(doc, scanBlocks(doc, false).regions, 100)
    const cutBefore = starts.slice(1).map((at) => doc.slice(at, doc.indexOf('\n', at)))
    assert.deepEqual(cutBefore, ['# Code', '# Lists', '# Last'])
  })

  it('gives the same page as one parse, with document-wide definitions applied', async () => {
    const whole = await html(doc, 1e9)
    const pieces = await html(doc, 100)
    assert.deepEqual(pieces, whole)
    // What the pieces must have seen from the last one.
    assert.match(
      pieces.html,
      /<a href="https:\/\/example.org\/paper" title="The paper" class="external">the paper</,
    )
    assert.match(
      pieces.html,
      /<a href="https:\/\/example.org\/paper" title="The paper" class="external">Paper</,
    )
    assert.match(pieces.html, /<a href="https:\/\/example.org\/notes" class="external">the notes</)
    assert.match(pieces.html, /<sup id="fnref:late"><a href="#fn:late"/)
    assert.match(pieces.html, /<abbr title="HyperText Markup Language">HTML<\/abbr>/)
    assert.match(pieces.html, /This \[fake\] is text\./)
  })
})
