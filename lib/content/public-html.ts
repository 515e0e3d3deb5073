import fs from 'node:fs'
import path from 'node:path'
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5'
import { scriptUrlProblem, urlsOf } from '@/lib/url-safety'
import type { IssueList } from './issues'

/**
 * HTML files in the public folders are published as they are, but the build writes each page's
 * Content-Security-Policy into its `<head>`: a file without a `<head>` start tag is reported here,
 * by name, rather than stopping a post-build step. Script URLs in them are refused as in content.
 */
export function checkPublicHtml(publicDirs: string[], issues: IssueList): void {
  for (const dir of publicDirs) {
    if (!fs.existsSync(dir)) continue
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (!entry.isFile() || !/\.html?$/i.test(entry.name)) continue
      const file = path.join(entry.parentPath, entry.name)
      const html = fs.readFileSync(file, 'utf8')
      const doc = parse(html, { sourceCodeLocationInfo: true })
      const stack: T.ParentNode[] = [doc]
      let head = false
      while (stack.length) {
        const node = stack.pop()!
        for (const child of node.childNodes) {
          if (!('tagName' in child)) continue
          const loc = child.sourceCodeLocation
          if (child.tagName === 'head' && loc?.startTag) head = true
          const attrs = child.attrs.map((a): [string, string] => [
            a.prefix ? `${a.prefix}:${a.name}` : a.name,
            a.value,
          ])
          for (const { attribute, url } of urlsOf(child.tagName, attrs)) {
            const problem = scriptUrlProblem(`<${child.tagName} ${attribute}>`, url, {
              allowDataImage: attribute === 'src',
            })
            if (problem) issues.error(file, problem, loc?.startLine, loc?.startCol)
          }
          stack.push(child)
          if (child.tagName === 'template') stack.push((child as T.Template).content)
        }
      }
      if (!head)
        issues.error(
          file,
          "HTML file has no <head> start tag (expected <html><head>...</head><body>...; the build writes the page's security policy into its head)",
        )
    }
  }
}
