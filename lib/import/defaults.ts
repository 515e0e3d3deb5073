/**
 * Jekyll's front matter defaults (`defaults:` in _config.yml): every entry whose scope matches a
 * file adds its values; more specific scopes (longer path, then a type) win, and the file's own
 * front matter wins over all of them.
 */
export interface DefaultsEntry {
  scope?: { path?: string; type?: string }
  values?: Record<string, unknown>
}

/** `posts`, `drafts`, `pages`, or a collection's name (`notes`). */
export type DocumentType = string

function pathMatches(scopePath: string, file: string): boolean {
  const scope = scopePath.replace(/^\/+|\/+$/g, '')
  if (!scope) return true
  if (scope.includes('*')) {
    const pattern = scope
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')
    return new RegExp(`^${pattern}(/|$)`).test(file)
  }
  return file === scope || file.startsWith(`${scope}/`)
}

export function applyDefaults(
  defaults: unknown,
  file: string,
  type: DocumentType,
  own: Record<string, unknown>,
): Record<string, unknown> {
  if (!Array.isArray(defaults)) return own
  const matching = (defaults as DefaultsEntry[])
    .map((entry, index) => ({ entry, index }))
    .filter(
      ({ entry }) =>
        pathMatches(entry.scope?.path ?? '', file) &&
        (!entry.scope?.type || entry.scope.type === type),
    )
    .sort(
      (a, b) =>
        (a.entry.scope?.path ?? '').length - (b.entry.scope?.path ?? '').length ||
        Number(!!a.entry.scope?.type) - Number(!!b.entry.scope?.type) ||
        a.index - b.index,
    )
  return Object.assign({}, ...matching.map(({ entry }) => entry.values ?? {}), own) as Record<
    string,
    unknown
  >
}
