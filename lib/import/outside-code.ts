/**
 * Applies `convert` to the parts of a Markdown document that are not code: fenced blocks
 * (``` and ~~~), Liquid `{% highlight %}` and `{% raw %}` blocks, HTML `<pre>`/`<code>` and
 * backtick code spans are passed through untouched. `convert` gets each prose run with the
 * 1-based line it starts on and must keep its number of lines.
 */
export function mapOutsideCode(
  text: string,
  convert: (prose: string, line: number) => string,
): string {
  const lines = text.split('\n')
  const out: string[] = []
  let prose: string[] = []
  let proseStart = 1
  const flush = () => {
    if (prose.length) out.push(...spans(prose.join('\n'), proseStart, convert).split('\n'))
    prose = []
  }
  let closer: RegExp | undefined
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (closer) {
      out.push(line)
      if (closer.test(line)) closer = undefined
      continue
    }
    const fence = /^\s{0,3}(`{3,}|~{3,})/.exec(line)
    const liquid = /\{%-?\s*(highlight|raw)\b/.exec(line)
    const pre = /<pre\b/i.test(line) && !/<\/pre>/i.test(line)
    if (fence || liquid || pre) {
      flush()
      out.push(line)
      closer = fence
        ? new RegExp(`^\\s{0,3}${fence[1]![0] === '`' ? '`' : '~'}{${fence[1]!.length},}\\s*$`)
        : liquid
          ? new RegExp(`\\{%-?\\s*end${liquid[1]}\\b`)
          : /<\/pre>/i
      if (liquid && closer.test(line.slice(liquid.index + liquid[0].length))) closer = undefined
      proseStart = i + 2
      continue
    }
    if (!prose.length) proseStart = i + 1
    prose.push(line)
  }
  flush()
  return out.join('\n')
}

// Backtick code spans, one-line `<pre>…</pre>` and `<code>…</code>`.
const SPAN = /(`+)[^`]*?\1|<pre\b[\s\S]*?<\/pre>|<code\b[\s\S]*?<\/code>/gi

function spans(text: string, line: number, convert: (prose: string, line: number) => string) {
  let out = ''
  let pos = 0
  let at = line
  for (const m of text.matchAll(SPAN)) {
    const before = text.slice(pos, m.index)
    out += convert(before, at) + m[0]
    at += before.split('\n').length - 1 + m[0].split('\n').length - 1
    pos = m.index + m[0].length
  }
  return out + convert(text.slice(pos), at)
}
