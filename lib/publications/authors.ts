import type { Author } from './model'

/**
 * Whether an author is the site's author, given names from site.yaml such as "Gibson, Perry" or
 * "Gibson, P." (initials match any given name that starts with them).
 */
export function isSelf(author: Author, self: readonly string[]): boolean {
  return self.some((name) => {
    const [family = '', given = ''] = name.split(',').map((s) => s.trim())
    if (family !== author.family) return false
    return given.endsWith('.')
      ? author.given.startsWith(given.slice(0, -1))
      : author.given === given
  })
}

export function fullName(author: Author): string {
  return `${author.given} ${author.family}`.trim()
}
