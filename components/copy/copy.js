// Progressive enhancement for copy buttons (served as /copy.js, see app/copy.js/route.ts). Each
// button is in the HTML, hidden, right after the <pre> it copies (components/copy/CopyControl.tsx);
// this script shows it and makes it work. Plain browser JavaScript, no React.
;(() => {
  const CLEAR_AFTER_MS = 3000

  function enable(control) {
    const pre = control.previousElementSibling
    const button = control.querySelector('button')
    const status = control.querySelector('[role=status]')
    if (pre?.tagName !== 'PRE' || !button || !status) return
    let timer
    button.addEventListener('click', () => {
      // textContent is the code exactly: each line's tokens plus the newlines between lines.
      navigator.clipboard.writeText(pre.textContent ?? '').then(
        () => (status.textContent = 'Copied'),
        () => (status.textContent = 'Copying failed: select the text and copy it by hand'),
      )
      clearTimeout(timer)
      timer = setTimeout(() => (status.textContent = ''), CLEAR_AFTER_MS)
    })
    control.hidden = false
  }

  function enhance() {
    document.querySelectorAll('.copy[hidden]').forEach(enable)
  }

  function start() {
    enhance()
    // Where Next.js's runtime is still loaded (a page with an interactive component, or
    // `npm run dev`), links render the next page in place: its buttons are enabled as they arrive.
    if ('__next_f' in window)
      new MutationObserver(enhance).observe(document.body, { childList: true, subtree: true })
  }

  // The script is async: it may run before the page has finished parsing.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
