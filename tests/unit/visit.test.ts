import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Node, Parent } from 'unist'
import { EXIT, SKIP, visit as unistVisit } from 'unist-util-visit'
import { visit } from '@/lib/markdown/visit'

type N = Node & { name: string; children?: N[] }

/** root → a(b, c(d, e), f), g(h) */
function tree(): N {
  const n = (name: string, type: string, ...children: N[]): N =>
    children.length ? { type, name, children } : { type, name }
  return n(
    'root',
    'root',
    n('a', 'el', n('b', 'text'), n('c', 'el', n('d', 'text'), n('e', 'el')), n('f', 'text')),
    n('g', 'el', n('h', 'text')),
  )
}

/** What each implementation visits, with the index and parent it reports, from a fresh tree. */
function trace(impl: typeof unistVisit, args: (log: string[]) => unknown[]): string[] {
  const log: string[] = []
  ;(impl as (...a: unknown[]) => void)(tree(), ...args(log))
  return log
}

const record =
  (log: string[], answer: (node: N, index?: number, parent?: Parent) => unknown = () => {}) =>
  (node: N, index?: number, parent?: Parent) => {
    log.push(`${node.name}@${index ?? '-'}<${(parent as N | undefined)?.name ?? '-'}`)
    return answer(node, index, parent)
  }

const cases: [string, (log: string[]) => unknown[]][] = [
  ['every node', (log) => [record(log)]],
  ['one type', (log) => ['text', record(log)]],
  ['a list of types', (log) => [['el', 'root'], record(log)]],
  ['in reverse', (log) => [record(log), true]],
  ['a type in reverse', (log) => ['el', record(log), true]],
  ['SKIP', (log) => [record(log, (n) => (n.name === 'c' ? SKIP : undefined))]],
  ['EXIT', (log) => [record(log, (n) => (n.name === 'd' ? EXIT : undefined))]],
  ['[SKIP, index]', (log) => [record(log, (n) => (n.name === 'b' ? [SKIP, 2] : undefined))]],
  [
    'removing a node and going on at its index',
    (log) => [
      'el',
      record(log, (n, i, p) => {
        if (n.name !== 'c' || !p || i === undefined) return
        p.children.splice(i, 1)
        return i
      }),
    ],
  ],
  [
    'replacing the children of the visited node',
    (log) => [
      record(log, (n) => {
        if (n.name === 'g') n.children = [{ type: 'text', name: 'new' }]
      }),
    ],
  ],
  [
    'a function test (handed to unist-util-visit)',
    (log) => [(n: N) => n.name.length === 1 && n.name < 'd', record(log)],
  ],
]

describe('visit (lib/markdown/visit.ts)', () => {
  for (const [name, args] of cases)
    it(`walks as unist-util-visit does: ${name}`, () => {
      const expected = trace(unistVisit, args)
      assert.ok(expected.length > 0)
      assert.deepEqual(trace(visit, args), expected)
    })

  it('walks by itself for the tests the plugins use, and only hands other tests on', () => {
    const stacks: string[] = []
    const note = () => void stacks.push(new Error().stack ?? '')
    visit(tree() as Node, 'el', note)
    visit(tree() as Node, ['el', 'text'], note)
    visit(tree() as Node, note)
    assert.equal(stacks.length, 4 + 8 + 9)
    assert.ok(
      stacks.every((s) => !s.includes('unist-util-visit')),
      stacks[0],
    )
    visit(tree() as Node, (n: Node) => n.type === 'el', note)
    assert.ok(stacks.at(-1)!.includes('unist-util-visit'))
  })
})
