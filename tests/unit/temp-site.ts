import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A content folder in a temporary directory: site.yaml, a home page and `files`. */
export function tempSite(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-site-'))
  const all: Record<string, string> = {
    'site.yaml':
      'title: T\ndescription: D\nurl: https://t.example.org\nauthor:\n  name: A\nnav:\n  - title: Home\n    url: /\n',
    'pages/index.md': '---\ntitle: Home\n---\n\nHome.\n',
    ...files,
  }
  for (const [name, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    fs.writeFileSync(path.join(dir, name), text)
  }
  return dir
}
