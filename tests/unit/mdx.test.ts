import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { VFile } from 'vfile'
import { checkMdx } from '@/lib/markdown/mdx'
import { renderMdx } from './helpers'

const render = (source: string) => renderMdx(source)

async function check(source: string): Promise<string[]> {
  const file = new VFile({ path: 'test.mdx', value: source })
  await checkMdx(file, '')
  return file.messages.map((m) => `${m.line}:${m.column}: ${m.reason}`)
}

describe('MDX', () => {
  it('renders Markdown, GFM and the site components', async () => {
    const html = await render(
      '# Title\n\n<Callout type="tip">Use **MDX**.</Callout>\n\n| a |\n| - |\n| 1 |\n',
    )
    assert.match(html, /<h1 id="title">Title<\/h1>/)
    assert.match(
      html,
      /<aside class="callout callout-tip" aria-label="Tip"><p class="callout-title">Tip<\/p>Use <strong>MDX<\/strong>.<\/aside>/,
    )
    assert.match(html, /<table tabindex="0">/)
  })

  it('blocks JavaScript expressions (next-mdx-remote blockJS stays on)', async () => {
    const html = await render('Sum: {1 + 1}. Env: {process.env.HOME}')
    assert.doesNotMatch(html, /2|\/root|HOME/)
  })

  it('gives site-relative links a trailing slash, and resolves relative ones against the page', async () => {
    assert.match(await render('[oss](/oss)'), /href="\/oss\/"/)
    assert.match(
      await render('![d](diagram.svg) [up](../x/)'),
      /src="\/notes\/diagram\.svg".*href="\/x\/"/,
    )
  })

  it('reports syntax errors and unknown components with their position', async () => {
    assert.deepEqual(await check('Hello\n\n<Chart />\n'), [
      '3:1: unknown MDX component <Chart> (expected one of: Callout, Tabs, Tab)',
    ])
    assert.deepEqual(await check('a\n\n<div>\n'), [
      '3:1: MDX syntax error: Expected a closing tag for `<div>`',
    ])
    assert.deepEqual(await check('Fine <Callout>ok</Callout>\n'), [])
  })
})
