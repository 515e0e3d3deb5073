import { lineColumnAt } from '@/lib/markdown/positions'
import type { ImportNote } from './report'
import { scriptAndImports } from './script-targets'
import { HTML_COMMENT, SCRIPT_SRC, scriptPath } from './site-scripts'

const ID = /\bid\s*=\s*["']?([^"'\s>]+)/gi
// How a script names the element it draws into: a "#id" selector anywhere (d3.select("#x"), a
// `container: "#x"` setting) or getElementById("x").
const LOOKUP = /["'`]#([A-Za-z][\w-]*)["'`]|getElementById\(\s*["'`]([\w-]+)["'`]/g

/**
 * The scripts of the site's own that a document loads (with the files they import) and whose element the author commented out
 * (`<!-- <div id="accuracy-graph"> … -->`): the script looks it up, finds nothing and throws, on
 * the old site as on the new one. Each is flagged at its `<script>` line, naming the element, so
 * the author can remove the script or the comment; the corpus tests accept exactly these errors.
 */
export function commentedOutTargets(
  siteDir: string,
  file: string,
  bodyLine: number,
  body: string,
): ImportNote[] {
  const inComments = new Set<string>()
  const outside = body.replace(HTML_COMMENT, (comment) => {
    for (const m of comment.matchAll(ID)) inComments.add(m[1]!)
    return comment.replace(/[^\n]/g, ' ')
  })
  if (!inComments.size) return []
  const present = new Set([...outside.matchAll(ID)].map((m) => m[1]!))
  const notes: ImportNote[] = []
  for (const m of outside.matchAll(SCRIPT_SRC)) {
    // The script, and the files it imports: a module's drawing code is often in the latter.
    const texts = scriptAndImports(siteDir, scriptPath(m[1]!))
    const ids = new Set(texts.flatMap((t) => [...t.matchAll(LOOKUP)].map((l) => (l[1] ?? l[2])!)))
    const gone = [...ids].filter((id) => inComments.has(id) && !present.has(id))
    if (gone.length)
      notes.push({
        file,
        line: lineColumnAt(body, m.index).line + bodyLine - 1,
        kind: 'flagged',
        throwingScript: m[1]!,
        message: `script ${m[1]} looks up ${gone.map((id) => `#${id}`).join(', ')}, which this page has only inside an HTML comment: it throws an error there, as it did on the old site (remove the script or the comment)`,
      })
  }
  return notes
}
