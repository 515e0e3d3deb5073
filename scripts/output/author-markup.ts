import fs from 'node:fs'
import path from 'node:path'
import { attr, elements, parseHtml, type Element } from './html'

/** Where the author's own markup in the export came from. */
export interface AuthorSources {
  /** Folders whose files are published as they are (PUBLIC_DIR, public/). */
  publicDirs: string[]
  /** The content file a page's body was written in, by the page's path in the export. */
  sourceOf(page: string): string | undefined
}

const ERROR = /^(.+?\.html):(\d+):(\d+): (.*)$/

/**
 * HTML validation errors split by who wrote the markup. The site's own templates must be valid,
 * so their errors stop the build. An author's old markup must not block their site: an error
 * inside a page's body (`.prose`, rendered from content) is a warning at the content file's line,
 * and an HTML file published as it is from the public folder is the author's too.
 */
export function splitAuthorErrors(
  dir: string,
  errors: string[],
  sources: AuthorSources,
): { errors: string[]; warnings: string[] } {
  const kept: string[] = []
  const warnings: string[] = []
  const bodies = new Map<string, Element[]>()
  for (const error of errors) {
    const m = ERROR.exec(error)
    if (!m) {
      kept.push(error)
      continue
    }
    const [, page, lineText, colText, message] = m as unknown as [
      string,
      string,
      string,
      string,
      string,
    ]
    const publicDir = sources.publicDirs.find((d) => fs.existsSync(path.join(d, page)))
    if (publicDir) {
      warnings.push(
        `${path.relative(process.cwd(), path.join(publicDir, page))}:${lineText}:${colText}: ${message} (an HTML file of the site's own, published as it is)`,
      )
      continue
    }
    let proses = bodies.get(page)
    if (!proses) {
      const doc = parseHtml(fs.readFileSync(path.join(dir, page), 'utf8'))
      proses = [...elements(doc)].filter((e) =>
        (attr(e, 'class') ?? '').split(/\s+/).includes('prose'),
      )
      bodies.set(page, proses)
    }
    const line = Number(lineText)
    const col = Number(colText)
    const body = proses.find((p) => within(p, line, col))
    const source = body && sources.sourceOf(page)
    if (!body || !source) {
      kept.push(error)
      continue
    }
    const at = sourceLine(source, body, line, col)
    warnings.push(
      `${path.relative(process.cwd(), source)}:${at ?? 1}: ${message} (the page's own markup, on /${page.replace(/(^|\/)index\.html$/, '$1')}${at ? '' : '; line not found'})`,
    )
  }
  return { errors: kept, warnings }
}

const before = (l1: number, c1: number, l2: number, c2: number) =>
  l1 < l2 || (l1 === l2 && c1 <= c2)

function within(el: Element, line: number, col: number): boolean {
  const loc = el.sourceCodeLocation
  if (!loc) return false
  return (
    before(loc.startLine, loc.startCol, line, col) &&
    // The end column is the one after the element.
    before(line, col + 1, loc.endLine, loc.endCol)
  )
}

/**
 * The line of the content file that wrote the element at `line:col` of the page: its start tag
 * is looked up by name and id (or first attribute), counting the same tags before it in the body.
 */
function sourceLine(file: string, body: Element, line: number, col: number): number | undefined {
  const all = [...elements(body)]
  const el = all
    .filter((e) => {
      const loc = e.sourceCodeLocation?.startTag ?? e.sourceCodeLocation
      return (
        loc &&
        loc.startLine === line &&
        loc.startCol <= col &&
        col <= (loc.endLine === line ? loc.endCol : Infinity)
      )
    })
    .pop()
  if (!el) return undefined
  const key = attr(el, 'id') !== undefined ? { name: 'id', value: attr(el, 'id')! } : el.attrs[0]
  const same = (e: Element) => e.tagName === el.tagName && (!key || attr(e, key.name) === key.value)
  const nth = all.filter(same).indexOf(el)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = new RegExp(
    key
      ? `<${el.tagName}\\b[^>]*\\b${escape(key.name)}\\s*=\\s*["']?${escape(key.value)}["'\\s>]`
      : `<${el.tagName}\\b`,
    'gi',
  )
  const found = [...text.matchAll(pattern)]
  const hit = found[Math.min(nth, found.length - 1)]
  return hit ? text.slice(0, hit.index).split('\n').length : undefined
}
