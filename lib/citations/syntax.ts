/** One cited work inside a citation: `@key` with an optional locator (`p. 4`). */
export interface CiteItem {
  key: string
  locator?: string
  /** Offset of the `@` in the text the citation was found in. */
  offset: number
}

/** A citation found in a run of text: `[@a, p. 4; @b]` (bracketed) or `@a` (narrative). */
export interface Citation {
  start: number
  end: number
  narrative: boolean
  items: CiteItem[]
}

// Pandoc's citation keys: a letter, digit or _ first, then those and internal punctuation.
const KEY = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&\-+?<>~/](?=[\p{L}\p{N}_]))*`
const BRACKETED = /\[([^[\]]*@[^[\]]*)\](?!\()/gu
const ITEM = new RegExp(String.raw`^\s*-?@(${KEY})\s*(?:,\s*(.*?))?\s*$`, 'su')
// `@key` not inside a word or an e-mail address (`perry@example.org`).
const NARRATIVE = new RegExp(String.raw`(?<![\p{L}\p{N}_.@\\])@(${KEY})`, 'gu')

/**
 * Finds Pandoc citations in plain text. A bracketed group counts only if every `;`-separated part
 * is a `@key` with an optional locator, so `[see @a]` prefixes and ordinary brackets holding an
 * address are left alone. Narrative `@key`s are returned too; the caller decides whether an
 * unknown one is a citation or just text (a handle such as `@perry`).
 */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = []
  for (const m of text.matchAll(BRACKETED)) {
    const body = m[1]!
    let partStart = m.index + 1
    const items: CiteItem[] = []
    for (const part of body.split(';')) {
      const item = ITEM.exec(part)
      if (!item) {
        items.length = 0
        break
      }
      items.push({
        key: item[1]!,
        locator: item[2] || undefined,
        offset: partStart + part.indexOf('@'),
      })
      partStart += part.length + 1
    }
    if (items.length)
      found.push({ start: m.index, end: m.index + m[0].length, narrative: false, items })
  }
  const inBracket = (i: number) => found.some((c) => i >= c.start && i < c.end)
  for (const m of text.matchAll(NARRATIVE)) {
    if (inBracket(m.index)) continue
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      narrative: true,
      items: [{ key: m[1]!, offset: m.index }],
    })
  }
  return found.sort((a, b) => a.start - b.start)
}
