import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SITE_PORT } from '../../playwright.config'
import { expect, test } from './fixtures'

// `npm run dev` on a copy of the whole-site fixture's content, so the test can add, edit and delete
// posts (and does not depend on what the live content/ holds).
const DEV_PORT = SITE_PORT + 20
let server: ChildProcess
let content: string

test.describe.configure({ mode: 'serial' })
test.use({ baseURL: `http://127.0.0.1:${DEV_PORT}` })

test.beforeAll(async () => {
  // Starting the server and the first compile of a page took over two minutes on a loaded
  // two-core machine; the poll allows four and a half, and the hook needs more than its 30 s.
  test.setTimeout(300_000)
  content = fs.mkdtempSync(path.join(os.tmpdir(), 'gibsonic-dev-'))
  fs.cpSync('tests/fixtures/full-site/content', content, { recursive: true })
  server = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/dev.ts', '--port', String(DEV_PORT)],
    {
      env: {
        ...process.env,
        CONTENT_DIR: content,
        PUBLIC_DIR: 'tests/fixtures/public',
        GIBSONIC_DIST_DIR: '.build/dev-test',
        NODE_ENV: 'development',
      },
      stdio: 'ignore',
      detached: true,
    },
  )
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${DEV_PORT}/posts/`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 270_000 },
    )
    .toBe(200)
})

test.afterAll(() => {
  if (server.pid) process.kill(-server.pid, 'SIGTERM')
  fs.rmSync(content, { recursive: true, force: true })
})

// Each change re-renders the page on the development server, which reads the content again: on a
// loaded two-core machine that takes tens of seconds, hence a minute per step.
test('saving, adding and deleting posts shows in the open page without a reload', async ({
  page,
}) => {
  test.setTimeout(300_000)
  await page.goto('/posts/', { timeout: 120_000 })
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true))
  const sameDocument = () =>
    page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument === true)
  const posts = path.join(content, 'posts')

  fs.writeFileSync(
    path.join(posts, '2026-11-23-live.md'),
    '---\ntitle: Written just now\ntags: [live]\n---\n\nHello.\n',
  )
  await expect(page.getByRole('link', { name: 'Written just now' })).toBeVisible({
    timeout: 60_000,
  })

  const existing = path.join(posts, '2026-11-24-how-this-site-is-built.md')
  fs.writeFileSync(
    existing,
    fs
      .readFileSync(existing, 'utf-8')
      .replace('title: How this site is built', 'title: How this site is made'),
  )
  await expect(page.getByRole('link', { name: 'How this site is made' })).toBeVisible({
    timeout: 60_000,
  })

  fs.rmSync(path.join(posts, '2026-11-23-live.md'))
  await expect(page.getByRole('link', { name: 'Written just now' })).toHaveCount(0, {
    timeout: 60_000,
  })
  expect(await sameDocument()).toBe(true)
})

test('drafts are shown in development', async ({ page }) => {
  fs.writeFileSync(
    path.join(content, 'posts', '2026-11-22-draft.md'),
    '---\ntitle: Still a draft\ndraft: true\n---\n\nSoon.\n',
  )
  await page.goto('/posts/', { timeout: 120_000 })
  await expect(page.getByRole('link', { name: 'Still a draft' })).toBeVisible()
})

// The message must come at once: search.js does not ask the development server for an index it
// cannot have (asking cost a 20-second error page and a 500 in the console).
test('the search says that the development server has no index, and how to get one', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) asked.push(request.url())
  })
  await page.goto('/posts/', { timeout: 120_000 })
  await page.locator('[data-search-open]').first().click()
  await page.getByRole('dialog').getByRole('searchbox').fill('compiler')
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(
    'The development server has no search index: `npm run build` writes one, and `npm start` serves the site with it.',
  )
  expect(asked).toEqual([])
})
