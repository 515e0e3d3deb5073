import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { DOMNode, HtmlElement, HtmlValidate, TextNode, type ConfigData } from 'html-validate'
import { installSlimNodes } from '../../scripts/output/slim-nodes.mjs'

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'corpus')
const CONFIG = JSON.parse(fs.readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body>${body}</body></html>`

/**
 * Markup that exercises what the patch shares: directive comments that disable and block rules on
 * some nodes, elements whose metadata is computed per element (links, inputs by type, media with
 * controls, labels), the adapter the ARIA rules ask (implicit roles, names), and plain errors.
 */
const MADE = [
  page(
    '<!-- [html-validate-disable-next no-dup-id] --><p id="a">one</p><p id="a">two</p><p id="a">three</p>',
  ),
  page(
    '<div><!-- [html-validate-disable-block element-permitted-content] --><a href="/x"><button type="button">in block</button></a></div><a href="/y"><button type="button">after</button></a>',
  ),
  page(
    '<!-- [html-validate-disable aria-label-misuse] --><div aria-label="off">x</div><!-- [html-validate-enable aria-label-misuse] --><div aria-label="on">y</div>',
  ),
  page(
    '<a href="/1"><audio controls></audio></a><a href="/2"><audio></audio></a><a href="/3"><input type="text"></a><a href="/4"><input type="hidden"></a><a href="/5"><img src="m.png" alt="" usemap="#m"></a><a href="/6"><img src="n.png" alt=""></a>',
  ),
  page(
    '<input type="hidden" id="h"><label for="h">hidden</label><input type="text" id="t"><label for="t">text</label><button type="submit"><a href="/s">s</a></button>',
  ),
  page(
    '<section aria-label="region"><header><h2>In a section</h2></header></section><span role="button">fake</span><ul><div>not an item</div></ul>',
  ),
  page(
    '<h1>One</h1><p><div>block in p</div></p><table><tr><td>no tbody</td></tr></table><details><p>no summary</p></details>',
  ),
]

function corpusPages(): string[] {
  if (!fs.existsSync(SHARED)) return []
  return (fs.readdirSync(SHARED, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SHARED, f), 'utf8'))
    .map((html) => (/<html[\s>]/i.test(html) ? html : page(html)))
}

async function messages(pages: string[]): Promise<string[]> {
  const validator = new HtmlValidate(CONFIG)
  const found: string[] = []
  for (const [i, html] of pages.entries()) {
    const report = await validator.validateString(html, `page-${i}.html`)
    for (const r of report.results)
      for (const m of r.messages)
        found.push(
          `${i}:${m.line}:${m.column}:${m.severity}:${m.ruleId}:${m.selector}: ${m.message}`,
        )
  }
  return found
}

describe("the validator's slimmer nodes (scripts/output/slim-nodes.mjs)", () => {
  it('find exactly what html-validate finds without them, on made and real markup', async () => {
    const pages = [...MADE, ...corpusPages()]
    const theirs = await messages(pages)
    assert.ok(installSlimNodes({ HtmlElement, DOMNode, TextNode }), 'the patch applies')
    const ours = await messages(pages)
    assert.deepEqual(ours, theirs)
    // Not a comparison of two empty lists: every made page has a finding, and the directives and
    // the per-element metadata decided some of them.
    for (let i = 0; i < MADE.length; i++)
      assert.ok(
        theirs.some((m) => m.startsWith(`${i}:`)),
        `made page ${i} has no finding`,
      )
    const on = (i: number, rule: string) =>
      theirs.filter((m) => m.startsWith(`${i}:`) && m.includes(`:${rule}:`)).length
    assert.equal(on(0, 'no-dup-id'), 2)
    assert.equal(on(1, 'element-permitted-content'), 1)
    assert.equal(on(2, 'aria-label-misuse'), 1)
    assert.equal(on(3, 'element-permitted-content'), 3)
  })

  it('leaves html-validate alone when its nodes are not built the way the patch expects', () => {
    class Other {}
    assert.equal(installSlimNodes({ HtmlElement: Other, DOMNode: Other, TextNode: Other }), false)
  })
})
