// Site search (served as /search.js, loaded with `defer` on every page). The index is Pagefind's,
// written into <base>/pagefind/ at build time (scripts/search-index.ts) and queried here in the
// browser: no server, no third party. Without this script the header's Search link simply loads
// /search/, which explains that search needs JavaScript.
//
// Enhances two things:
// - every `[data-search-open]` link, and `/`, Ctrl-K and Cmd-K outside text fields, open a modal
//   dialog with a search box;
// - `[data-search-page]` (the /search/ page) becomes a full search form that reads and writes ?q=.
// Results are links with title, section and an excerpt whose matches are <mark>ed; the arrow keys
// move between the box and the results, Enter follows one, Escape closes the dialog.
;(() => {
  const MAX_RESULTS = 10
  const DEBOUNCE_MS = 120
  // The script's own folder is the site's root, base path included (`/site/search.js` → `/site/`).
  const base = new URL('.', document.currentScript.src).pathname

  let pagefind
  function loadPagefind() {
    // The development server has no index to load; asking for one only costs Next.js a slow
    // error page and the console a 500.
    if (self.siteDevServer) return Promise.reject(new Error('no index under npm run dev'))
    pagefind ??= import(`${base}pagefind/pagefind.js`).then(async (pf) => {
      // Result URLs in the index are site paths; the base path goes in front of them.
      await pf.options({ baseUrl: base })
      pf.init()
      return pf
    })
    return pagefind
  }

  /** Pagefind's excerpt as DOM: its text, with only the <mark> elements kept. */
  function excerptNodes(html) {
    const template = document.createElement('template')
    template.innerHTML = html
    const nodes = []
    for (const node of template.content.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark')
        mark.textContent = node.textContent
        nodes.push(mark)
      } else nodes.push(document.createTextNode(node.textContent ?? ''))
    }
    return nodes
  }

  function element(tag, props = {}, children = []) {
    const el = Object.assign(document.createElement(tag), props)
    el.append(...children)
    return el
  }

  function resultItem(data) {
    const title = element('span', { className: 'search-result-title' }, [
      data.meta.title || data.url,
    ])
    const section = data.meta.section
      ? [element('span', { className: 'search-result-section' }, [data.meta.section])]
      : []
    const link = element('a', { className: 'search-result', href: data.url }, [
      title,
      ...section,
      element('span', { className: 'search-result-excerpt' }, excerptNodes(data.excerpt)),
    ])
    return element('li', {}, [link])
  }

  let counter = 0

  /**
   * A search box with its status line and results list, built inside `container`.
   * `onQuery` hears every query that was searched (the /search/ page keeps ?q= in step).
   */
  function createSearch(container, { onQuery } = {}) {
    const id = `site-search-${++counter}`
    const input = element('input', {
      type: 'search',
      id: `${id}-input`,
      name: 'q',
      className: 'search-input',
      autocomplete: 'off',
      spellcheck: false,
    })
    input.setAttribute('aria-describedby', `${id}-status`)
    input.setAttribute('aria-controls', `${id}-results`)
    const label = element('label', { htmlFor: input.id, className: 'search-label' }, [
      'Search this site',
    ])
    const form = element('form', { className: 'search-form', action: `${base}search/` }, [
      label,
      input,
    ])
    form.setAttribute('role', 'search')
    const status = element('p', { id: `${id}-status`, className: 'search-status' })
    status.setAttribute('role', 'status')
    const results = element('ol', { id: `${id}-results`, className: 'search-results' })
    results.setAttribute('aria-label', 'Search results')
    container.append(form, status, results)

    let latest = 0
    let timer
    async function run(query) {
      const ticket = ++latest
      const q = query.trim()
      onQuery?.(q)
      if (!q) {
        status.textContent = ''
        results.replaceChildren()
        return
      }
      let pf
      try {
        pf = await loadPagefind()
      } catch {
        // No index here (npm run dev serves none: npm run build writes it), or it failed to load.
        pagefind = undefined
        if (ticket === latest)
          status.textContent = self.siteDevServer
            ? 'The development server has no search index: `npm run build` writes one, and `npm start` serves the site with it.'
            : 'Search is not available: its index did not load.'
        return
      }
      const search = await pf.search(q)
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()))
      // A slower, older query must not overwrite a newer one's results.
      if (ticket !== latest) return
      results.replaceChildren(...data.map(resultItem))
      const n = search.results.length
      status.textContent =
        n === 0
          ? `No results for “${q}”.`
          : `${n} result${n === 1 ? '' : 's'} for “${q}”${n > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`
    }

    input.addEventListener('input', () => {
      clearTimeout(timer)
      timer = setTimeout(() => run(input.value), DEBOUNCE_MS)
    })
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      clearTimeout(timer)
      run(input.value)
    })
    // Arrow keys move through the box and the result links; Enter follows the focused link.
    container.addEventListener('keydown', (event) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
      const stops = [input, ...results.querySelectorAll('a')]
      const at = stops.indexOf(document.activeElement)
      if (at === -1) return
      const next =
        event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0)
      event.preventDefault()
      stops[next].focus()
    })
    return { input, run }
  }

  let dialog
  let opener
  function openDialog() {
    if (!dialog) {
      const heading = element(
        'h2',
        { id: 'search-dialog-title', className: 'search-dialog-title' },
        ['Search'],
      )
      const close = element('button', { type: 'button', className: 'search-close' }, ['Close'])
      close.addEventListener('click', () => dialog.close())
      const body = element('div', { className: 'search-dialog-body' })
      dialog = element('dialog', { className: 'search-dialog' }, [
        element('div', { className: 'search-dialog-header' }, [heading, close]),
        body,
      ])
      dialog.setAttribute('aria-labelledby', heading.id)
      dialog.search = createSearch(body)
      // A click on the backdrop (the dialog element itself, outside its box) closes it.
      dialog.addEventListener('click', (event) => {
        if (event.target === dialog) dialog.close()
      })
      // Focus goes back where it was, at once, so the next key press is not taken for typing.
      dialog.addEventListener('close', () => opener?.focus())
      document.body.append(dialog)
      // Start loading the index now; a failure is reported when a query needs it.
      loadPagefind().catch(() => {})
    }
    if (!dialog.open) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined
      dialog.showModal()
    }
    dialog.search.input.focus()
    dialog.search.input.select()
  }

  function isTextField(el) {
    return (
      el instanceof HTMLElement &&
      !el.closest('dialog:not([open])') &&
      (el.isContentEditable || el.matches('input, textarea, select, [role="textbox"]'))
    )
  }

  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element && event.target.closest('[data-search-open]')
    // A modified click (new tab, new window) still goes to the /search/ page.
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return
    event.preventDefault()
    openDialog()
  })

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || isTextField(document.activeElement)) return
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey
    const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey)
    if (!slash && !commandK) return
    event.preventDefault()
    openDialog()
  })

  const page = document.querySelector('[data-search-page]')
  if (page) {
    const { input, run } = createSearch(page, {
      onQuery(q) {
        const address = new URL(location.href)
        if (q) address.searchParams.set('q', q)
        else address.searchParams.delete('q')
        history.replaceState(history.state, '', address)
      },
    })
    const q = new URLSearchParams(location.search).get('q')
    if (q) {
      input.value = q
      run(q)
    }
    input.focus()
  }
})()
