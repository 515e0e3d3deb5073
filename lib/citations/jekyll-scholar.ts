/**
 * jekyll-scholar's tags in imported Markdown, as Pandoc citations the citation plugin reads:
 * `{% cite a b %}` → `[@a; @b]`, `{% cite a --locator 23 %}` → `[@a, p. 23]`. Its
 * `{% bibliography %}` becomes nothing: every post with citations gets its reference list.
 * Returns undefined for any other tag.
 */
export function scholarTag(tag: string): string | undefined {
  const [name = '', ...args] = tag.split(/\s+/).filter(Boolean)
  if (name === 'bibliography') return ''
  if (name !== 'cite' && name !== 'citep' && name !== 'citet') return undefined
  const keys: string[] = []
  let locator: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--locator' || arg === '-l') locator = args[++i]
    else if (arg.startsWith('--')) i++
    else keys.push(arg)
  }
  if (!keys.length) return undefined
  const cite = keys.map((k, i) =>
    i === keys.length - 1 && locator ? `@${k}, p. ${locator}` : `@${k}`,
  )
  return name === 'citet' && keys.length === 1 ? cite[0] : `[${cite.join('; ')}]`
}
