// Plotly's rules, as its bundle writes them: `"X .modebar":"position:absolute;..."`, where X and
// Y stand for the chart's and the notifier's selectors.
const RULES = /"((?:[^"\\]|\\.)+)":(?:'([^']*)'|"((?:[^"\\]|\\.)*)")/g

/**
 * Plotly's own stylesheet (mode bar, title, colour bar, hover labels), which it would write into
 * `<style>` elements that the Content-Security-Policy forbids (app/vendor/plotly.min.js/route.ts
 * stops it trying). Read from the bundle's rule table, so it always matches the Plotly served;
 * pages that draw charts link it (lib/import/scripts.ts), and the build removes it when none does.
 */
export function plotlyCss(script: string): string {
  const start = script.indexOf('"X,X div":')
  const end = script.indexOf('};for(', start)
  if (start < 0 || end < 0) throw new Error('Plotly bundle: its style rule table was not found')
  const rules: string[] = []
  for (const m of script.slice(start, end).matchAll(RULES)) {
    const selector = m[1]!
      .replace(/^,/, ' ,')
      .replace(/X/g, '.js-plotly-plot .plotly')
      .replace(/Y/g, '.plotly-notifier')
    rules.push(`${selector}{${m[2] ?? m[3]}}`)
  }
  return `${rules.join('\n')}\n`
}
