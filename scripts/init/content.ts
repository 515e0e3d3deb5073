/**
 * What `npm run init` writes: a minimal, valid content/ for a new owner, from their answers.
 * Pure functions (answers in, files out), so the unit tests can check them without a disk.
 */
import { stringify } from 'yaml'
import { splitSiteAddress } from '../../lib/urls'

export interface Answers {
  name: string
  /** The site's canonical address, such as https://example.org or https://user.github.io. */
  url: string
  description: string
  /** What the owner does, such as "PhD student in computer architecture". Optional. */
  role?: string
  /** Profile links for the footer (and schema.org's sameAs), in the order given. */
  links: { name: string; url: string }[]
}

/** Checks answers before anything is written; returns what is wrong, one line each. */
export function answerProblems(a: Partial<Answers>): string[] {
  const problems: string[] = []
  if (!a.name?.trim()) problems.push('--name: the owner’s name is required')
  if (!a.url?.trim()) problems.push('--url: the site’s address is required (https://...)')
  else if (!/^https?:\/\/[^/\s]+/.test(a.url) || !URL.canParse(a.url))
    problems.push(`--url: "${a.url}" is not an address (expected https://example.org)`)
  for (const link of a.links ?? [])
    if (!link.name || !URL.canParse(link.url))
      problems.push(`--link: "${link.name}=${link.url}" (expected Name=https://...)`)
  return problems
}

/** "GitHub=https://github.com/me" → a link; the name may contain spaces, the URL may not. */
export function parseLink(spec: string): { name: string; url: string } {
  const at = spec.indexOf('=')
  return at < 0
    ? { name: '', url: spec.trim() }
    : { name: spec.slice(0, at).trim(), url: spec.slice(at + 1).trim() }
}

function siteYaml(a: Answers): string {
  const site = {
    title: a.name,
    description: a.description,
    url: splitSiteAddress(a.url).origin,
    lang: 'en',
    author: { name: a.name, ...(a.role ? { job_title: a.role } : {}) },
    nav: [
      { title: 'About', url: '/' },
      { title: 'Posts', url: '/posts/' },
      // Add these when there is content for them: a publications.bib file, an oss.yaml file.
    ],
    ...(a.links.length ? { social: a.links } : {}),
  }
  return `# Written by npm run init. Every key is described in the README ("Writing content").
${stringify(site, { lineWidth: 100 })}`
}

function aboutPage(a: Answers): string {
  const who = a.role ? `${a.name}, ${a.role}.` : `${a.name}.`
  const links = a.links.map((l) => `- [${l.name}](${l.url})`).join('\n')
  return `---
title: About
permalink: /
---

This is the site of ${who} Replace this text with your own: it is
\`content/pages/about.md\`, in Markdown.
${links ? `\nElsewhere:\n\n${links}\n` : ''}`
}

function examplePost(): string {
  return `---
title: An example post (delete me)
tags: [example]
description: An example of a post, written by npm run init. It is a draft, so it is never published.
draft: true
---

**This is an example, not a post by the owner of this site.** \`npm run init\` wrote it to show
what a post looks like. It is a draft (\`draft: true\` above), so only \`npm run dev\` shows it;
delete this file, or start a new post with \`npm run new -- "Title"\`.

<!--more-->

## What a post can hold

Markdown, code blocks with highlighting, and math between dollar signs, such as $e^{i\\pi} + 1 = 0$.

\`\`\`python
print("hello")
\`\`\`
`
}

/** The files of the new content/, by path relative to it. */
export function contentFiles(a: Answers, today: string): Record<string, string> {
  return {
    'site.yaml': siteYaml(a),
    'pages/about.md': aboutPage(a),
    [`posts/${today}-example-post.md`]: examplePost(),
  }
}
