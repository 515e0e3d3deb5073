/**
 * `npm run new -- "Post title" [--mdx]`: writes content/posts/YYYY-MM-DD-slug.md with today's
 * date and the front matter filled in, as a draft, and prints its path.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { stringify } from 'yaml'
import { contentDir } from '@/lib/content/files'
import { slugify } from '@/lib/slug'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { mdx: { type: 'boolean', default: false } },
})
const title = positionals.join(' ').trim()
if (!title) {
  console.error('usage: npm run new -- "Post title" [--mdx]')
  process.exit(2)
}

const now = new Date()
const day = now.toISOString().slice(0, 10)
const slug = slugify(title)
const file = path.join(
  contentDir(),
  'posts',
  `${day}-${slug || 'post'}.${values.mdx ? 'mdx' : 'md'}`,
)
if (fs.existsSync(file)) {
  console.error(`${path.relative(process.cwd(), file)} already exists`)
  process.exit(1)
}
const frontMatter = stringify({
  title,
  date: `${day} ${now.toISOString().slice(11, 19)} +0000`,
  tags: [],
  description: '',
  draft: true,
})
fs.mkdirSync(path.dirname(file), { recursive: true })
fs.writeFileSync(
  file,
  `---\n${frontMatter}---\n\nWrite the opening here; it is the excerpt in lists.\n\n<!--more-->\n\nThe rest of the post.\n`.replace(
    '<!--more-->',
    values.mdx ? '{/* more */}' : '<!--more-->',
  ),
)
console.log(
  `Created ${path.relative(process.cwd(), file)} (a draft: visible in npm run dev only until you remove draft: true)`,
)
