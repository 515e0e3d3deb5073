import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { emojiNodes, inlineEmoji } from '@/lib/emoji'
import { iconFor } from '@/lib/icons'
import { currentIn, navFitsOneRow, type NavItem } from '@/lib/nav'

describe('the current section (lib/nav.ts)', () => {
  const posts: NavItem = {
    title: 'Posts',
    url: '/posts/',
    section: ['/posts/', '/tags/', '/blog/'],
  }
  const about: NavItem = { title: 'About', url: '/', section: ['/'] }

  it('is the page itself, or a page inside the section', () => {
    assert.equal(currentIn(posts, '/posts/'), 'page')
    assert.equal(currentIn(posts, '/posts'), 'page')
    assert.equal(currentIn(posts, '/posts/page/2/'), 'true')
    assert.equal(currentIn(posts, '/blog/2026/11/20/tiling/'), 'true')
    assert.equal(currentIn(posts, '/tags/mlir/'), 'true')
    assert.equal(currentIn(posts, '/publications/'), undefined)
  })

  it('marks the home page only on the home page', () => {
    assert.equal(currentIn(about, '/'), 'page')
    assert.equal(currentIn(about, '/posts/'), undefined)
  })
})

describe('emoji (lib/emoji.ts)', () => {
  it('draws each emoji as a picture and keeps the character, visually hidden', () => {
    const html = toHtml({ type: 'root', children: emojiNodes('Perry 🍐!') })
    assert.match(
      html,
      /^Perry <span class="emoji"><svg[^>]*class="emoji-svg"[^>]*aria-hidden="true"/,
    )
    assert.match(html, /<span class="emoji-char">🍐<\/span><\/span>!$/)
  })

  it('leaves text without emoji, and code, as they are', () => {
    assert.deepEqual(emojiNodes('no emoji here'), [{ type: 'text', value: 'no emoji here' }])
    const tree = h('div', [h('p', 'a 📉'), h('pre', [h('code', 'b 📉')])])
    inlineEmoji(tree)
    const html = toHtml(tree)
    assert.equal(html.match(/<svg/g)?.length, 1)
    assert.match(html, /<code>b 📉<\/code>/)
  })
})

describe('profile icons (lib/icons.ts)', () => {
  it('finds brands by name, aliases and the site’s own icons, and falls back to a link', () => {
    assert.equal(iconFor('GitHub').style, 'fill')
    assert.equal(iconFor('Google Scholar').style, 'fill')
    assert.notEqual(iconFor('Twitter').path, iconFor('link').path)
    assert.equal(iconFor('PGP key').path, iconFor('key').path)
    assert.equal(iconFor('My homepage on a server of my own').path, iconFor('link').path)
    assert.equal(iconFor('Anything', 'mastodon').style, 'fill')
  })
})

describe('the header’s layout (lib/nav.ts)', () => {
  const items = (...titles: string[]) => titles.map((title) => ({ title }))
  const four = items('About', 'Posts', 'Publications', 'Open source')
  it('keeps four sections beside a short title on one row', () => {
    assert.equal(navFitsOneRow('Perry Gibson 🍐', four), true)
  })
  it('gives seven sections, or a long title, a row of their own', () => {
    assert.equal(navFitsOneRow('Perry Gibson', [...four, ...items('Talks', 'News', 'CV')]), false)
    assert.equal(navFitsOneRow('The Laboratory of Very Long Names', four), false)
  })
})
