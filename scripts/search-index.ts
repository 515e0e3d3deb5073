import fs from 'node:fs'
import path from 'node:path'
import * as pagefind from 'pagefind'

// Pagefind's ready-made UIs, which the site does not use (components/enhance/search.js is ours).
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
]

function folderBytes(dir: string): number {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + fs.statSync(path.join(e.parentPath, e.name)).size, 0)
}

export interface SearchIndexReport {
  pages: number
  bytes: number
  ms: number
}

/**
 * Indexes the exported pages with Pagefind into `<dir>/pagefind/`, which the site serves under its
 * base path. Only elements marked by lib/search.ts are indexed; these parts of them are not.
 */
export async function writeSearchIndex(dir: string, lang: string): Promise<SearchIndexReport> {
  const started = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex({
      // One index for the whole site; `en-GB` and `en` share English stemming.
      forceLanguage: lang.split('-')[0]!.toLowerCase(),
      // KaTeX writes each formula twice (MathML for readers, HTML for eyes) and keeps its TeX
      // source in an <annotation>: only the MathML's text is indexed, once.
      excludeSelectors: ['.heading-anchor', '.code-tools', '.katex-html', 'annotation'],
    })
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: dir })
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
    const output = path.join(dir, 'pagefind')
    const written = await index.writeFiles({ outputPath: output })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    for (const file of UNUSED) fs.rmSync(path.join(output, file), { force: true })
    return {
      // addDirectory counts every HTML file it read; the fragments are the pages it indexed.
      pages: fs.readdirSync(path.join(output, 'fragment')).length,
      bytes: folderBytes(output),
      ms: Math.round(performance.now() - started),
    }
  } finally {
    await pagefind.close()
  }
}
