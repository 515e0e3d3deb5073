import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromiumExecutable } from '../chromium'
import { CHROMIUM_FLAGS } from './pages'

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Scores = Record<(typeof CATEGORIES)[number], number> & {
  /** Titles of the weighted audits that did not pass, for categories below 100. */
  failing: string[]
}

/**
 * Lighthouse 12 with its default (mobile) settings: a Moto G-class screen, simulated slow 4G and
 * a 4x CPU slowdown. One Chromium for all pages; scores are 0-100.
 */
export async function lighthouseScores(
  urls: Record<string, string>,
): Promise<Record<string, Scores>> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? chromiumExecutable() ?? 'chromium',
    chromeFlags: CHROMIUM_FLAGS,
  })
  const result: Record<string, Scores> = {}
  try {
    for (const [name, url] of Object.entries(urls)) {
      const run = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      })
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { categories, audits } = run.lhr
      const failing = CATEGORIES.flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${audits[ref.id]!.title}`),
      )
      result[name] = {
        ...(Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
        ) as Record<(typeof CATEGORIES)[number], number>),
        failing,
      }
    }
  } finally {
    chrome.kill()
  }
  return result
}
