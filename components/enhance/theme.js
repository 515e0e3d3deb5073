// The theme toggle (served as /theme.js, loaded with `defer` on every page). The header renders
// the button hidden, so a page without JavaScript shows no control that does nothing; this script
// reveals it. The choice is stored under the key lib/theme.ts reads before the first paint.
;(() => {
  const KEY = 'theme'
  const root = document.documentElement
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)')

  const current = () => root.dataset.theme || (systemDark.matches ? 'dark' : 'light')

  // The browser's own interface (address bar, task switcher) takes its colour from the
  // theme-color metas, one per system scheme. Once a theme is chosen, both give its colour.
  const metas = [...document.querySelectorAll('meta[name="theme-color"]')]
  const colours = Object.fromEntries(
    metas.map((m) => [/dark/.test(m.media) ? 'dark' : 'light', m.content]),
  )
  function colourInterface(theme) {
    if (colours[theme]) for (const m of metas) m.content = colours[theme]
  }
  if (root.dataset.theme) colourInterface(root.dataset.theme)

  function remember(theme) {
    try {
      localStorage.setItem(KEY, theme)
    } catch {
      // Storage refused (private mode, blocked cookies): the choice lasts for this page only.
    }
  }

  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'))
    sync()
    systemDark.addEventListener('change', sync)
    button.addEventListener('click', () => {
      const next = current() === 'dark' ? 'light' : 'dark'
      root.dataset.theme = next
      remember(next)
      colourInterface(next)
      sync()
    })
    button.hidden = false
  }
})()
