import fs from 'node:fs'
import path from 'node:path'
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate'
import { htmlFiles } from './html'

const CONFIG = path.resolve(import.meta.dirname, '../../.htmlvalidate.json')

/** Validates every page of an export with html-validate; returns each error as `page:line:col: message (rule)`. */
export async function validatePages(dir: string): Promise<{ errors: string[]; pages: number }> {
  const config = JSON.parse(fs.readFileSync(CONFIG, 'utf-8')) as ConfigData
  const validator = new HtmlValidate(new StaticConfigLoader(config))
  const errors: string[] = []
  const pages = htmlFiles(dir)
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
  return { errors, pages: pages.length }
}
