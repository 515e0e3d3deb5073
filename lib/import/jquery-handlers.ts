/**
 * Inline handlers that called jQuery (`$("#abstract").toggle()`, the usual show/hide link of an
 * academic page) keep working once moved into the page's script file, which has no jQuery: the
 * calls that only show, hide or toggle the elements a plain selector names become the same DOM
 * code. Anything else jQuery did is left as written, and the import reports it.
 */

const CALL =
  /(?:\$|jQuery)\(\s*(['"])([#.]?[\w-]+(?:\s*[\s,>]\s*[#.]?[\w-]+)*)\1\s*\)\.(toggle|show|hide)\(\s*\)/g

// Showing puts back the display the page's styles give the element (a block if they hide it).
const SHOW = `el.style.display = ''; if (getComputedStyle(el).display === 'none') el.style.display = 'block'`
const ACTIONS: Record<string, string> = {
  show: `{ ${SHOW} }`,
  hide: `{ el.style.display = 'none' }`,
  toggle: `{ if (getComputedStyle(el).display === 'none') { ${SHOW} } else el.style.display = 'none' }`,
}

export function withoutJquery(code: string): { code: string; converted: boolean; jquery: boolean } {
  let converted = false
  const plain = code.replace(CALL, (_, _q: string, selector: string, action: string) => {
    converted = true
    return `document.querySelectorAll(${JSON.stringify(selector)}).forEach((el) => ${ACTIONS[action]!})`
  })
  return { code: plain, converted, jquery: /(?:^|[^\w$.])(?:\$|jQuery)\s*[(.]/.test(plain) }
}
