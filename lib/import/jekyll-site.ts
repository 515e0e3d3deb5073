import fs from 'node:fs'
import path from 'node:path'
import YAML from 'yaml'
import { findMojibake, repairMojibake } from '@/lib/markdown/mojibake'
import { mapConfig } from './config'
import { convertBody } from './convert'
import { MARKDOWN_EXT, readJekyllDocument, type JekyllDocument } from './documents'
import { bodyMath } from './dollar-math'
import { framedOrigins } from './frames'
import { siteLiquid } from './evaluate-liquid'
import { layoutListsPosts, RECENT_POSTS } from './home-layout'
import { dropDeadLinks, layoutData } from './layout-data'
import {
  dateText,
  jekyllList,
  mapPageFrontMatter,
  mapPostFrontMatter,
  writeDocument,
} from './front-matter'
import { librariesTheDocumentNeeds, scriptsTheDocumentNeeds } from './layout-scripts'
import { pageMath } from './page-math'
import { canonicalDate, parseWallClock } from './permalink'
import { sitePostPattern, urlsFor } from './post-urls'
import type { ImportNote, ImportReport, Repair } from './report'
import { bibliographyPaths, collectionPages, planSections, withSections } from './sections'
import { PATH_UNSAFE } from '@/lib/content/permalink'
import { routeFor } from '@/lib/content/reserved'
import { commentedOutTargets } from './commented-targets'
import { decodeOr } from './link-destinations'
import { markScriptTargets, namesInDocumentScripts } from './script-targets'
import type { MovedScript } from './scripts'
import { lightOnlyColours } from './light-only-colours'
import { findRemoteImages, remoteImageNote, type RemoteImage } from './remote-images'
import { rulesForDrawing, siteStylesheets, type SiteStylesheet } from './theme-styles'
import { collectionsDir, listSiteFiles, readInsideSite } from './walk'

/** A file the import writes: `content/...` or `public/...`, mapped to real folders by the caller. */
export interface PlannedFile {
  target: string
  data: string | Buffer
}

export interface ImportPlan {
  files: PlannedFile[]
  report: ImportReport
  /** Images the pages load from other sites, each reported; `copyRemoteImages` can copy them. */
  remoteImages: (RemoteImage & { note: ImportNote })[]
}

// Jekyll outputs the site makes itself (feeds, search index, stylesheets, its 404 page).
const GENERATED =
  /^(404\.(html|md)|feed\.xml|atom\.xml|rss\.xml|sitemap\.xml|robots\.txt|search\.json|.*\.s[ac]ss)$/

/** Reads a Jekyll site and works out every file of the new site, without writing anything. */
/**
 * A `_data/` file the site has no section for, whose entries Liquid evaluated at import wrote
 * into a page (`site.data.cv.education` is `_data/cv/education.yml`), was not lost: the note says so.
 */
function shownData(note: ImportNote, shown: Set<string>): ImportNote {
  const key = /^_data\/(.+)\.(ya?ml|json|csv|tsv)$/i.exec(note.file)?.[1]?.replace(/\//g, '.')
  if (!key || !/no section for/.test(note.message)) return note
  const used = [...shown].some(
    (p) => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`),
  )
  return used
    ? {
        ...note,
        kind: 'converted',
        message:
          'a data file the site has no section for: what the pages showed of it was written into them',
      }
    : note
}

/**
 * Includes of minima (Jekyll's default theme) that a page names without the site having them
 * (they come with the theme's gem): `{% include icon-github.html username="x" %}`, which
 * `jekyll new`'s About page used. The link stays; the icon is the theme's.
 */
const THEME_INCLUDES: Record<string, string> = {
  'icon-github.html':
    '<a href="https://github.com/{{ include.username }}">{{ include.username }}</a>',
  'icon-twitter.html':
    '<a href="https://twitter.com/{{ include.username }}">{{ include.username }}</a>',
}

export function planImport(siteDir: string): ImportPlan {
  const notes: ImportNote[] = []
  const repairs: Repair[] = []
  const files: PlannedFile[] = []
  const configText = readRepaired(siteDir, '_config.yml', repairs)
  const config = ((configText && YAML.parse(configText)) ?? {}) as Record<string, unknown>
  const walk = listSiteFiles(siteDir, config)
  notes.push(...walk.notes)
  const mtimeDay = (rel: string) =>
    fs.statSync(path.join(siteDir, rel)).mtime.toISOString().slice(0, 10)

  const docs: JekyllDocument[] = []
  // Listings at URLs the site makes itself (`/tags/`): left out, their URLs the site's pages.
  const sitesOwn: JekyllDocument[] = []
  // jekyll-redirect-from's `redirect_to:` pages, as the site's redirects.
  const movedTo: { from: string; to: string }[] = []
  // A collection the site has no section for (`_notes/`) was still published: its documents
  // are pages at the URLs Jekyll gave them.
  const fromCollections = collectionPages(siteDir, config)
  for (const { collection, rel } of fromCollections)
    notes.push({
      file: rel,
      line: 0,
      kind: 'converted',
      message: `a document of the collection "${collection}", which has no section here, became a page at its URL`,
    })
  for (const { rel, kind, collection } of [
    ...walk.documents.map((d) => ({ ...d, collection: undefined })),
    ...fromCollections.map((c) => ({
      rel: c.rel,
      kind: 'page' as const,
      collection: { name: c.collection, url: c.url },
    })),
  ]) {
    const text = readRepaired(siteDir, rel, repairs)!
    const doc = readJekyllDocument(rel, text, kind, config, mtimeDay(rel), collection)
    if (doc) pathSafe(doc, notes)
    if (kind === 'page' && GENERATED.test(path.posix.basename(rel)))
      notes.push({
        file: rel,
        line: 0,
        kind: 'skipped',
        message: 'generated by Jekyll; the site makes its own',
      })
    else if (doc && ownRoute(doc, notes)) sitesOwn.push(doc)
    else if (doc && movedAway(doc, movedTo, notes)) continue
    else if (doc) {
      docs.push(doc)
      if (doc.unclosedFrontMatter)
        notes.push({
          file: rel,
          line: 1,
          kind: 'flagged',
          message:
            'front matter opened by "---" is never closed: like Jekyll, the import took the whole file as the text, with no title or layout (expected a second "---" line after the front matter)',
        })
      const written = dateText(doc.data.date)
      if (kind !== 'page' && written && !canonicalDate(written))
        notes.push({
          file: rel,
          line: keyLine(text, 'date'),
          kind: 'flagged',
          message: `date "${written}" could not be read: the post is dated ${doc.date} (expected YYYY-MM-DD HH:MM:SS)`,
        })
      else if (kind !== 'page' && written && canonicalDate(written) !== written)
        notes.push({
          file: rel,
          line: keyLine(text, 'date'),
          kind: 'converted',
          message: `date "${written}" written as ${doc.date}`,
        })
    } else if (kind !== 'page')
      notes.push({
        file: rel,
        line: 0,
        kind: 'skipped',
        message: 'a post without front matter is not published by Jekyll',
      })
    else files.push({ target: `public/${rel}`, data: fs.readFileSync(path.join(siteDir, rel)) })
  }
  const posts = docs.filter((d) => d.kind !== 'page')
  const pages = docs.filter((d) => d.kind === 'page')
  const pattern = sitePostPattern(config, posts)

  // Jekyll finds `{% post_url %}` by the source file's name (its date may differ from the post's).
  const byPostName = new Map<string, string>()
  for (const p of posts) {
    const folder = path.posix.dirname(p.source).replace(/^_posts\/?|\/?_posts$/, '')
    for (const name of [p.name, p.sourceName]) {
      byPostName.set(name, p.url)
      if (folder) byPostName.set(`${folder}/${name}`, p.url)
    }
  }
  const bySource = new Map(docs.map((d) => [d.source, d.url]))
  const dataShown = new Set<string>()
  const liquid = {
    postUrl: (name: string) => byPostName.get(name.replace(/\.(md|markdown)$/, '')),
    // (a collection's documents, sections' too once planned; with or without collections_dir)
    linkUrl: (rel: string) =>
      [rel, `${collectionsDir(config)}/${rel}`]
        .map((r) => bySource.get(r))
        .find((url) => url !== undefined),
    readInclude: (name: string, relative: boolean, from?: string) => {
      const file =
        relative && from
          ? path.join(siteDir, path.posix.dirname(from), name)
          : path.join(siteDir, '_includes', name)
      const text = readInsideSite(siteDir, name, file)
      if (text === undefined) return relative ? undefined : THEME_INCLUDES[name]
      return repairMojibake(text)
    },
    evaluate: siteLiquid(siteDir, config, dataShown),
  }

  const published = new Set(walk.statics.map((rel) => `/${rel}`))
  // A path written with the site's baseurl (`/blog/files/cv.pdf`) names the same file.
  const baseurl = (str(config.baseurl) ?? '').replace(/\/+$/, '')
  const hasFile = (sitePath: string) =>
    published.has(sitePath) ||
    (!!baseurl &&
      sitePath.startsWith(`${baseurl}/`) &&
      published.has(sitePath.slice(baseurl.length)))
  const cname = fs.existsSync(path.join(siteDir, 'CNAME'))
    ? str(fs.readFileSync(path.join(siteDir, 'CNAME'), 'utf8'))
    : undefined
  // (an empty CNAME names no address)
  const origins = [str(config.url), cname && `https://${cname}`]
    .filter((o): o is string => !!o)
    .map((o) =>
      o
        .replace(/\/+$/, '')
        .replace(/^http:/i, 'https:')
        .toLowerCase(),
    )
  const siteKeys = new Set<string>()
  // Each planned document's source in the Jekyll site, for the report's `path:line`.
  const sourceOf = new Map<string, string>()
  const urls: ImportReport['urls'] = sitesOwn.flatMap((doc) =>
    doc.oldUrls.map((old) => ({
      old,
      new: doc.url,
      title: doc.title,
      source: doc.source,
      sitesOwn: true,
    })),
  )
  let redirects = 0
  // Pages that keep a <script> after conversion (a chart, a moved handler) are allowed to run it,
  // one by one (site.yaml content.scripts: per-page, front matter scripts: true): README, "What
  // content can do".
  let withScripts = 0
  const allowScripts = (front: Record<string, unknown>, text: string) => {
    if (!/<script\b/i.test(text)) return front
    withScripts++
    return { ...front, scripts: true }
  }
  // Talks, news, CV, projects, teaching of academic themes (lib/import/sections.ts); trims the
  // pages that listed them, so it runs before the pages are converted.
  const sections = planSections({
    siteDir,
    config,
    pages,
    liquid,
    legacy: { exists: hasFile, origins },
  })
  // `{% link _projects/x.md %}` on a page: the project's URL in its section.
  for (const move of sections.urls)
    if (!bySource.has(move.source)) bySource.set(move.source, move.new)
  // Colours that stay in the dark theme too: an SVG's fills and strokes (a drawing has a light
  // backing there, app/globals.css) and a restyled slider's, a widget with its own background.
  const bothThemes = (prop: string, selector: string) =>
    /^(fill|stroke)$/i.test(prop) || /::-(webkit-slider|moz-range|ms-)/i.test(selector)
  // The site's own stylesheets, read when a document's scripts first need their rules.
  let stylesheets: SiteStylesheet[] | undefined
  /**
   * A link to the rules of the site's stylesheets for what the document's scripts draw, written
   * to a file of their own beside its scripts; undefined when there are none.
   */
  const stylesForDrawing = (
    source: string,
    line: number,
    scriptBase: string,
    text: string,
    moved: MovedScript[],
  ): string | undefined => {
    const { names, toBody } = namesInDocumentScripts(siteDir, text, moved)
    if (!names.size) return undefined
    stylesheets ??= siteStylesheets(siteDir, notes)
    const { css: rules, count, from } = rulesForDrawing(stylesheets, names, { toBody })
    if (!count) return undefined
    const css = lightOnlyColours(rules, bothThemes).css
    const file = `${scriptBase.replace(/^assets\/js\//, 'assets/css/')}-site.css`
    files.push({ target: `public/${file}`, data: css })
    notes.push({
      file: source,
      line,
      kind: 'converted',
      message: `${count} rule(s) of the site's stylesheets (${from.join(', ')}) for what this page's scripts draw copied to public/${file}, which the page links (the old site's layout linked the whole stylesheets); their colours apply to the light theme only, except an SVG's fills and strokes and a slider's`,
    })
    return `<link rel="stylesheet" href="/${file}">`
  }
  for (const doc of docs) {
    const scriptBase = `assets/js/imported/${doc.kind === 'page' ? doc.source.replace(/\.[^.]+$/, '').replace(/\//g, '-') : doc.name}`
    const options: Parameters<typeof convertBody>[1] = {
      file: doc.source,
      bodyLine: doc.bodyLine,
      html: !MARKDOWN_EXT.test(doc.source),
      excerptSeparator:
        typeof (doc.data.excerpt_separator ?? config.excerpt_separator) === 'string'
          ? String(doc.data.excerpt_separator ?? config.excerpt_separator)
          : undefined,
      scriptBase,
      liquid: {
        ...liquid,
        readInclude: (name, relative) => liquid.readInclude(name, relative, doc.source),
        page: liquidPage(doc),
      },
      ...bodyMath(pageMath(siteDir, doc.data, doc.body, config)),
      pageExists: (url) =>
        docs.some((d) =>
          d.oldUrls.some((u) => u === url || u === `${url}/` || u === `${url}.html`),
        ),
      legacy: {
        exists: hasFile,
        baseDir: doc.oldUrls[0]!.replace(/[^/]*$/, ''),
        origins,
      },
    }
    const body = convertBody(doc.body, options)
    const shown = layoutData(siteDir, doc.data.layout, liquid.evaluate, liquidPage(doc), (name) =>
      liquid.readInclude(name, false),
    )
    if (shown) {
      // The layout's output is old HTML like the page's: its images and links are checked too.
      const layoutFile = shown.files[0]!
      const answers = (sitePath: string) => {
        const forms = [sitePath, sitePath.replace(/\/$/, ''), `${sitePath.replace(/\/$/, '')}/`]
        return (
          forms.some(
            (p) => hasFile(p) || options.pageExists!(p) || !!routeFor(p, { section: false }),
          ) || sections.urls.some((u) => forms.includes(u.old) || forms.includes(u.new))
        )
      }
      const [before, after] = [shown.before, shown.after].map((part) => {
        const converted = convertBody(part, {
          ...options,
          file: layoutFile,
          bodyLine: 1,
          html: true,
        })
        const { text, dropped } = dropDeadLinks(converted.text, answers)
        for (const href of dropped)
          converted.notes.push({
            file: layoutFile,
            line: 0,
            kind: 'flagged',
            message: `link to "${href}" (written by the layout for ${doc.source}) leads to no page of the Jekyll site: its text was kept without the link`,
          })
        return { ...converted, text }
      })
      body.text = [before!.text.trim(), body.text.trim(), after!.text.trim()]
        .filter(Boolean)
        .join('\n\n')
        .concat('\n')
      for (const part of [before!, after!]) {
        body.notes.push(...part.notes)
        body.moved.push(...part.moved)
        part.siteKeys.forEach((k) => body.siteKeys.add(k))
      }
      body.notes.push({
        file: doc.source,
        line: 0,
        kind: 'converted',
        message: `what the layout ${shown.layouts.join(' < ')} showed from _data/ was evaluated and written into the page around its text`,
      })
    }
    notes.push(...body.notes)
    notes.push(...commentedOutTargets(siteDir, doc.source, doc.bodyLine, doc.body))
    const carried = scriptsTheDocumentNeeds(siteDir, doc.data.layout, doc.body, doc.source)
    if (carried.text) body.text = `${body.text.trimEnd()}\n\n${carried.text}`
    notes.push(...carried.notes)
    body.text = markScriptTargets(siteDir, body.text, body.moved)
    const drawn = stylesForDrawing(doc.source, doc.bodyLine, scriptBase, body.text, body.moved)
    if (drawn) body.text = `${drawn}\n${body.text.replace(/^\n+/, '')}`
    const libraries = librariesTheDocumentNeeds(siteDir, doc.data.layout, doc.body, doc.source)
    if (libraries.text) body.text = `${libraries.text}\n${body.text.replace(/^\n+/, '')}`
    notes.push(...libraries.notes)
    body.siteKeys.forEach((k) => siteKeys.add(k))
    for (const script of body.moved)
      files.push({ target: `public/${script.file}`, data: script.text })
    const docUrls = urlsFor(doc, pattern)
    // No redirect page can stand where the site's own pages go (the site's page answers there).
    // (nor where a path cannot go: an old URL with a space stays the Jekyll site's)
    docUrls.redirectFrom = docUrls.redirectFrom.filter(
      (old) => !routeFor(old, { section: false }) && !PATH_UNSAFE.test(old),
    )
    redirects += docUrls.redirectFrom.length
    for (const old of doc.oldUrls)
      urls.push({ old, new: doc.url, title: doc.title, source: doc.source })
    const stem = doc.source.replace(/\.[^.]+$/, '')
    sourceOf.set(
      doc.kind === 'page' ? `content/pages/${stem}.md` : `content/posts/${doc.name}.md`,
      doc.source,
    )
    if (doc.kind === 'page') {
      files.push({
        target: `content/pages/${stem}.md`,
        data: writeDocument(
          allowScripts(
            withRecentPosts(
              mapPageFrontMatter(doc.data, { title: doc.title, urls: docUrls }),
              layoutListsPosts(siteDir, doc.data.layout),
            ),
            body.text,
          ),
          body.text,
        ),
      })
    } else {
      const front = mapPostFrontMatter(doc.data, {
        title: doc.title,
        date: doc.date!,
        categories: doc.categories,
        draft: doc.kind === 'draft' || doc.data.published === false,
        urls: docUrls,
      })
      headerImage(front, hasFile, (message) =>
        notes.push({
          file: doc.source,
          line: keyLine(fs.readFileSync(path.join(siteDir, doc.source), 'utf8'), 'image'),
          kind: 'flagged',
          message,
        }),
      )
      files.push({
        target: `content/posts/${doc.name}.md`,
        data: writeDocument(allowScripts(front, body.text), body.text),
      })
    }
  }

  if (walk.bibliography)
    files.push({
      target: 'content/publications.bib',
      data: bibliographyPaths(
        siteDir,
        walk.bibliography,
        fs.readFileSync(path.join(siteDir, walk.bibliography)),
        notes,
      ),
    })
  for (const rel of walk.statics)
    files.push({ target: `public/${rel}`, data: fs.readFileSync(path.join(siteDir, rel)) })
  files.push(...sections.files)
  notes.push(...sections.notes.map((n) => shownData(n, dataShown)))
  urls.push(...sections.urls)

  const mapped = mapConfig({
    config,
    cname,
    folder: path.basename(siteDir),
    nav: withSections(navigation(config, pages), sections.nav),
    posts: { permalink: pattern, redirect_from: [] },
    siteKeys,
  })
  notes.push(...mapped.notes)
  const postCount = posts.filter((p) => p.kind === 'post').length
  paginate(config, postCount, mapped.site, notes)
  if (sections.redirects.length || movedTo.length)
    mapped.site.redirects = [
      ...((mapped.site.redirects as []) ?? []),
      ...sections.redirects,
      ...movedTo,
    ]
  if (withScripts > 0) {
    mapped.site.content = { scripts: 'per-page' }
    notes.push({
      file: '_config.yml',
      line: 1,
      kind: 'flagged',
      message: `${withScripts} page(s) keep scripts: site.yaml allows them page by page (content.scripts: per-page, scripts: true in each page's front matter); review them`,
    })
  }
  const frames = framedOrigins(
    files.flatMap((f) =>
      f.target.startsWith('content/') && typeof f.data === 'string' ? [f.data] : [],
    ),
  )
  if (frames.length) {
    mapped.site.content = { ...(mapped.site.content as object), frames }
    notes.push({
      file: '_config.yml',
      line: 1,
      kind: 'flagged',
      message: `pages embed ${frames.join(', ')} in frames: site.yaml content.frames lets the site's policy allow them; review them`,
    })
  }
  files.push({
    target: 'content/site.yaml',
    data: `# Imported from a Jekyll site's _config.yml by npm run import:jekyll.\n${YAML.stringify(mapped.site, { lineWidth: 0 })}`,
  })
  const remoteImages = findRemoteImages(files, { siteDir, origins, sourceOf }).map((image) => ({
    ...image,
    note: remoteImageNote(image),
  }))
  notes.push(...remoteImages.map((image) => image.note))

  return {
    files,
    report: {
      counts: {
        posts: postCount,
        drafts: posts.length - postCount,
        pages: pages.length,
        assets: walk.statics.length,
        redirects,
        repairs: repairs.length,
        flagged: notes.filter((n) => n.kind === 'flagged').length,
      },
      urls: urls.filter((u) => !posts.some((p) => p.kind === 'draft' && p.source === u.source)),
      repairs,
      notes,
      kept: [],
    },
    remoteImages,
  }
}

/**
 * The document as Liquid's `page` at import: its front matter with what Jekyll adds (title, URL,
 * path, and for a post its date, on the wall clock it is shown in, tags and categories).
 */
function liquidPage(doc: JekyllDocument): Record<string, unknown> {
  const page: Record<string, unknown> = {
    ...doc.data,
    title: doc.title,
    url: doc.url,
    path: doc.source,
  }
  if (doc.kind !== 'page') {
    const clock = parseWallClock(doc.date ?? '')
    if (clock)
      page.date = new Date(
        Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second),
      )
    page.categories = doc.categories
    page.tags = jekyllList(doc.data, 'tag', 'tags')
  }
  return page
}

/**
 * A page or post with jekyll-redirect-from's `redirect_to: /elsewhere/` only sent readers on: its
 * URLs become redirects of the site (true). One to another site (`https://…`) cannot be a redirect
 * page here (the site's redirects stay on the site): it stays, reduced to a link there, flagged.
 */
function movedAway(
  doc: JekyllDocument,
  movedTo: { from: string; to: string }[],
  notes: ImportNote[],
): boolean {
  const to = typeof doc.data.redirect_to === 'string' ? doc.data.redirect_to.trim() : undefined
  if (!to) return false
  if (/^([a-z][\w+.-]*:|\/\/)/i.test(to)) {
    doc.body = `This page has moved to <${to}>.\n`
    delete doc.data.redirect_to
    doc.data.exclude = true
    notes.push({
      file: doc.source,
      line: 0,
      kind: 'flagged',
      message: `redirect_to ${to}: a redirect to another site cannot be a redirect page here, so the page links there instead`,
    })
    return false
  }
  const froms = [...new Set([doc.url, ...doc.oldUrls])].filter(
    (from) => from !== to && !PATH_UNSAFE.test(from) && !routeFor(from, { section: false }),
  )
  movedTo.push(...froms.map((from) => ({ from, to })))
  notes.push({
    file: doc.source,
    line: 0,
    kind: 'converted',
    message: `redirect_to ${to}: ${froms.join(', ')} redirect there (site.yaml redirects)`,
  })
  return true
}

/**
 * Jekyll's URL for a category or title with a space (`/single cat/nocat/`) is no site path here:
 * the space becomes `-`, and the report says the old address no longer answers.
 */
function pathSafe(doc: JekyllDocument, notes: ImportNote[]): void {
  if (!PATH_UNSAFE.test(doc.url)) return
  const safe = doc.url.replace(/\s+/g, '-').replace(/[\\?#<>"]/g, '')
  notes.push({
    file: doc.source,
    line: 0,
    kind: 'flagged',
    message: `Jekyll's URL "${doc.url}" has characters a site path cannot have: the page is at ${safe}, and the old address no longer answers`,
  })
  doc.url = safe
}

/**
 * A document at a URL the site writes itself: a listing (an archive at `/tags/`, a search page at
 * `/search/`) is the site's own page now, so the document is left out (true); one below a
 * prefix the site's routes take (`/projects/alpha/`, `/tags/x/`) moves under `/pages/`, flagged.
 */
function ownRoute(doc: JekyllDocument, notes: ImportNote[]): boolean {
  const claim = routeFor(doc.url, { section: doc.kind === 'page' })
  if (!claim) return false
  if (claim.exact) {
    notes.push({
      file: doc.source,
      line: 0,
      kind: 'skipped',
      message: `${doc.url} is a page the site makes itself (${claim.by}), which answers there now; this page's own text was not imported`,
    })
    return true
  }
  const moved = `/pages${doc.url}`
  notes.push({
    file: doc.source,
    line: 0,
    kind: 'flagged',
    message: `${doc.url} is below a URL the site's own pages take (${claim.by}): the page is at ${moved}, and its old URL no longer answers; give it a permalink of your choice`,
  })
  doc.url = moved
  return false
}

/**
 * jekyll-paginate's `paginate: N`: the site's post list shows N a page too, and the old list
 * pages (`/page2/`, by `paginate_path`) lead to the site's (`/posts/page/2/`).
 */
function paginate(
  config: Record<string, unknown>,
  postCount: number,
  site: Record<string, unknown>,
  notes: ImportNote[],
) {
  // jekyll-paginate-v2: `pagination: { enabled: true, per_page: N, permalink: '/page/:num/' }`,
  // its pages below the listing page (the home page, as a blog's usually is).
  const v2 = (config.pagination ?? {}) as Record<string, unknown>
  const modern = v2.enabled === true && config.paginate === undefined
  const perPage = modern ? (v2.per_page ?? 10) : config.paginate
  if (typeof perPage !== 'number' || !Number.isInteger(perPage) || perPage < 1) return
  site.posts = { ...(site.posts as object), per_page: perPage }
  const pattern = modern
    ? typeof v2.permalink === 'string'
      ? v2.permalink
      : '/page/:num/'
    : typeof config.paginate_path === 'string'
      ? config.paginate_path
      : '/page:num/'
  const redirects = []
  for (let n = 2; n <= Math.ceil(postCount / perPage); n++) {
    const from = `/${pattern.replace(':num', String(n))}`.replace(/\/{2,}/g, '/')
    redirects.push({
      from: from.endsWith('.html') || from.endsWith('/') ? from : `${from}/`,
      to: `/posts/page/${n}/`,
    })
  }
  if (redirects.length) site.redirects = redirects
  notes.push({
    file: '_config.yml',
    line: 0,
    kind: 'converted',
    message: `${modern ? 'pagination.per_page' : 'paginate'}: ${perPage} became posts.per_page; ${redirects.length} old list pages (${pattern}) lead to /posts/page/N/`,
  })
}

/**
 * A post's `image:` in the site: written relative to the root (`assets/x.png`) it becomes a site
 * path; one the Jekyll site never had (a broken header image there too) is dropped and reported,
 * rather than stopping the build's link check.
 */
function headerImage(
  front: Record<string, unknown>,
  hasFile: (sitePath: string) => boolean,
  flag: (message: string) => void,
) {
  const image = front.image
  if (typeof image !== 'string' || /^([a-z][\w+.-]*:|\/\/|\{)/i.test(image)) return
  const sitePath = image.startsWith('/') ? image : `/${image}`
  if (hasFile(decodeOr(sitePath.split(/[?#]/)[0]!))) front.image = sitePath
  else {
    delete front.image
    flag(`image: ${image} is not in the Jekyll site: the post has no header image`)
  }
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** The line of a document's front-matter key (front matter starts on line 1), else 0. */
function keyLine(text: string, key: string): number {
  const index = text.split('\n').findIndex((l) => new RegExp(`^${key}\\s*:`).test(l))
  return index + 1
}

/** The file's text with double-encoded runs repaired, each repair recorded. */
function readRepaired(siteDir: string, rel: string, repairs: Repair[]): string | undefined {
  const file = path.join(siteDir, rel)
  if (!fs.existsSync(file)) return undefined
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  for (const m of findMojibake(text))
    repairs.push({ file: rel, line: m.line, found: m.found, repaired: m.repaired })
  return repairMojibake(text)
}

/**
 * minima's header: `header_pages` in order, else every page with a title (alphabetical by path,
 * as `site.pages`), without `exclude: true`. The site's own Posts section is always listed.
 */
function navigation(
  config: Record<string, unknown>,
  pages: JekyllDocument[],
): { title: string; url: string }[] {
  const header = Array.isArray(config.header_pages) ? (config.header_pages as string[]) : undefined
  const listed = header
    ? header.map((h) => pages.find((p) => p.source === h)).filter((p): p is JekyllDocument => !!p)
    : [...pages]
        .sort((a, b) => a.source.localeCompare(b.source))
        .filter((p) => p.data.exclude !== true && typeof p.data.title === 'string')
  const nav = listed.map((p) => ({ title: p.title, url: p.url }))
  const home = pages.find((p) => p.url === '/')
  const at = nav.findIndex((n) => n.url === '/')
  // The home page leads, unless header_pages placed it: the alphabetical order of the source
  // files put it wherever `index.md` sorts.
  if (home && at === -1) nav.unshift({ title: home.title, url: '/' })
  else if (!header && at > 0) nav.unshift(...nav.splice(at, 1))
  // A home page titled like another page (the site's name, often the author's) would give two
  // entries of one name: the home page's is "Home".
  const first = nav[0]
  if (first?.url === '/' && nav.some((n, i) => i > 0 && n.title === first.title))
    first.title = 'Home'
  if (!nav.some((n) => n.url === '/posts/'))
    nav.splice(home ? 1 : 0, 0, { title: 'Posts', url: '/posts/' })
  return nav
}

/** A page whose layout listed the posts lists the newest of them (lib/content/pages.ts). */
function withRecentPosts(front: Record<string, unknown>, listsPosts: boolean) {
  return listsPosts && front.recent_posts === undefined
    ? { ...front, recent_posts: RECENT_POSTS }
    : front
}
