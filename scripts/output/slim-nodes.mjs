// In JavaScript, like the worker that installs it (validate-worker.mjs).

/**
 * html-validate 10 gives every node of its DOM, text nodes included, an empty `Set` and an empty
 * `Map` (the rules its directive comments disable or block there), every element an adapter of
 * three closures, and every element a shallow copy of its tag's metadata (about 40 properties),
 * which it writes into only where a property is computed per element (a function). On the page
 * of a 5 MB post (472,565 elements) that is a third of what its validation holds.
 *
 * This shares what no node changes: one empty set and map until a directive disables or blocks a
 * rule on a node (which then gets its own), one adapter class with the same three methods, and
 * one copy of each tag's metadata when none of its properties is computed per element. It checks
 * that html-validate still builds its nodes that way before it changes anything, and returns
 * whether it did; the validation's results are the same either way.
 */
export function installSlimNodes({ HtmlElement, DOMNode, TextNode }) {
  const node = DOMNode?.prototype
  const element = HtmlElement?.prototype
  const methods = [node?.blockRule, node?.disableRule, node?.enableRule, element?.appendText]
  if (typeof HtmlElement?.fromTokens !== 'function' || methods.some((m) => typeof m !== 'function'))
    return false
  const probe = HtmlElement.createElement('div', {
    filename: '',
    offset: 0,
    line: 1,
    column: 1,
    size: 0,
  })
  const adapterKeys = Object.keys(probe._adapter ?? {})
    .sort()
    .join()
  if (
    !(probe.disabledRules instanceof Set) ||
    !(probe.blockedRules instanceof Map) ||
    adapterKeys !== 'closest,getAttribute,hasAttribute' ||
    !(new TextNode('', probe.location).disabledRules instanceof Set)
  )
    return false

  const NO_RULES = new Set()
  const NO_BLOCKERS = new Map()
  const { blockRule, disableRule, enableRule } = node
  node.blockRule = function (ruleId, blocker) {
    if (this.blockedRules === NO_BLOCKERS) this.blockedRules = new Map()
    return blockRule.call(this, ruleId, blocker)
  }
  node.disableRule = function (ruleId) {
    if (this.disabledRules === NO_RULES) this.disabledRules = new Set()
    return disableRule.call(this, ruleId)
  }
  node.enableRule = function (ruleId) {
    if (this.disabledRules !== NO_RULES) return enableRule.call(this, ruleId)
  }
  const slim = (n) => {
    if (n.disabledRules.size === 0) n.disabledRules = NO_RULES
    if (n.blockedRules.size === 0) n.blockedRules = NO_BLOCKERS
  }

  /** The adapter html-validate's metadata functions are given: the same three methods. */
  class Adapter {
    constructor(of) {
      this.node = of
    }
    closest(selectors) {
      return this.node.closest(selectors)?._adapter
    }
    getAttribute(name) {
      return this.node.getAttribute(name)?.value
    }
    hasAttribute(name) {
      return this.node.hasAttribute(name)
    }
  }

  // One shared copy per metadata table and tag, for tags with no per-element property.
  const shared = new WeakMap()
  const sharedMeta = (table, tagName, copy) => {
    if (!table || !copy) return copy
    let tags = shared.get(table)
    if (!tags) shared.set(table, (tags = new Map()))
    if (!tags.has(tagName))
      tags.set(tagName, Object.values(copy).some((v) => typeof v === 'function') ? null : copy)
    return tags.get(tagName) ?? copy
  }

  const fromTokens = HtmlElement.fromTokens
  HtmlElement.fromTokens = function (startToken, endToken, parent, metaTable, ...rest) {
    const made = fromTokens.call(this, startToken, endToken, parent, metaTable, ...rest)
    slim(made)
    made._adapter = new Adapter(made)
    made.metaElement = sharedMeta(metaTable, made.tagName, made.metaElement)
    return made
  }
  const appendText = element.appendText
  element.appendText = function (text, location) {
    const result = appendText.call(this, text, location)
    const last = this.childNodes[this.childNodes.length - 1]
    if (last instanceof TextNode) slim(last)
    return result
  }
  return true
}
