import fs from 'node:fs'
import path from 'node:path'
import type { SiteContent } from '@/lib/content'
import { cacheEnabled } from '@/lib/content/document-cache'
import type { ReusePlan } from '@/lib/reuse'
import type { Build } from '../context'
import { HEAP_FLAGS } from '../heap'
import { run } from '../run'

export interface CheckedContent {
  /** The content, when it was checked in this process (without the document cache). */
  content?: SiteContent
  /** Which post pages can be taken from the previous output unchanged (scripts/reuse-pages.ts). */
  plan?: ReusePlan
  /** The file that holds `plan`, for Next.js to read; removed once Next.js is done. */
  planFile?: string
  /** How many preview cards were drawn while the content was checked. */
  cardsDrawn: Promise<number>
}

/**
 * Checks the content; a content error stops the build (the errors are printed where they are
 * found). With the document cache on, the content is checked in a process of its own that
 * prepares every document into the cache and exits, so the Markdown pipeline's memory is free
 * again while Next.js builds (the memory peak of a large site); the build reads back only the
 * prepared content, without the bodies. That process also plans which post pages can be taken
 * from the previous output unchanged (scripts/reuse-pages.ts); Next.js then generates only the
 * others.
 * It sends the posts' preview cards as soon as it has read their front matter, and a process of
 * their own draws them into the cache at a low priority: they take the CPU that the check leaves
 * idle (it prepares the bodies on one core) without slowing it down, and the post-build step
 * finds them drawn (and draws any still missing).
 */
export async function checkContent(build: Build): Promise<CheckedContent> {
  if (!cacheEnabled()) {
    const { checkContent } = await import('../../check-content')
    const checked = await checkContent()
    build.warnings += checked.warnings
    if (!checked.content) process.exit(1)
    return { content: checked.content, cardsDrawn: Promise.resolve(0) }
  }
  const reusePlan = `${build.stage}-reuse.json`
  const cardList = `${build.stage}-cards.json`
  // Neither file outlives the build, however it ends (bad content, say): none is left in .build/.
  process.on('exit', () => [reusePlan, cardList].forEach((f) => fs.rmSync(f, { force: true })))
  let cardsDrawn: Promise<number> = Promise.resolve(0)
  const checked = await run(
    process.execPath,
    [
      ...HEAP_FLAGS,
      '--import',
      'tsx',
      'scripts/check-content.ts',
      '--reuse-plan',
      reusePlan,
      '--out',
      build.outDir,
    ],
    {},
    (message) =>
      typeof message === 'object' && message && 'warnings' in message
        ? (build.warnings += message.warnings as number)
        : (cardsDrawn = drawCards(cardList, message)),
  )
  if (checked.status !== 0) process.exit(1)
  const plan = fs.existsSync(reusePlan)
    ? (JSON.parse(fs.readFileSync(reusePlan, 'utf8')) as ReusePlan)
    : undefined
  return { plan, planFile: reusePlan, cardsDrawn }
}

/** Draws the preview `cards` in a process of its own, at a low priority; resolves to how many. */
function drawCards(cardList: string, cards: unknown): Promise<number> {
  fs.mkdirSync(path.dirname(cardList), { recursive: true })
  fs.writeFileSync(cardList, JSON.stringify(cards))
  let drawn = 0
  const node = [process.execPath, '--import', 'tsx', 'scripts/og-images.ts', cardList]
  // Windows has no `nice`: there the cards are drawn at the normal priority.
  const [command, ...args] = process.platform === 'win32' ? node : ['nice', '-n', '10', ...node]
  return run(command!, args, {}, (answer) => (drawn = (answer as { drawn: number }).drawn)).then(
    () => drawn,
  )
}
