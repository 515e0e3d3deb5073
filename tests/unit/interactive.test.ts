import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { checkMdx } from '@/lib/markdown/mdx'
import { renderMdx } from './helpers'

async function check(source: string): Promise<string[]> {
  const file = new VFile({ path: 'test.mdx', value: source })
  await checkMdx(file, '')
  return file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)
}

const TABS = `## Install

<Tabs>
<Tab label="npm">

\`\`\`bash
npm install x
\`\`\`

</Tab>
<Tab label="pnpm">Use **pnpm add x**.</Tab>
</Tabs>
`

describe('components that need JavaScript, as rendered at build time', () => {
  it('<Tabs> shows every variant under its label as a heading, marked for hydration', async () => {
    const html = await renderMdx(TABS)
    assert.match(html, /<div class="tabs" data-hydrate="">/)
    assert.match(html, /<h3 class="tab-heading">npm<\/h3><div class="code-block"><pre/)
    assert.match(html, /<h3 class="tab-heading">pnpm<\/h3>Use <strong>pnpm add x<\/strong>\./)
    // No tab list and no hidden panel until React runs.
    assert.doesNotMatch(html, /role="tab|hidden=""><h3/)
  })

  it('<Tabs level="4"> uses that heading level; only <Tab> children become tabs', async () => {
    const html = await renderMdx(
      '<Tabs level="4">\n<Tab label="A">a</Tab>\n<Callout>stray</Callout>\n</Tabs>\n',
    )
    assert.match(html, /<h4 class="tab-heading">A<\/h4>a<\/div><\/div>$/)
    assert.doesNotMatch(html, /stray/)
  })

  it('the content check reports <Tabs> that would hide something, at its position', async () => {
    assert.deepEqual(await check(TABS), [])
    const expected = '(expected <Tabs> to hold only <Tab label="…"> elements)'
    assert.deepEqual(await check('<Tabs>\n<Tab label="A">a</Tab>\n\nloose text\n</Tabs>\n'), [
      `4:1: something other than a <Tab> inside <Tabs> ${expected}`,
    ])
    assert.deepEqual(await check('<Tabs>\n<Tab>a</Tab>\n</Tabs>\n'), [
      `2:1: a <Tab> without a label ${expected}`,
    ])
    assert.deepEqual(await check('<Tabs>\n</Tabs>\n'), [
      `1:1: <Tabs> without any <Tab> ${expected}`,
    ])
  })

  it('a page without an interactive component carries no hydration marker', async () => {
    assert.doesNotMatch(await renderMdx('<Callout>Just text.</Callout>\n'), /data-hydrate/)
  })

  it('a code block gets a copy button that stays hidden until /copy.js shows it', async () => {
    const html = await renderMdx('```bash\necho hi\n```\n')
    assert.match(
      html,
      /<\/pre><span class="copy code-tools" hidden="" data-pagefind-ignore="all"><button type="button" class="copy-button">Copy<\/button>/,
    )
    assert.match(html, /<script src="\/copy\.js" async="">/)
  })
})
