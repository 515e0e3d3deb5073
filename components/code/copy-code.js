// Progressive enhancement for highlighted code blocks (served as /code-copy.js, see
// app/code-copy.js/route.ts): a Copy button is added only when this script runs, so a page
// without JavaScript never shows a button that does nothing. Plain browser JavaScript, no React.
;(() => {
  const CLEAR_AFTER_MS = 3000

  function addButton(block) {
    const code = block.querySelector('pre code')
    if (!code || block.querySelector('.code-tools')) return
    const tools = document.createElement('div')
    tools.className = 'code-tools'
    const status = document.createElement('span')
    status.className = 'copy-status'
    status.setAttribute('role', 'status')
    const button = document.createElement('button')
    button.type = 'button'
    button.className = 'copy-button'
    button.textContent = 'Copy'
    let timer
    button.addEventListener('click', () => {
      // textContent is the code exactly: each line's tokens plus the newlines between lines.
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => (status.textContent = 'Copied'),
        () => (status.textContent = 'Copying failed: select the code and copy it by hand'),
      )
      clearTimeout(timer)
      timer = setTimeout(() => (status.textContent = ''), CLEAR_AFTER_MS)
    })
    tools.append(status, button)
    block.append(tools)
  }

  function enhance() {
    document.querySelectorAll('.code-block').forEach(addButton)
  }

  enhance()
  // Next.js swaps page content on client-side navigation; blocks that arrive later get theirs too.
  new MutationObserver(enhance).observe(document.body, { childList: true, subtree: true })
})()
