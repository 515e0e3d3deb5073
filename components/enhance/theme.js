// The theme toggle (served as /theme.js, loaded with `defer` on every page). The header renders
// the button hidden, so a page without JavaScript shows no control that does nothing; this script
// reveals it. The choice is stored under the key lib/theme.ts reads before the first paint.
;(() => {
  const KEY = 'theme'
  const root = document.documentElement
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)')

  const current = () => root.dataset.theme || (systemDark.matches ? 'dark' : 'light')

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
      sync()
    })
    button.hidden = false
  }
})()
