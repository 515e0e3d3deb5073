import type { LiquidNote } from './liquid'
import { mapOutsideCode } from './outside-code'
import { preservedInline } from './preserve'
import { withoutJquery } from './jquery-handlers'
import { themedStyle } from './style-colours'

/**
 * Old raw HTML in a document, made into what a browser read it as, where that has a clean modern
 * equivalent: `<image>` is `<img>`, URLs lose the newlines and outer spaces the URL parser drops,
 * `<a name>` becomes an `id`, `<center>` a centred `<div>`, tables lose their presentational
 * attributes, an iframe without a title gets one. Every change is noted with its line; code is
 * left alone. Images the Jekyll site never had are kept visibly as source and flagged.
 */
export interface LegacyOptions {
  /** Whether the Jekyll site has a file at this site path (`/images/x.png`, decoded). */
  exists(sitePath: string): boolean
  /** The document's URL directory on the old site, for relative image paths. */
  baseDir: string
  /** The Jekyll site's own origins (`https://name.github.io`): links to them are local files. */
  origins: string[]
}

const SITE_URL =
  /(=\s*["']?|\]\(\s*)\{\{-?\s*site\.url\s*-?\}\}(\{\{-?\s*site\.baseurl\s*-?\}\})?(?=\/)/g

export const TAG =
  /<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g
export const ATTR = /([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g
const URL_ATTRS = new Set(['src', 'href', 'poster'])
const TABLE_PRESENTATION = new Set(['border', 'cellspacing', 'cellpadding', 'frame', 'rules'])
const ALIGNABLE = new Set([
  'table',
  'tr',
  'td',
  'th',
  'div',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
])
// Attributes that name a file to fetch or download, by tag (images are checked on their own).
const MEDIA_TARGETS: Record<string, string[]> = {
  a: ['href'],
  source: ['src'],
  track: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
}
export const MEDIA_FILE =
  /\.(png|jpe?g|gif|webp|svg|avif|bmp|pdf|mp4|webm|ogg|ogv|mov|m4v|mp3|wav|vtt|zip|gz|tgz|csv|ipynb|pptx?|docx?|key)$/i
const MD_IMAGE = /!\[([^\]]*)\]\(\s*(<[^>\n]+>|[^)\s>]+)(\s+["'][^)]*["'])?\s*\)/g

/** An inline event handler (`onclick="…"`), now a listener in the page's script file. */
export interface MovedHandler {
  id: number
  event: string
  code: string
}

export function convertLegacyHtml(
  text: string,
  options: LegacyOptions,
): { text: string; notes: LiquidNote[]; handlers: MovedHandler[] } {
  const notes: LiquidNote[] = []
  const handlers: MovedHandler[] = []
  const converted = mapOutsideCode(text, (prose, startLine) => {
    // Each step keeps every line where it was; offsets are in the text that step reads.
    const lineOf = (text: string, offset: number) =>
      startLine + text.slice(0, offset).split('\n').length - 1
    const lineAt = (offset: number) => lineOf(prose, offset)
    // `{{ site.url }}/assets/x.png` points at the live domain: as a site path it is checked,
    // gets responsive variants and works on any host.
    const local = prose
      .replace(SITE_URL, (_, before: string, offset: number) => {
        notes.push({
          line: lineAt(offset),
          kind: 'converted',
          message:
            '{{ site.url }} before a path became {{ site.baseurl }} (a link into the site itself)',
        })
        return `${before}{{ site.baseurl }}`
      })
      .replace(
        /(\bsrc\s*=\s*["']?|!\[[^\]]*\]\(\s*)(https?:\/\/[^/\s"')]+)(\/[^\s"')]*)/gi,
        (whole, before: string, origin: string, rest: string, offset: number) => {
          if (!options.origins.includes(origin.replace(/^http:/i, 'https:').toLowerCase()))
            return whole
          let file = rest
          try {
            file = decodeURIComponent(rest.split(/[?#]/)[0]!)
          } catch {}
          if (!options.exists(file)) return whole
          notes.push({
            line: lineOf(prose, offset),
            kind: 'converted',
            message: `${origin}${rest} is the site's own file: it became {{ site.baseurl }}${rest}`,
          })
          return `${before}{{ site.baseurl }}${rest}`
        },
      )
    // kramdown kept an <svg> whole; CommonMark ends an HTML block at a blank line, which would
    // leave the shapes after it outside the <svg>. A comment keeps the block (and the line).
    const svgWhole = local.replace(/<svg\b[\s\S]*?<\/svg>/gi, (svg) =>
      svg.replace(/\n[ \t]*(?=\n)/g, '\n<!---->'),
    )
    const withTags = svgWhole.replace(
      TAG,
      (whole, close: string, name: string, attrs: string, self: string, offset: number) => {
        const tag = name.toLowerCase()
        const note = (kind: LiquidNote['kind'], message: string) =>
          notes.push({ line: lineOf(svgWhole, offset), kind, message })
        if (close) {
          if (tag === 'center') {
            note('converted', '</center> became </div>')
            return '</div>'
          }
          // `<img>` has no end tag.
          if (tag === 'image') return ''
          return whole
        }
        const list = [...attrs.matchAll(ATTR)].map((m) => ({
          name: m[1]!.toLowerCase(),
          raw: m[0],
          value: m[2]?.replace(/^["']|["']$/g, ''),
        }))
        let changed = false
        // A video, a download or a linked file the Jekyll site never had (it led nowhere there
        // either) would stop the build's link check: the source goes, the link's content stays.
        const gone = list.filter(
          (a) =>
            a.value !== undefined &&
            MEDIA_TARGETS[tag]?.includes(a.name) &&
            MEDIA_FILE.test(a.value.split(/[?#]/)[0]!) &&
            missingImage(a.value, options),
        )
        for (const a of gone)
          note(
            'flagged',
            `${tag === 'a' ? 'link to' : `<${tag}> file`} ${missingImage(a.value!, options)} is not in the Jekyll site: ${tag === 'source' || tag === 'track' ? 'the tag was' : `its ${a.name} was`} removed`,
          )
        if (gone.length && (tag === 'source' || tag === 'track'))
          return '\n'.repeat(whole.split('\n').length - 1)
        if (gone.length) {
          list.splice(0, list.length, ...list.filter((a) => !gone.includes(a)))
          changed = true
        }
        let newName = tag === 'image' ? 'img' : tag === 'center' ? 'div' : name
        if (tag === 'image') note('converted', '<image> became <img> (what browsers read it as)')
        if (tag === 'center') note('converted', '<center> became a centred <div>')
        let trailing = ''
        const noop =
          tag === 'a' &&
          /^javascript:\s*(void\s*\(?0\)?)?\s*;?\s*$/i.test(
            list.find((a) => a.name === 'href')?.value ?? '',
          )
        const styles: string[] = tag === 'center' ? ['text-align:center'] : []
        const kept: string[] = []
        for (const a of list) {
          if (a.value !== undefined && URL_ATTRS.has(a.name) && /^\s|\s$|[\n\t]/.test(a.value)) {
            const clean = a.value.replace(/[\n\t\r]/g, '').trim()
            trailing += '\n'.repeat(a.value.split('\n').length - 1)
            kept.push(`${a.name}="${clean.replace(/"/g, '&quot;')}"`)
            note(
              'converted',
              `${a.name} "${a.value.replace(/\s+/g, ' ').trim()}" lost the spaces and line breaks browsers ignore`,
            )
            changed = true
          } else if (tag === 'a' && a.name === 'name' && !list.some((b) => b.name === 'id')) {
            kept.push(`id="${a.value ?? ''}"`)
            note('converted', `<a name="${a.value}"> became <a id="${a.value}">`)
            changed = true
          } else if (tag === 'table' && TABLE_PRESENTATION.has(a.name)) {
            note('converted', `<table ${a.name}> dropped: the site styles tables`)
            changed = true
          } else if (ALIGNABLE.has(tag) && (a.name === 'align' || a.name === 'valign') && a.value) {
            const v = a.value.toLowerCase()
            styles.push(
              a.name === 'valign'
                ? `vertical-align:${v}`
                : tag === 'table' || tag === 'div'
                  ? v === 'center'
                    ? 'margin-inline:auto'
                    : `text-align:${v}`
                  : `text-align:${v}`,
            )
            note('converted', `${a.name}="${a.value}" became a style`)
            changed = true
          } else if (
            ['td', 'th', 'table', 'tr'].includes(tag) &&
            ['width', 'height', 'bgcolor'].includes(a.name) &&
            a.value
          ) {
            const prop = a.name === 'bgcolor' ? 'background-color' : a.name
            styles.push(`${prop}:${/^\d+$/.test(a.value) ? `${a.value}px` : a.value}`)
            note('converted', `${a.name}="${a.value}" became a style`)
            changed = true
          } else if (
            ['img', 'image', 'iframe', 'video', 'canvas', 'embed', 'object'].includes(tag) &&
            (a.name === 'width' || a.name === 'height') &&
            a.value &&
            !/^\d+$/.test(a.value.trim())
          ) {
            // `width="100%"`: HTML wants a number of pixels; CSS says the rest.
            const v = a.value.trim()
            const px = /^(\d+)px$/.exec(v)
            if (px) kept.push(`${a.name}="${px[1]}"`)
            else styles.push(`${a.name}:${v}`)
            note('converted', `${a.name}="${a.value}" became ${px ? 'a number' : 'a style'}`)
            changed = true
          } else if (
            tag === 'iframe' &&
            [
              'frameborder',
              'scrolling',
              'marginwidth',
              'marginheight',
              'allowtransparency',
            ].includes(a.name)
          ) {
            if (a.name === 'frameborder' && a.value === '0') styles.push('border:0')
            note(
              'converted',
              `<iframe ${a.name}> dropped (obsolete)${a.name === 'frameborder' ? ': a style says it' : ''}`,
            )
            changed = true
          } else if (tag === 'a' && a.name === 'href' && noop) {
            // `javascript:;` only kept the link from leading anywhere; the policy refuses it.
            kept.push('href="#"')
            note('converted', `href "${a.value}" became "#" (its click handler prevents the jump)`)
            changed = true
          } else if (/^on[a-z]+$/.test(a.name) && a.value !== undefined) {
            // The policy blocks inline handlers: the same code runs as a listener instead.
            const id = handlers.length + 1
            const plain = withoutJquery(decodeEntities(a.value))
            const code = plain.code
            if (plain.converted)
              note('converted', `${a.name} handler's jQuery show/hide became plain JavaScript`)
            if (plain.jquery)
              note(
                'flagged',
                `${a.name} handler calls jQuery, which the site does not load: review it`,
              )
            handlers.push({
              id,
              event: a.name.slice(2),
              code: noop && a.name === 'onclick' ? `${code}\nreturn false` : code,
            })
            kept.push(`data-jekyll-handler="${id}"`)
            note('converted', `${a.name} handler moved to the page's script file as a listener`)
            changed = true
          } else kept.push(a.raw.replace(/\n/g, ' '))
          if (a.raw.includes('\n') && !URL_ATTRS.has(a.name))
            trailing += '\n'.repeat(a.raw.split('\n').length - 1)
        }
        if (tag === 'iframe' && !list.some((a) => a.name === 'title')) {
          const src = list.find((a) => a.name === 'src')?.value ?? ''
          const host = /^(?:https?:)?\/\/(?:www\.)?([^/]+)/.exec(src.trim())?.[1]
          const title = /youtube/.test(host ?? '')
            ? 'YouTube video'
            : host
              ? `Embedded page from ${host}`
              : 'Embedded page'
          kept.push(`title="${title}"`)
          note(
            'flagged',
            `<iframe> without a title: "${title}" was added; a title that says what it shows is better`,
          )
          changed = true
        }
        if (unlabelledControl(tag, list, svgWhole, offset)) {
          const label = labelFrom(tag, list)
          kept.push(`aria-label="${label}"`)
          note(
            'flagged',
            `<${tag}> without a label: aria-label "${label}" was added; a label that says what it is for is better`,
          )
          changed = true
        }
        const buttonLabel = tag === 'button' ? unnamedButton(list, svgWhole, offset) : undefined
        if (buttonLabel) {
          kept.push(`aria-label="${buttonLabel}"`)
          note(
            'flagged',
            `<button> with no text (an icon only): aria-label "${buttonLabel}" was added; a label that says what it does is better`,
          )
          changed = true
        }
        const own = list.find((a) => a.name === 'style')
        if (styles.length || own?.value) {
          const value = [own?.value?.replace(/\s*\n\s*/g, ' ').replace(/;\s*$/, ''), ...styles]
            .filter(Boolean)
            .join(';')
          // Colours chosen for the old site's one light page read in both themes.
          const themed = themedStyle(value)
          for (const change of themed.changes) note('converted', `<${tag}> ${change}`)
          if (styles.length || themed.changes.length) {
            const index = kept.findIndex((k) => /^style\s*=/i.test(k))
            const style = `style="${themed.style.replace(/"/g, "'")}"`
            if (index >= 0) kept[index] = style
            else kept.push(style)
            changed = true
          }
        }
        if (tag === 'img' || tag === 'image') {
          const src = list
            .find((a) => a.name === 'src')
            ?.value?.replace(/[\n\t\r]/g, '')
            .trim()
          const missing = src && missingImage(src, options)
          // Jekyll's relative image path is relative to the page's URL, not to its source file.
          const relative = src && !missing && /^(?![a-z][\w+.-]*:|\/|#|\{)/i.test(src)
          if (relative) {
            const sitePath = new URL(src, `http://site.invalid${options.baseDir}`).pathname
            const at = kept.findIndex((k) => /^src\s*=/i.test(k))
            kept[at >= 0 ? at : kept.length] = `src="${sitePath}"`
            note(
              'converted',
              `relative image ${src} became ${decodeURI(sitePath)} (the page's URL is ${options.baseDir})`,
            )
            changed = true
          }
          if (missing) {
            note('flagged', `image ${missing} is not in the Jekyll site: kept as source for review`)
            return (
              preservedInline(
                whole.replace(/\s+/g, ' '),
                'an image the Jekyll site does not have',
              ) + '\n'.repeat(whole.split('\n').length - 1)
            )
          }
        }
        // A blank line inside a start tag (kramdown reads on) ends Markdown's HTML block there.
        const blank = /\n[ \t]*\n/.test(whole)
        if (blank)
          note('converted', `<${tag}> had a blank line inside its start tag: written on one line`)
        if (!changed && !blank && newName === name) return whole
        if (tag === 'image') newName = 'img'
        // Line breaks taken out of attributes stay inside the tag: every later line keeps its
        // number, and no blank line can end an HTML block early.
        if (blank) {
          const start = `<${newName}${kept.map((k) => ` ${k}`).join('')}${self ? ' /' : ''}>`
          return start + '\n'.repeat(whole.split('\n').length - 1)
        }
        return startTag(newName, kept, trailing.length, !!self)
      },
    )
    return withTags.replace(
      MD_IMAGE,
      (whole, _alt: string, url: string, _title, offset: number) => {
        const bare = url.replace(/^<(.*)>$/, '$1')
        const missing = missingImage(bare, options)
        if (!missing && /^(?![a-z][\w+.-]*:|\/|#|\{)/i.test(bare)) {
          // Relative to the page's URL, as Jekyll's was.
          const sitePath = decodeURI(
            new URL(bare, `http://site.invalid${options.baseDir}`).pathname,
          )
          notes.push({
            line: lineOf(withTags, offset),
            kind: 'converted',
            message: `relative image ${bare} became ${sitePath} (the page's URL is ${options.baseDir})`,
          })
          return whole.replace(url, /\s/.test(sitePath) ? `<${sitePath}>` : sitePath)
        }
        if (!missing) return whole
        notes.push({
          line: lineOf(withTags, offset),
          kind: 'flagged',
          message: `image ${missing} is not in the Jekyll site: kept as source for review`,
        })
        return preservedInline(whole, 'an image the Jekyll site does not have')
      },
    )
  })
  return { text: converted, notes, handlers }
}

const decodeEntities = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#0*39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** The script that attaches moved handlers: `this`, `event` and `return false` work as inline. */
/**
 * A start tag with `breaks` line breaks kept inside it, at most one between two attributes and one
 * before `>` (two in a row would be a blank line, where Markdown ends an HTML block); any left
 * over follow the tag.
 */
function startTag(name: string, attributes: string[], breaks: number, self: boolean): string {
  let left = breaks
  const sep = (i: number) => (i > 0 && left > 0 ? (left--, '\n') : ' ')
  const attrs = attributes.map((a, i) => `${sep(i)}${a}`).join('')
  const end = `${left > 0 ? (left--, '\n') : ''}${self ? ' /' : ''}>`
  return `<${name}${attrs}${end}${'\n'.repeat(left)}`
}

export function handlerScript(handlers: MovedHandler[]): string {
  return `// Event handlers that were inline attributes on the Jekyll page (the site's policy blocks those).\n${handlers
    .map(
      (h) =>
        `document.querySelectorAll('[data-jekyll-handler="${h.id}"]').forEach((el) =>\n  el.addEventListener(${JSON.stringify(h.event)}, function (event) {\n    if (function (event) {\n${h.code}\n    }.call(this, event) === false) event.preventDefault()\n  }),\n)\n`,
    )
    .join('')}`
}

/** The site path of a local image that the Jekyll site does not have; undefined if it has it. */
function missingImage(src: string, options: LegacyOptions): string | undefined {
  const value = src
    .replace(/\{\{-?\s*site\.(baseurl|url)\s*-?\}\}/g, '')
    .replace(/\{\{-?\s*(['"])([^'"]*)\1\s*\|\s*(relative_url|absolute_url)\s*-?\}\}/g, '$2')
  if (/\{\{|\{%|^[a-z][\w+.-]*:|^\/\//i.test(value)) return undefined
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(value, `http://site.invalid${options.baseDir}`).pathname)
  } catch {
    return undefined
  }
  return options.exists(pathname) ? undefined : pathname
}

const UNNAMED_INPUTS = /^(hidden|submit|button|reset|image)$/i

/**
 * A form control the author gave no name a screen reader can read: no `<label>` for it or around
 * it, no aria-label, aria-labelledby or title (`<select id="ctz">`).
 */
function unlabelledControl(
  tag: string,
  attrs: { name: string; value?: string }[],
  text: string,
  offset: number,
): boolean {
  if (tag !== 'select' && tag !== 'textarea' && tag !== 'input') return false
  const value = (name: string) => attrs.find((a) => a.name === name)?.value
  if (tag === 'input' && UNNAMED_INPUTS.test(value('type') ?? '')) return false
  if (['aria-label', 'aria-labelledby', 'title'].some((n) => value(n)?.trim())) return false
  const id = value('id')
  if (id && new RegExp(`\\bfor\\s*=\\s*["']?${id.replace(/[^\w-]/g, '\\$&')}\\b`, 'i').test(text))
    return false
  // Inside a <label> that is still open.
  const before = text.slice(0, offset)
  return before.lastIndexOf('<label') <= before.lastIndexOf('</label')
}

/**
 * A label for a `<button>` whose content has no text (an icon font's empty `<span>`), from the
 * icon's class (`glyphicon-minus`, `fa-plus`) or the button's own data-type, name, id or value;
 * undefined when it has text or a name already.
 */
function unnamedButton(
  attrs: { name: string; value?: string }[],
  text: string,
  offset: number,
): string | undefined {
  const value = (name: string) => attrs.find((a) => a.name === name)?.value
  if (['aria-label', 'aria-labelledby', 'title'].some((n) => value(n)?.trim())) return undefined
  const open = text.indexOf('>', offset)
  const close = text.slice(open + 1).search(/<\/button\s*>/i)
  if (open < 0 || close < 0) return undefined
  const content = text.slice(open + 1, open + 1 + close)
  if (/<img\b[^>]*\balt\s*=\s*["'][^"']/i.test(content)) return undefined
  if (
    content
      .replace(/<[^>]*>/g, '')
      .replace(/&nbsp;|&#160;/g, '')
      .trim()
  )
    return undefined
  const icon = /\b(?:glyphicon|fa|bi|icon|mdi)-([a-z][\w-]*)/i.exec(content)?.[1]
  const words = (
    icon ??
    ['data-type', 'name', 'id', 'value'].map(value).find((v) => v?.trim()) ??
    ''
  )
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
    .join(' ')
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Button'
}

/** Words from the control's name or id (`time_zone` is "Time zone"), or a plain description. */
function labelFrom(tag: string, attrs: { name: string; value?: string }[]): string {
  for (const n of ['name', 'id']) {
    const words = (attrs.find((a) => a.name === n)?.value ?? '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .split(/[^A-Za-z]+/)
      .filter(Boolean)
      .map((w) => w.toLowerCase())
    if (words.some((w) => w.length >= 4)) {
      const text = words.join(' ')
      return text[0]!.toUpperCase() + text.slice(1)
    }
  }
  return tag === 'select' ? 'Choose an option' : 'Your answer'
}
