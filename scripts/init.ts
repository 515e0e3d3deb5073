/**
 * `npm run init`: turns a fresh fork into its new owner's site. Asks (or takes as flags) the name,
 * the site's address, a description, a role and profile links; replaces content/ with a minimal,
 * valid site (site.yaml, an About page, one example draft post); removes the previous owner's files
 * from public/ (keeping the site's own icon and badges); prints how to build, preview and deploy.
 *
 *   npm run init -- --name "Ada Lovelace" --url https://ada.example.org \
 *     [--description "..."] [--role "..."] [--link GitHub=https://github.com/ada ...] \
 *     [--dir DIR] [--force]
 *
 * It refuses to run a second time (content/.init.json records the first) unless --force is given.
 * --dir runs it on another checkout (the tests use a scratch copy).
 */
import fs from 'node:fs'
import path from 'node:path'
import { createInterface } from 'node:readline/promises'
import { parseArgs } from 'node:util'
import { answerProblems, contentFiles, parseLink, type Answers } from './init/content'
import { splitSiteAddress } from '../lib/urls'

/** What public/ keeps: the site's own icon and its badges. Everything else was the previous owner's. */
const KEEP_IN_PUBLIC = ['favicon.ico', 'assets/badges/']
const MARKER = '.init.json'

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    url: { type: 'string' },
    description: { type: 'string' },
    role: { type: 'string' },
    link: { type: 'string', multiple: true, default: [] },
    dir: { type: 'string', default: '.' },
    force: { type: 'boolean', default: false },
  },
})

const root = path.resolve(values.dir)
const contentDir = path.join(root, 'content')
const publicDir = path.join(root, 'public')
const rel = (p: string) => path.relative(process.cwd(), p) || '.'

if (fs.existsSync(path.join(contentDir, MARKER)) && !values.force) {
  console.error(
    `${rel(contentDir)} was already written by npm run init; running it again would replace it.\n` +
      'Edit the files in content/ instead, or run `npm run init -- --force` to start over.',
  )
  process.exit(1)
}

async function ask(): Promise<Partial<Answers>> {
  const given: Partial<Answers> = {
    name: values.name,
    url: values.url,
    description: values.description,
    role: values.role,
    links: values.link.map(parseLink),
  }
  // Questions only for a person at a terminal; a script passes flags, and a missing one is an error.
  if (!process.stdin.isTTY) return given
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const question = async (q: string, current?: string) =>
    current ?? ((await rl.question(q)).trim() || undefined)
  given.name = await question('Your name: ', given.name)
  given.url = await question(
    'The site’s address (https://you.github.io, https://example.org): ',
    given.url,
  )
  given.description = await question(
    'One sentence about the site (Enter to skip): ',
    given.description,
  )
  given.role = await question(
    'Your role, e.g. "PhD student in compilers" (Enter to skip): ',
    given.role,
  )
  if (!values.link.length) {
    console.log(
      'Profile links, one a line as Name=URL (GitHub=https://github.com/you); Enter to finish.',
    )
    for (let line; (line = (await rl.question('  link: ')).trim());)
      given.links!.push(parseLink(line))
  }
  rl.close()
  return given
}

/** Removes every file of public/ that is not kept, then the folders left empty. */
function clearPublic(): string[] {
  if (!fs.existsSync(publicDir)) return []
  const removed: string[] = []
  const entries = fs.readdirSync(publicDir, { recursive: true, withFileTypes: true })
  for (const e of entries.filter((x) => !x.isDirectory())) {
    const file = path.join(e.parentPath, e.name)
    const name = path.relative(publicDir, file).split(path.sep).join('/')
    if (KEEP_IN_PUBLIC.some((k) => (k.endsWith('/') ? name.startsWith(k) : name === k))) continue
    fs.rmSync(file)
    removed.push(name)
  }
  const dirs = entries.filter((x) => x.isDirectory()).map((x) => path.join(x.parentPath, x.name))
  for (const dir of dirs.sort().reverse()) if (!fs.readdirSync(dir).length) fs.rmdirSync(dir)
  return removed
}

const given = await ask()
const problems = answerProblems(given)
if (problems.length) {
  console.error(`npm run init needs:\n${problems.map((p) => `  ${p}`).join('\n')}`)
  process.exit(2)
}
const answers: Answers = {
  name: given.name!.trim(),
  url: given.url!.trim(),
  description: given.description?.trim() || `The personal website of ${given.name!.trim()}.`,
  role: given.role?.trim() || undefined,
  links: given.links ?? [],
}

const today = new Date().toISOString().slice(0, 10)
fs.rmSync(contentDir, { recursive: true, force: true })
for (const [name, text] of Object.entries(contentFiles(answers, today))) {
  const file = path.join(contentDir, name)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}
fs.writeFileSync(
  path.join(contentDir, MARKER),
  `${JSON.stringify({ initialised: today, name: answers.name }, null, 2)}\n`,
)
const removed = clearPublic()
const { origin, basePath } = splitSiteAddress(answers.url)

console.log(`Wrote ${rel(contentDir)}/: site.yaml, pages/about.md, and an example draft post.`)
if (basePath)
  console.log(
    `The site's address has a path (${basePath}), as a GitHub Pages project site has: site.yaml\n` +
      `gets the origin, url: ${origin}. The Pages workflow builds with BASE_PATH=${basePath}\n` +
      `itself; to build for that path by hand, run BASE_PATH=${basePath} npm run build.`,
  )
if (removed.length) console.log(`Removed from ${rel(publicDir)}/: ${removed.join(', ')}`)
console.log(`
Next:
  npm run build   # check content/ and export the site into out/
  npm start       # preview out/ at http://127.0.0.1:3000/
  git add -A && git commit -m "My site" && git push   # deploy: GitHub Pages or Vercel (README, "Make it yours")`)
