import { SCRIPT_TARGET } from '@/lib/vendor-scripts'
import type { MovedScript } from './scripts'
import { HTML_COMMENT, readSiteScript, SCRIPT_SRC, scriptPath } from './site-scripts'

// Names between quotes, found whatever quote the scan is in step with (a quote inside a regular
// expression or a comment would put a left-to-right reading of string literals out of step).
const QUOTED_NAME = /(?<=["'`])([A-Za-z][\w-]*)(?=["'`])/g
// `#id` and `.class` in a selector string, after an element's name or none (`span.pronoun`), at
// its start or after a space or combinator. (Element names are listed, none a likely variable of
// code after a string on its line: `d.y` and `g.attr` are no classes.)
const ELEMENT =
  'article|aside|button|canvas|circle|code|div|figure|form|h[1-6]|img|input|label|li|ol|pre|rect|section|span|strong|svg|table|td|th|tr|ul'
const SELECTOR_NAME = new RegExp(
  `(?<=["'\`]|["'\`][^"'\`\\n]{0,200}[ >+~,(])(?:${ELEMENT})?([#.])([A-Za-z][\\w-]*)`,
  'g',
)
// What a module script imports from the site: `import x from "/js/app.js"`, `import("/js/x.js")`.
const IMPORT = /\bimport\b[^"'`;]*?\(?\s*(["'`])(\/[^"'`]+)\1/g
const BY_CLASS = /getElementsByClassName\(\s*(["'`])([^"'`]+)\1/g
// A start tag with its attributes.
const START_TAG = /<([a-z][\w-]*)\b([^>]*)>/gi
// At most this many files a document's module scripts import, followed from its own.
const MAX_FILES = 50

/**
 * The names a document's scripts look elements up by: `#id` and `.class` in selector strings
 * (`d3.select("#chart")`, `$(".pronoun")`), and any string that is a name as a whole, which an id
 * passed along to be looked up is (`getElementById(el)` after `draw("viz_ones")`).
 */
export function namesInScripts(scripts: string[]): { ids: Set<string>; classes: Set<string> } {
  const ids = new Set<string>()
  const classes = new Set<string>()
  for (const script of scripts) {
    for (const m of script.matchAll(QUOTED_NAME)) ids.add(m[1]!)
    for (const m of script.matchAll(SELECTOR_NAME)) (m[1] === '#' ? ids : classes).add(m[2]!)
    for (const m of script.matchAll(BY_CLASS)) m[2]!.split(/\s+/).forEach((c) => classes.add(c))
  }
  return { ids, classes }
}

/**
 * The text of the site's script at `sitePath`, then those of the files it imports (a module's
 * `import "/js/app.js"`), each once per `seen`, at most `MAX_FILES` in all. `moved` holds the
 * scripts the import took out of the document into files of their own, not on the site yet.
 */
export function scriptAndImports(
  siteDir: string,
  sitePath: string,
  moved: MovedScript[] = [],
  seen = new Set<string>(),
): string[] {
  if (seen.has(sitePath) || seen.size >= MAX_FILES) return []
  seen.add(sitePath)
  const text =
    moved.find((m) => `/${m.file}` === sitePath)?.text ?? readSiteScript(siteDir, sitePath)
  if (text === undefined) return []
  return [
    text,
    ...[...text.matchAll(IMPORT)].flatMap((m) =>
      scriptAndImports(siteDir, scriptPath(m[2]!), moved, seen),
    ),
  ]
}

/** The texts of the scripts a document loads from the site, and of the files they import. */
function scriptTexts(siteDir: string, body: string, moved: MovedScript[]): string[] {
  const seen = new Set<string>()
  return [...body.replace(HTML_COMMENT, '').matchAll(SCRIPT_SRC)].flatMap((m) =>
    scriptAndImports(siteDir, scriptPath(m[1]!), moved, seen),
  )
}

// A script that adds elements to the page's `<body>` itself, outside the post's text: a tooltip
// drawn with `d3.select("body").append("div")`, `$("body").append(...)` or
// `document.body.appendChild(...)`.
const TO_BODY =
  /(?:\bselect|\$|\bquerySelector)\(\s*(["'`])body\1\s*\)\s*\.\s*(?:append\w*|prepend|insert\w*)\b|\bdocument\.body\s*\.\s*(?:append|appendChild|prepend|insertBefore|insertAdjacentHTML|insertAdjacentElement)\b/

/** Whether one of `scripts` adds elements to the page's `<body>` outside the post's text. */
export function addsToBody(scripts: string[]): boolean {
  return scripts.some((script) => TO_BODY.test(script))
}

/**
 * Every id and class a document's own scripts name (`namesInScripts`), in one set, and whether
 * they add elements to the page's `<body>` (`addsToBody`).
 */
export function namesInDocumentScripts(
  siteDir: string,
  body: string,
  moved: MovedScript[],
): { names: Set<string>; toBody: boolean } {
  const texts = scriptTexts(siteDir, body, moved)
  const { ids, classes } = namesInScripts(texts)
  return { names: new Set([...ids, ...classes]), toBody: addsToBody(texts) }
}

/**
 * Marks `data-script-target` on each element of the document (outside HTML comments) that its own
 * scripts look up, by id or class: the page runs its scripts only once one of these comes near the
 * screen (lib/scripts-when-seen.js), so a chart further down costs the page nothing while it
 * loads. The site's libraries a layout loaded (d3, jQuery) are not the document's scripts: they
 * are added after this.
 */
export function markScriptTargets(siteDir: string, body: string, moved: MovedScript[]): string {
  const texts = scriptTexts(siteDir, body, moved)
  if (!texts.length) return body
  const { ids, classes } = namesInScripts(texts)
  const mark = (part: string) =>
    part.replace(START_TAG, (tag, name: string, attrs: string) => {
      if (name.toLowerCase() === 'script' || attrs.includes(SCRIPT_TARGET)) return tag
      const id = /\bid\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1]
      const cls = /\bclass\s*=\s*["']([^"']+)["']/i.exec(attrs)?.[1]?.split(/\s+/) ?? []
      const drawn = (id !== undefined && ids.has(id)) || cls.some((c) => classes.has(c))
      return drawn ? `<${name} ${SCRIPT_TARGET}${attrs}>` : tag
    })
  // Comments stay as they are: an element the author commented out is not drawn into.
  let out = ''
  let last = 0
  for (const m of body.matchAll(HTML_COMMENT)) {
    out += mark(body.slice(last, m.index)) + m[0]
    last = m.index + m[0].length
  }
  return out + mark(body.slice(last))
}
