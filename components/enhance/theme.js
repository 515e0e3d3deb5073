// The theme controls (served as /theme.js, loaded with `defer` on every page). The header renders
// them hidden, so a page without JavaScript shows no control that does nothing; this script
// reveals them. The toggle flips between light and dark and stores the choice under the key
// lib/theme.ts reads before the first paint; "Follow system theme" (shown by the stylesheet only
// while a choice is stored) forgets it, and the system's setting decides again.
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
    if (theme) {
      if (colours[theme]) for (const m of metas) m.content = colours[theme]
    } else {
      for (const m of metas) m.content = colours[/dark/.test(m.media) ? 'dark' : 'light']
    }
  }
  if (root.dataset.theme) colourInterface(root.dataset.theme)

  function remember(theme) {
    try {
      localStorage.setItem(KEY, theme)
    } catch {
      // Storage refused (private mode, blocked cookies): the choice lasts for this page only.
    }
  }

  function forget() {
    try {
      localStorage.removeItem(KEY)
    } catch {
      // As above: nothing was stored.
    }
  }

  const syncs = []
  const syncAll = () => syncs.forEach((sync) => sync())

  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'))
    syncs.push(sync)
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

  for (const button of document.querySelectorAll('[data-theme-system]')) {
    button.addEventListener('click', () => {
      delete root.dataset.theme
      forget()
      colourInterface(undefined)
      syncAll()
      // The button hides itself (see globals.css): keep the keyboard on the toggle beside it.
      document.querySelector('[data-theme-toggle]')?.focus()
    })
    button.hidden = false
  }
})()
