import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

/**
 * The bench's synthetic site: N posts with a realistic mix of prose, fenced code in several
 * languages, inline and display math, GFM tables and raster images, plus the real site's
 * site.yaml, pages, publications.bib and oss.yaml so every page type exists. The same seed
 * gives the same bytes, so two runs (and the peers) build exactly the same text.
 */

/** mulberry32: a tiny seeded PRNG, good enough for text and far faster than crypto. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = (
  'tensor compiler kernel schedule loop tile vector register cache memory layout operator graph ' +
  'fusion lowering dialect pass pipeline latency throughput accelerator backend frontend model ' +
  'layer convolution matrix multiply quantised precision benchmark profile trace buffer stride ' +
  'the a of to and in that is for on with as it by this we be are from at an which our not'
).split(' ')
const TAGS = [
  'compilers',
  'mlir',
  'tvm',
  'hardware',
  'dnns',
  'performance',
  'python',
  'rust',
  'research',
  'notes',
]

const CODE: Record<string, (name: string, n: number) => string> = {
  ts: (f, n) =>
    `export function ${f}(xs: number[]): number {\n  let total = 0\n  for (const x of xs) total += x * ${n}\n  return total\n}`,
  python: (f, n) =>
    `import numpy as np\n\ndef ${f}(a: np.ndarray) -> np.ndarray:\n    """Tile and reduce."""\n    return a.reshape(-1, ${n}).sum(axis=1)`,
  rust: (f, n) =>
    `pub fn ${f}(xs: &[f32]) -> f32 {\n    xs.chunks(${n}).map(|c| c.iter().sum::<f32>()).sum()\n}`,
  c: (f, n) =>
    `#include <stddef.h>\n\nfloat ${f}(const float *x, size_t len) {\n  float acc = 0.0f;\n  for (size_t i = 0; i < len; i += ${n}) acc += x[i];\n  return acc;\n}`,
  go: (f, n) =>
    `package main\n\nfunc ${f}(xs []int) int {\n\tsum := 0\n\tfor i := 0; i < len(xs); i += ${n} {\n\t\tsum += xs[i]\n\t}\n\treturn sum\n}`,
  bash: (f, n) =>
    `#!/bin/sh\nset -eu\nfor i in $(seq 1 ${n}); do\n  ./${f} --threads "$i" >> results.txt\ndone`,
  cpp: (f, n) =>
    `template <typename T>\nT ${f}(const std::vector<T>& v) {\n  return std::accumulate(v.begin(), v.begin() + ${n}, T{});\n}`,
  yaml: (f, n) => `name: ${f}\nthreads: ${n}\ntargets:\n  - llvm\n  - cuda`,
  sql: (f, n) =>
    `SELECT model, AVG(latency_ms) AS ${f}\nFROM runs\nWHERE batch = ${n}\nGROUP BY model;`,
}
const LANGS = Object.keys(CODE)

/** The raster images posts use: noisy gradients, a few hundred KB each, like photographs. */
export const IMAGES = [
  { name: 'photo-1.jpg', width: 1600, height: 1067 },
  { name: 'photo-2.jpg', width: 1600, height: 900 },
  { name: 'photo-3.jpg', width: 1200, height: 1200 },
  { name: 'chart-1.png', width: 1200, height: 800 },
]

export async function makeImage(
  spec: (typeof IMAGES)[number],
  seed: number,
  scale = 1,
): Promise<Buffer> {
  const width = Math.round(spec.width * scale)
  const height = Math.round(spec.height * scale)
  const random = prng(seed)
  const pixels = Buffer.alloc(width * height * 3)
  const png = spec.name.endsWith('.png')
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3
      // A chart is flat colour bands; a photo is a gradient with grain.
      const noise = png ? 0 : (random() - 0.5) * 60
      const band = png ? Math.floor((x / width) * 6) * 40 : 0
      pixels[i] = Math.max(0, Math.min(255, (x / width) * 200 + noise + band))
      pixels[i + 1] = Math.max(0, Math.min(255, (y / height) * 180 + noise))
      pixels[i + 2] = Math.max(0, Math.min(255, 120 + noise - band / 2))
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } })
  return png
    ? image.png({ compressionLevel: 9 }).toBuffer()
    : image.jpeg({ quality: 85 }).toBuffer()
}

export function sentence(random: () => number, words = 8 + Math.floor(random() * 14)): string {
  const out = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)])
  return out[0]![0]!.toUpperCase() + out.join(' ').slice(1) + '.'
}

export function paragraph(random: () => number): string {
  const sentences = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence(random))
  if (random() < 0.4)
    sentences.splice(1, 0, `The cost is $O(n^${2 + Math.floor(random() * 2)})$ for $n$ elements.`)
  return sentences.join(' ')
}

function table(random: () => number): string {
  const rows = Array.from(
    { length: 4 },
    (_, i) => `| layer ${i + 1} | ${(random() * 10).toFixed(2)} | ${Math.floor(random() * 1000)} |`,
  )
  return ['| Layer | Latency (ms) | Memory (KB) |', '| --- | ---: | ---: |', ...rows].join('\n')
}

export interface SyntheticPost {
  /** Path under posts/: a file, or a folder (with index.md) when the post has an image. */
  file: string
  date: string
  slug: string
  title: string
  tags: string[]
  body: string
  image?: string
}

/** The i-th post of a synthetic site: the same i always gives the same post. */
export function syntheticPost(i: number): SyntheticPost {
  const random = prng(1000 + i)
  const day = new Date(Date.UTC(2025, 11, 31) - Math.floor(i / 3) * 86_400_000)
    .toISOString()
    .slice(0, 10)
  const slug = `post-${String(i).padStart(5, '0')}`
  const title = sentence(random, 4 + Math.floor(random() * 4)).slice(0, -1)
  const tags = [...new Set([0, 1].map(() => TAGS[Math.floor(random() * TAGS.length)]!))]
  const image = i % 5 === 0 ? IMAGES[(i / 5) % IMAGES.length]!.name : undefined
  const parts: string[] = [paragraph(random), '<!--more-->']
  for (let s = 0; s < 3; s++) {
    parts.push(
      `## ${sentence(random, 3 + Math.floor(random() * 3)).slice(0, -1)}`,
      paragraph(random),
      paragraph(random),
    )
    const lang = LANGS[Math.floor(random() * LANGS.length)]!
    parts.push(
      '```' +
        lang +
        '\n' +
        CODE[lang]!(`f${Math.floor(random() * 1e6)}`, 2 + Math.floor(random() * 30)) +
        '\n```',
    )
    if (s === 0)
      parts.push(
        `$$\n\\sum_{i=0}^{${2 + Math.floor(random() * 60)}} a_i b_i = \\frac{1}{n} \\int_0^1 f(x)\\,dx\n$$`,
      )
    if (s === 1) parts.push(table(random))
    if (s === 1 && image)
      parts.push(`![A synthetic figure for ${slug}](${image} "Figure: ${title}")`)
  }
  const body = parts.join('\n\n') + '\n'
  return {
    file: image ? `${day}-${slug}/index.md` : `${day}-${slug}.md`,
    date: day,
    slug,
    title,
    tags,
    body,
    image,
  }
}

function frontMatter(post: SyntheticPost): string {
  return `---\ntitle: "${post.title}"\ndate: ${post.date}\ntags: [${post.tags.join(', ')}]\n---\n\n`
}

/**
 * Writes a content folder of `count` posts into `dir` (emptied first), with the real site's
 * site.yaml and, where it has them, its pages, publications.bib and oss.yaml from `realContent`
 * (a fork just after `npm run init` has neither of the last two). Returns the post list.
 */
export async function generateSite(
  dir: string,
  count: number,
  realContent: string,
  imageScale = 1,
): Promise<SyntheticPost[]> {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(path.join(dir, 'posts'), { recursive: true })
  for (const name of ['site.yaml', 'publications.bib', 'oss.yaml', 'pages'])
    if (name === 'site.yaml' || fs.existsSync(path.join(realContent, name)))
      fs.cpSync(path.join(realContent, name), path.join(dir, name), { recursive: true })
  const imageDir = path.join(dir, '.images')
  fs.mkdirSync(imageDir)
  for (const [k, spec] of IMAGES.entries())
    fs.writeFileSync(path.join(imageDir, spec.name), await makeImage(spec, 42 + k, imageScale))
  const posts = Array.from({ length: count }, (_, i) => syntheticPost(i))
  for (const post of posts) {
    const file = path.join(dir, 'posts', post.file)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, frontMatter(post) + post.body)
    // Hard links: a 10,000-post site has 2,000 images but only four distinct files.
    if (post.image)
      fs.linkSync(path.join(imageDir, post.image), path.join(path.dirname(file), post.image))
  }
  return posts
}
