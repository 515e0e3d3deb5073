/** See linear-elements.mjs: html-validate's element search in one walk. */
export function installLinearElementSearch(HtmlElement: unknown): boolean
