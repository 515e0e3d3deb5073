import { lineColumnAt } from './positions'
import { withBasePath } from '@/lib/urls'
import { scholarTag } from '@/lib/citations/jekyll-scholar'

/** A problem in a Liquid construct; line and column are relative to the text given to renderLiquid. */
export interface LiquidProblem {
  line: number
  column: number
  message: string
  severity: 'error' | 'warning'
}

export interface LiquidContext {
  /** What `{{ site.* }}` resolves against (site.yaml, plus `baseurl`). */
  site: Record<string, unknown>
  /** What `{{ page.* }}` resolves against (the file's front matter, plus `url`). */
  page: Record<string, unknown>
  /** The site's canonical origin, for `absolute_url`. */
  siteUrl: string
  basePath: string
}

const SUPPORTED_TAGS = ['raw', 'comment']

/** Problems listed per file; real pages have a handful. */
const MAX_PROBLEMS = 100
const SUPPORTED_FILTERS = ['relative_url', 'absolute_url']

/**
 * The subset of Jekyll's Liquid that Markdown pages use: `{{ site.x }}` and `{{ page.x }}`
 * variables with the `relative_url`/`absolute_url` filters, `{% raw %}` and `{% comment %}`.
 * Jekyll expands Liquid before Markdown, so this runs on the source text. Anything else is
 * reported with its position rather than printed as-is.
 */
export function renderLiquid(
  text: string,
  ctx: LiquidContext,
): { text: string; problems: LiquidProblem[] } {
  const problems: LiquidProblem[] = []
  // A file of unclosed braces would otherwise print (and locate) a problem for each: after the
  // cap, one last problem says the list stops there.
  const report = (
    offset: number,
    message: string,
    severity: LiquidProblem['severity'] = 'error',
  ) => {
    if (problems.length > MAX_PROBLEMS) return
    const at = lineColumnAt(text, offset)
    problems.push(
      problems.length < MAX_PROBLEMS
        ? { ...at, message, severity }
        : {
            ...at,
            message: `more Liquid problems from here on are not listed (only the first ${MAX_PROBLEMS} are; fix those and build again)`,
            severity: 'error',
          },
    )
  }
  // Where no closing "}}" or "%}" follows any more: past it, every opening is unclosed, without
  // searching the rest of the text again for each (which made 100,000 of them quadratic).
  const closes: Record<string, number> = {}
  const closing = (close: string, from: number) => {
    if (from >= (closes[close] ?? Infinity)) return -1
    const end = text.indexOf(close, from)
    if (end === -1) closes[close] = from
    return end
  }

  let out = ''
  let pos = 0
  const open = /\{\{|\{%-?/g
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index
    out += text.slice(pos, start)
    if (m[0] === '{{') {
      const end = closing('}}', start + 2)
      if (end === -1) {
        report(start, 'unclosed Liquid output "{{" (expected a closing "}}")')
        pos = start + 2
        out += '{{'
        continue
      }
      out += evaluateOutput(text.slice(start + 2, end).trim(), ctx, (msg, sev) =>
        report(start, msg, sev),
      )
      pos = end + 2
    } else {
      const end = closing('%}', start + 2)
      if (end === -1) {
        report(start, 'unclosed Liquid tag "{%" (expected a closing "%}")')
        pos = start + m[0].length
        out += m[0]
        continue
      }
      const tag = text
        .slice(start + m[0].length, end)
        .replace(/-$/, '')
        .trim()
      const name = tag.split(/\s+/)[0] ?? ''
      if (name === 'raw' || name === 'comment') {
        const close = new RegExp(`\\{%-?\\s*end${name}\\s*-?%\\}`, 'g')
        close.lastIndex = end + 2
        const closing = close.exec(text)
        if (!closing) {
          report(start, `"{% ${name} %}" is never closed (expected "{% end${name} %}")`)
          pos = end + 2
        } else {
          if (name === 'raw') out += text.slice(end + 2, closing.index)
          pos = closing.index + closing[0].length
        }
      } else if (scholarTag(tag) !== undefined) {
        // jekyll-scholar's citations, read by lib/markdown/citations.ts.
        out += scholarTag(tag)
        pos = end + 2
      } else {
        report(
          start,
          `unknown Liquid tag "${name}" (supported here: ${SUPPORTED_TAGS.join(', ')}; wrap literal text in {% raw %}...{% endraw %})`,
        )
        out += text.slice(start, end + 2)
        pos = end + 2
      }
    }
    open.lastIndex = pos
  }
  out += text.slice(pos)
  return { text: out, problems }
}

function evaluateOutput(
  expression: string,
  ctx: LiquidContext,
  report: (message: string, severity?: LiquidProblem['severity']) => void,
): string {
  const [head = '', ...filters] = expression.split('|').map((s) => s.trim())
  let value: string
  const literal = /^(['"])(.*)\1$/.exec(head)
  if (literal) {
    value = literal[2] ?? ''
  } else if (/^(site|page)(\.[A-Za-z_][\w-]*)+$/.test(head)) {
    const [root, ...keys] = head.split('.')
    const resolved = lookup(root === 'site' ? ctx.site : ctx.page, keys)
    if (resolved === undefined || resolved === null) {
      report(
        `unknown Liquid variable "${head}" (it renders as empty text; define it in ${root === 'site' ? 'content/site.yaml' : 'the front matter'})`,
        'warning',
      )
      value = ''
    } else {
      value = printed(resolved)
    }
  } else {
    report(
      `unsupported Liquid expression "{{ ${expression} }}" (expected site.* or page.* variables, or a quoted string)`,
    )
    return `{{ ${expression} }}`
  }
  for (const filter of filters) {
    if (filter === 'relative_url') value = joinUrl(ctx.basePath, value)
    else if (filter === 'absolute_url')
      value = ctx.siteUrl.replace(/\/+$/, '') + joinUrl(ctx.basePath, value)
    else
      report(`unknown Liquid filter "${filter}" (supported here: ${SUPPORTED_FILTERS.join(', ')})`)
  }
  return value
}

/**
 * A value as text: a record that names something (`site.author`, which a Jekyll config may give
 * as a plain name and site.yaml keeps as `{ name, email }`) prints its name, a list its items.
 */
function printed(value: unknown): string {
  if (Array.isArray(value)) return value.map(printed).join(', ')
  if (value && typeof value === 'object') {
    const { name, title } = value as { name?: unknown; title?: unknown }
    if (typeof name === 'string') return name
    if (typeof title === 'string') return title
    return JSON.stringify(value)
  }
  return String(value)
}

function lookup(data: Record<string, unknown>, keys: string[]): unknown {
  let current: unknown = data
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

function joinUrl(basePath: string, value: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) return value
  return withBasePath(value.startsWith('/') ? value : `/${value}`, basePath)
}
