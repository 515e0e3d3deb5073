import { lineColumnAt } from '@/lib/markdown/positions'
import { escapeVerbatim, preservedBlock, preservedInline } from './preserve'

/** What the conversion needs to know about the rest of the Jekyll site. */
export interface LiquidImportContext {
  /** The new URL of `{% post_url 2019-08-07-slug %}`'s post, if it was imported. */
  postUrl(name: string): string | undefined
  /** The new URL of `{% link path/in/site.md %}`'s file, if it was imported. */
  linkUrl(sitePath: string): string | undefined
  /** The text of `_includes/<name>` (or a file relative to the document for include_relative). */
  readInclude(name: string, relative: boolean): string | undefined
  /**
   * A template's output when it depends only on the site's config and data, the page's own front
   * matter and what the page assigned (`scope`), evaluated at import (evaluate-liquid.ts).
   */
  evaluate?(template: string, scope: Record<string, unknown>): string | undefined
  /** The document as Liquid's `page`: its front matter, title, date, URL, tags, categories. */
  page?: Record<string, unknown>
}

export interface LiquidNote {
  line: number
  kind: 'converted' | 'flagged' | 'dropped'
  message: string
}

// Tags the site's own renderer understands (lib/markdown/liquid.ts), kept as they are.
const KEPT_BLOCKS = ['raw', 'comment']
const SITE_FILTERS = new Set(['relative_url', 'absolute_url'])
// Liquid's block tags: preserved with everything up to their end tag.
const BLOCK_TAGS = new Set(['for', 'if', 'unless', 'case', 'capture', 'tablerow'])
// An include that only loads MathJax or analytics: the site typesets math and configures analytics itself.
const DROPPED_INCLUDE = /mathjax|katex|analytics|gtag|google[-_]?tag|plausible|goatcounter/i
const MAX_INCLUDE_DEPTH = 5

export interface ConvertedLiquid {
  text: string
  notes: LiquidNote[]
  /** Keys of `site` that `{{ site.* }}` refers to, so site.yaml can keep them. */
  siteKeys: Set<string>
}

/**
 * Converts a Jekyll document's Liquid into what the site renders itself: `{{ site.* }}`/`{{ page.* }}`
 * variables and `{% raw %}` stay; `{% post_url %}` and `{% link %}` become the new URLs,
 * `{% highlight %}` a fenced code block, a simple `{% include %}` its text. Anything else is kept
 * verbatim, escaped, in a visible block a human can review, and noted with its line.
 */
export function convertLiquid(
  text: string,
  ctx: LiquidImportContext,
  include: Record<string, string> = {},
  depth = 0,
  locals: Record<string, unknown> = {},
): ConvertedLiquid {
  const notes: LiquidNote[] = []
  // What a template evaluated at import sees: the page, an include's parameters, the variables
  // the page assigned so far (Jekyll's assigns in an include are the page's too).
  const scope = () => ({
    ...(ctx.page ? { page: ctx.page } : {}),
    ...(depth > 0 ? { include } : {}),
    ...locals,
  })
  const evaluate = (template: string) => ctx.evaluate?.(template, scope())
  const siteKeys = new Set<string>()
  const note = (offset: number, kind: LiquidNote['kind'], message: string) =>
    notes.push({ line: lineColumnAt(text, offset).line, kind, message })
  const atLineStart = (offset: number) => /(^|\n)[ \t]*$/.test(text.slice(0, offset))
  const preserve = (start: number, end: number, why: string) => {
    const source = text.slice(start, end)
    note(start, 'flagged', `${why}: kept verbatim for review: ${firstLine(source)}`)
    // Inside an HTML tag (`href="{{ … }}"`) a box would break the tag: the text stays as
    // written, as characters the site's renderer does not read as Liquid.
    if (/<[A-Za-z][^<>]*$/.test(out)) return escapeVerbatim(source)
    return atLineStart(start) && /^[ \t]*(\n|$)/.test(text.slice(end))
      ? `\n${preservedBlock(source, why)}\n`
      : preservedInline(source, why)
  }

  let out = ''
  let pos = 0
  const open = /\{\{-?|\{%-?/g
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const start = m.index
    out += text.slice(pos, start)
    const isOutput = m[0].startsWith('{{')
    const close = text.indexOf(isOutput ? '}}' : '%}', start + 2)
    if (close === -1) {
      out += preserve(start, start + m[0].length, 'unclosed Liquid')
      pos = start + m[0].length
      open.lastIndex = pos
      continue
    }
    const end = close + 2
    const inner = text
      .slice(start + m[0].length, close)
      .replace(/-$/, '')
      .trim()
    if (isOutput) {
      const converted = convertOutput(inner, include, siteKeys)
      const root = /^\s*([A-Za-z_][\w-]*)/.exec(inner)?.[1]
      // (or a literal: `{{ "now" | date: "%Y" }}`)
      const known =
        converted === undefined &&
        ((root !== undefined &&
          (Object.hasOwn(locals, root) || (root === 'page' && !!ctx.page) || root === 'site')) ||
          /^\s*(['"]|\d)/.test(inner))
      const value = known ? evaluate(`{{ ${inner} }}`) : undefined
      if (converted !== undefined) out += converted
      else if (value !== undefined) {
        out += value
        note(start, 'converted', `{{ ${inner} }} was evaluated at import: ${firstLine(value)}`)
      } else out += preserve(start, end, 'Liquid expression the site cannot evaluate')
      pos = end
    } else {
      const [name = '', ...rest] = inner.split(/\s+/)
      const args = rest.join(' ')
      const block =
        name === 'highlight' || KEPT_BLOCKS.includes(name) || BLOCK_TAGS.has(name)
          ? findEnd(text, name, end)
          : undefined
      const variable = /^([A-Za-z_][\w-]*)/.exec(args)?.[1]
      const captured =
        name === 'capture' && block && variable
          ? evaluate(`${text.slice(start, block.end)}{{ ${variable} }}`)
          : undefined
      const assigned =
        name === 'assign' && variable && /^[A-Za-z_][\w-]*\s*=/.test(args)
          ? evaluate(`{% assign ${args} %}{{ ${variable} | json }}`)
          : undefined
      const evaluated =
        block && BLOCK_TAGS.has(name) && name !== 'capture'
          ? evaluate(text.slice(start, block.end))
          : undefined
      if (captured !== undefined && block && variable) {
        locals[variable] = captured
        out += '\n'.repeat(text.slice(start, block.end).split('\n').length - 1)
        note(start, 'converted', `{% capture ${variable} %} was evaluated at import`)
        pos = block.end
      } else if (assigned !== undefined && variable) {
        try {
          locals[variable] = assigned ? JSON.parse(assigned) : undefined
          note(start, 'converted', `{% assign ${args} %} was evaluated at import`)
        } catch {
          out += preserve(start, end, `{% assign %} with a value the import cannot keep`)
        }
        pos = end
      } else if (KEPT_BLOCKS.includes(name) && block) {
        out += text.slice(start, block.end)
        pos = block.end
      } else if (name === 'highlight' && block) {
        const body = convertLiquid(
          text.slice(end, block.start).replace(/^\n/, '').replace(/\n$/, ''),
          ctx,
          include,
          depth,
          locals,
        )
        body.siteKeys.forEach((k) => siteKeys.add(k))
        out += fence(body.text, args.split(/\s+/)[0] ?? '')
        note(start, 'converted', `{% highlight ${args} %} became a fenced code block`)
        pos = block.end
      } else if (name === 'post_url' || name === 'link') {
        const target =
          name === 'post_url'
            ? ctx.postUrl(args.trim())
            : ctx.linkUrl(args.trim().replace(/^\//, ''))
        if (target) {
          out += target
          note(start, 'converted', `{% ${name} ${args.trim()} %} became ${target}`)
        } else out += preserve(start, end, `{% ${name} %} names nothing that was imported`)
        pos = end
      } else if (name === 'include' || name === 'include_relative') {
        const inlined = inlineInclude(args, name === 'include_relative', ctx, depth, (expr) => {
          // A variable parameter (`path=img`, `zoomable=true`) is known when what it names is.
          const json = evaluate(`{{ ${expr} | json }}`)
          if (json === undefined) return { known: false }
          try {
            return { known: true, value: json === '' ? undefined : JSON.parse(json) }
          } catch {
            return { known: false }
          }
        })
        // An include with logic of its own (al-folio's figure.html) is evaluated whole when it
        // needs only the site's config and data, the page and its parameters.
        const output =
          inlined.kind === 'logic'
            ? ctx.evaluate?.(inlined.text, { ...scope(), include: inlined.values })
            : undefined
        if (inlined.kind === 'logic' && output !== undefined) {
          out += output.replace(/^\n+|\n+$/g, '')
          note(start, 'converted', `{% ${name} ${inlined.file} %} was evaluated and inlined`)
        } else if (inlined.kind === 'text') {
          const body = convertLiquid(inlined.text, ctx, inlined.params, depth + 1, locals)
          body.siteKeys.forEach((k) => siteKeys.add(k))
          for (const n of body.notes) note(start, n.kind, `in ${inlined.file}: ${n.message}`)
          out += body.text.replace(/\n$/, '')
          note(start, 'converted', `{% ${name} ${inlined.file} %} was inlined`)
        } else if (inlined.kind === 'dropped')
          note(
            start,
            'dropped',
            `{% ${name} ${inlined.file} %} loads MathJax or analytics, which the site provides itself; removed`,
          )
        else out += preserve(start, end, inlined.why)
        pos = end
      } else if (name === 'for' && block && /^\w+\s+in\s+(site|paginator)\.posts\b/.test(args)) {
        // A list of the site's posts: the site makes its own (/posts/), always up to date.
        const inList = /<(ul|ol)\b[^>]*>(?:(?!<\/\1>)[\s\S])*$/i.test(text.slice(0, start))
        const link = '<a href="/posts/">All posts</a>'
        out += inList ? `<li>${link}</li>` : `<p>${link}</p>`
        out += '\n'.repeat(text.slice(start, block.end).split('\n').length - 1)
        note(
          start,
          'flagged',
          `{% for ${args} %} listed the posts: it became a link to the site's own list (/posts/); the navigation has Posts too`,
        )
        pos = block.end
      } else if (block && evaluated !== undefined) {
        const source = text.slice(start, block.end)
        // Its output without the blank lines the tags leave (one could end an HTML block early),
        // padded to the block's lines, so later notes keep their line numbers.
        let output = evaluated
          .split('\n')
          .filter((l) => l.trim())
          .join('\n')
        // Inside an HTML element line breaks do not matter: one line keeps every later line.
        const inHtml = /<(ul|ol|div|table|tbody|dl|span|p)\b[^>]*>(?:(?!<\/\1>)[\s\S])*$/i
        if (inHtml.test(text.slice(0, start)) && !/<(pre|textarea)\b/i.test(output))
          output = output.replace(/\n\s*/g, ' ')
        const pad = source.split('\n').length - output.split('\n').length
        out += output + '\n'.repeat(Math.max(0, pad))
        note(
          start,
          'converted',
          `{% ${name} ${args} %} uses only the site's config and data: its output was written in`,
        )
        pos = block.end
      } else if (block || BLOCK_TAGS.has(name)) {
        const stop = block?.end ?? end
        out += preserve(
          start,
          stop,
          block ? `Liquid {% ${name} %} block` : `{% ${name} %} without {% end${name} %}`,
        )
        pos = stop
      } else {
        const tagBlock = findEnd(text, name, end)
        const stop = tagBlock?.end ?? end
        out += preserve(start, stop, `Liquid tag {% ${name} %} the site does not have`)
        pos = stop
      }
    }
    open.lastIndex = pos
  }
  out += text.slice(pos)
  return { text: out, notes, siteKeys }
}

/**
 * `{{ site.x | relative_url }}`, `{{ page.x }}` and quoted strings stay (the site renders them);
 * `{{ include.x }}` inside an include becomes its parameter. Undefined for anything else.
 */
function convertOutput(
  expression: string,
  include: Record<string, string>,
  siteKeys: Set<string>,
): string | undefined {
  const [head = '', ...written] = expression.split('|').map((s) => s.trim())
  // Old themes' `{{ "/feed.xml" | prepend: site.baseurl }}` is `relative_url`.
  const filters = written.map((f) => (/^prepend:\s*site\.baseurl$/.test(f) ? 'relative_url' : f))
  if (!filters.every((f) => SITE_FILTERS.has(f))) return undefined
  const output = `{{ ${[head, ...filters].join(' | ')} }}`
  const param = /^include\.([\w-]+)$/.exec(head)
  if (param)
    return filters.length
      ? `{{ '${include[param[1]!] ?? ''}' | ${filters.join(' | ')} }}`
      : (include[param[1]!] ?? '')
  const variable = /^(site|page)((\.[A-Za-z_][\w-]*)+)$/.exec(head)
  if (variable) {
    if (variable[1] === 'site') siteKeys.add(variable[2]!.split('.')[1]!)
    return output
  }
  if (/^(['"])[^'"]*\1$/.test(head)) return output
  return undefined
}

/** The matching `{% end<name> %}` after `from`, counting nested blocks of the same name. */
function findEnd(
  text: string,
  name: string,
  from: number,
): { start: number; end: number } | undefined {
  if (!/^\w+$/.test(name)) return undefined
  const tags = new RegExp(`\\{%-?\\s*(end)?${name}\\b[^%]*?-?%\\}`, 'g')
  tags.lastIndex = from
  let depth = 1
  for (let m = tags.exec(text); m; m = tags.exec(text)) {
    depth += m[1] ? -1 : 1
    if (depth === 0) return { start: m.index, end: m.index + m[0].length }
  }
  return undefined
}

/** A fenced code block whose fence is longer than any run of backticks in the code. */
export function fence(code: string, lang: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}${lang}\n${code}\n${ticks}`
}

type Inlined =
  | { kind: 'text'; text: string; file: string; params: Record<string, string> }
  | { kind: 'dropped'; file: string }
  | { kind: 'kept'; why: string }
  | {
      kind: 'logic'
      text: string
      file: string
      params: Record<string, string>
      values: Record<string, unknown>
      why: string
    }

type Resolved = { known: true; value: unknown } | { known: false }

const LOGIC_TAG =
  /\{%-?\s*(?!raw\b|endraw\b|comment\b|endcomment\b|highlight\b|endhighlight\b|post_url\b|link\b|include\b)\w+/

/**
 * Reads an include with a literal file name: its text, with its parameters (literal, or variables
 * `resolve` knows) and the conditions on them decided; `logic` when Liquid logic is left in it.
 */
function inlineInclude(
  args: string,
  relative: boolean,
  ctx: LiquidImportContext,
  depth: number,
  resolve: (expression: string) => Resolved,
): Inlined {
  const [file = '', ...rest] = args.trim().split(/\s+/)
  if (!file || file.includes('{{'))
    return { kind: 'kept', why: 'include with a computed file name' }
  if (DROPPED_INCLUDE.test(file)) return { kind: 'dropped', file }
  if (depth >= MAX_INCLUDE_DEPTH)
    return { kind: 'kept', why: `includes nested deeper than ${MAX_INCLUDE_DEPTH}` }
  const text = ctx.readInclude(file, relative)
  if (text === undefined)
    return { kind: 'kept', why: `include ${file}: no such file inside the site` }
  if (/<script[^>]*(mathjax|googletagmanager|google-analytics)/i.test(text))
    return { kind: 'dropped', file }
  // What the include sees (`values`), and as text for `{{ include.x }}` (`params`): nil and
  // false are left out, as Liquid's conditions take them as unset.
  const params: Record<string, string> = {}
  const values: Record<string, unknown> = {}
  let listGiven = false
  for (const m of rest.join(' ').matchAll(/([\w-]+)\s*=\s*("([^"]*)"|'([^']*)'|(\S+))/g)) {
    let value: unknown = m[3] ?? m[4] ?? ''
    if (m[5] !== undefined) {
      const resolved = resolve(m[5])
      if (!resolved.known)
        return { kind: 'kept', why: `include ${file} with a variable parameter (${m[1]}=${m[5]})` }
      value = resolved.value
    }
    values[m[1]!] = value
    if (value === undefined || value === null || value === false) continue
    if (typeof value === 'object') listGiven = true
    else params[m[1]!] = String(value)
  }
  // A list or map parameter is for Liquid to read: the include is evaluated whole.
  if (listGiven)
    return { kind: 'logic', text, file, params, values, why: `include ${file} given a list` }
  const decided = decideParameterConditions(text, params)
  if (LOGIC_TAG.test(decided))
    return {
      kind: 'logic',
      text: decided,
      file,
      params,
      values,
      why: `include ${file} has Liquid logic`,
    }
  return { kind: 'text', text: decided, file, params }
}

// `{% if include.x %}…{% else %}…{% endif %}` (or `unless`) with no other tag inside.
const PARAM_CONDITION =
  /\{%-?\s*(if|unless)\s+include\.([\w-]+)\s*-?%\}((?:(?!\{%-?\s*(?:if|unless)\b)[\s\S])*?)(?:\{%-?\s*else\s*-?%\}((?:(?!\{%-?\s*(?:if|unless)\b)[\s\S])*?))?\{%-?\s*end(?:if|unless)\s*-?%\}/

/**
 * An include's conditions on its own parameters, decided: the parameters are literal, so whether
 * `include.x` is set is known. Innermost first; conditions on anything else are left.
 */
export function decideParameterConditions(text: string, params: Record<string, string>): string {
  let out = text
  for (let m = PARAM_CONDITION.exec(out); m; m = PARAM_CONDITION.exec(out)) {
    // Liquid: only nil and false are false; a parameter given as "" is set.
    const set = Object.hasOwn(params, m[2]!)
    const chosen = (m[1] === 'if') === set ? m[3]! : (m[4] ?? '')
    out = out.slice(0, m.index) + chosen + out.slice(m.index + m[0].length)
  }
  return out
}

function firstLine(source: string): string {
  const line = source.split('\n')[0]!.trim()
  return line.length > 80 ? `${line.slice(0, 77)}...` : line
}
