// HTML validation on a worker thread (scripts/output/validate.ts), in JavaScript so that the worker
// starts without a TypeScript loader.
import fs from 'node:fs'
import path from 'node:path'
import { DOMNode, HtmlElement, HtmlValidate, StaticConfigLoader, TextNode } from 'html-validate'
import { installLinearElementSearch } from './linear-elements.mjs'
import { installSlimNodes } from './slim-nodes.mjs'

installLinearElementSearch(HtmlElement)
installSlimNodes({ HtmlElement, DOMNode, TextNode })

// StaticConfigLoader merges the configuration and rebuilds html-validate's element metadata for
// every document it is asked about: 4 ms a page, ten times the validation of a redirect page and a
// third of a post's. The configuration of a build never changes, so it is resolved once.
class ResolvedOnce extends StaticConfigLoader {
  getConfigFor(handle, override) {
    return override
      ? super.getConfigFor(handle, override)
      : (this.resolved ??= super.getConfigFor(handle))
  }
}

/** Validates `pages` of `dir`; every error as `page:line:col: message (rule)`. */
export async function validateShare({ dir, pages, config }) {
  const validator = new HtmlValidate(new ResolvedOnce(config))
  const errors = []
  for (const page of pages) {
    const report = await validator.validateString(
      fs.readFileSync(path.join(dir, page), 'utf-8'),
      page,
    )
    for (const result of report.results)
      for (const m of result.messages)
        if (m.severity === 2)
          errors.push(`${page}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`)
  }
  return errors
}
