import type { Node, Parent } from 'unist'
import { CONTINUE, EXIT, SKIP, visit as unistVisit } from 'unist-util-visit'

export { CONTINUE, EXIT, SKIP }

type Visitor = (node: Node, index: number | undefined, parent: Parent | undefined) => unknown
type Test = string | readonly string[] | undefined

/** No answer: shared, since most visits give none (an array per node kept the collector busy). */
const NONE: readonly unknown[] = Object.freeze([])
const SKIPPED: readonly unknown[] = Object.freeze([SKIP])

/** A visitor's answer as unist-util-visit reads it: `[action, next index]`. */
function toResult(value: unknown): readonly unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'number') return [CONTINUE, value]
  if (value === SKIP) return SKIPPED
  return value === null || value === undefined ? NONE : [value]
}

/**
 * `visit` from unist-util-visit, with the same arguments, order and answers (SKIP, EXIT, the next
 * index), for the tests the site's plugins use: a node type, a list of types, or none. It costs a
 * tenth as much: unist-util-visit makes a closure for every node and names it (for stack traces)
 * with `Object.defineProperty`, and finds each node's index with `indexOf` in its parent; over
 * 1,000 posts its walks took 3 of the content check's 14 seconds. Other tests go to the original.
 */
export const visit = ((tree: Node, ...args: unknown[]) => {
  const [test, visitor, reverse] = (
    typeof args[0] === 'function' && typeof args[1] !== 'function' ? [undefined, ...args] : args
  ) as [Test, Visitor, boolean | undefined]
  if (test !== undefined && typeof test !== 'string' && !Array.isArray(test))
    return (unistVisit as (...a: unknown[]) => void)(tree, ...args)
  const types: readonly (string | undefined)[] | undefined =
    typeof test === 'string' ? [test] : test
  const step = reverse ? -1 : 1
  const one = (
    node: Node,
    index: number | undefined,
    parent: Parent | undefined,
  ): readonly unknown[] => {
    let result = NONE
    if (!types || types.includes(node.type)) {
      result = toResult(visitor(node, index, parent))
      if (result[0] === EXIT) return result
    }
    const self = node as Partial<Parent>
    if (self.children && result[0] !== SKIP) {
      // Children are read afresh at every step: a visitor may add, remove or replace them.
      let offset = (reverse ? self.children.length : -1) + step
      while (offset > -1 && offset < self.children.length) {
        const sub = one(self.children[offset]!, offset, self as Parent)
        if (sub[0] === EXIT) return sub
        offset = typeof sub[1] === 'number' ? sub[1] : offset + step
      }
    }
    return result
  }
  one(tree, undefined, undefined)
}) as typeof unistVisit
