// In JavaScript, like the worker that installs it (validate-worker.mjs).

/**
 * html-validate 10's `getElementsByTagName`, which its selectors use for every descendant step
 * (`a`, `img`, `input`…), concatenates arrays in a reduce: each element copies every match found
 * under its earlier siblings, so a page whose body has many children costs the square of their
 * number, for each rule that asks. A 5 MB post's page took 550 s to validate; 20,000 paragraphs,
 * 340 s. This is the same search (the same elements, in document order) in one walk: it replaces
 * the method of `HtmlElement` when it is there, and returns whether it did.
 */
export function installLinearElementSearch(HtmlElement) {
  if (typeof HtmlElement?.prototype?.getElementsByTagName !== 'function') return false
  HtmlElement.prototype.getElementsByTagName = function getElementsByTagName(tagName) {
    const matches = []
    const stack = [...this.childElements].reverse()
    while (stack.length) {
      const node = stack.pop()
      if (node.is(tagName)) matches.push(node)
      const children = node.childElements
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i])
    }
    return matches
  }
  return true
}
