/** See slim-nodes.mjs: html-validate's nodes share what none of them changes. */
export function installSlimNodes(classes: {
  HtmlElement: unknown
  DOMNode: unknown
  TextNode: unknown
}): boolean
