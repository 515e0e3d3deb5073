import fs from 'node:fs'
import path from 'node:path'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'

/**
 * StaticConfigLoader merges the configuration and rebuilds html-validate's element metadata for
 * every document it is asked about: 4 ms a page, ten times the validation of a redirect page and a
 * third of a post's. The configuration of a build never changes, so it is resolved once.
 */
class ResolvedOnce extends StaticConfigLoader {
  private resolved?: ReturnType<StaticConfigLoader['getConfigFor']>
  override getConfigFor(...[handle, override]: Parameters<StaticConfigLoader['getConfigFor']>) {
    return override
      ? super.getConfigFor(handle, override)
      : (this.resolved ??= super.getConfigFor(handle))
  }
}

/** Validates `pages` of `dir` (run on a worker thread); every error as `page:line:col: message (rule)`. */
export async function validateShare({
  dir,
  pages,
  config,
}: {
  dir: string
  pages: string[]
  config: ConfigData
}): Promise<string[]> {
  const validator = new HtmlValidate(new ResolvedOnce(config))
  const errors: string[] = []
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
