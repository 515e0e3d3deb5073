// A post's own scripts, run only when what they draw comes near the screen (served as
// /vendor/scripts-when-seen.js, see app/vendor/scripts-when-seen.js/route.ts). The page carries
// the scripts inert (`<script type="text/x-when-seen" src="...">`, which the browser neither
// fetches nor runs: lib/markdown/scripts-when-seen.ts); this file runs them, in the page's order,
// once an element marked `data-script-target` (what the import found them drawing into) is on
// screen above its bottom 100 px (one whose top edge only touches the fold waits),
// or at the reader's first interaction (a scroll, the pointer, a key:
// what else they do, such as a hover box on a citation, is ready by the time it is wanted), and
// always after the page's `load` event, when the browser is idle. A chart on screen when the page
// opens is drawn then; one further down costs the page nothing while it loads.
// Plain browser JavaScript, no React.
;(() => {
  const INERT = 'script[type="text/x-when-seen"]'
  const VISIBLE_PX = 100
  const INTERACTIONS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll']
  if (!document.querySelector(INERT)) return

  let started = false
  let observer
  function start() {
    if (started) return
    started = true
    observer?.disconnect()
    for (const type of INTERACTIONS) removeEventListener(type, start, true)
    const go = () => run([...document.querySelectorAll(INERT)])
    const idle = () =>
      'requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 1000 }) : setTimeout(go)
    if (document.readyState === 'complete') idle()
    else addEventListener('load', idle, { once: true })
  }

  const targets = document.querySelectorAll('[data-script-target]')
  if (targets.length && 'IntersectionObserver' in window) {
    // The screen less its bottom 100 px: an element counts once it is above that line, so an
    // empty container (no height until its script draws) whose top only touches the fold waits.
    observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && start(),
      {
        rootMargin: `0px 0px -${VISIBLE_PX}px 0px`,
      },
    )
    targets.forEach((t) => observer.observe(t))
  } else if (targets.length) start()
  for (const type of INTERACTIONS) addEventListener(type, start, { capture: true, passive: true })

  // The scripts ran after the page's DOMContentLoaded and load: a listener one of them adds for
  // those (or a `window.onload` it sets) is called at once, as it would have been called then.
  const past = (target, type) => (type === 'load' ? target === window : type === 'DOMContentLoaded')
  function replayPastEvents() {
    const restore = []
    for (const target of [document, window]) {
      const add = target.addEventListener
      target.addEventListener = function (type, listener, options) {
        if (!past(this, type) || !listener) return add.call(this, type, listener, options)
        setTimeout(() => {
          const event = new Event(type)
          if (typeof listener === 'function') listener.call(this, event)
          else listener.handleEvent(event)
        })
      }
      restore.push(() => (target.addEventListener = add))
    }
    return () => restore.forEach((r) => r())
  }

  // One inert script made live in its place, so that `document.currentScript` and what the script
  // inserts next to itself are where the page had them. Resolves once it has run (or failed to
  // load: the next ones run all the same, as they would have on the page).
  function live(inert) {
    const script = document.createElement('script')
    for (const { name, value } of inert.attributes)
      if (name !== 'type' && name !== 'data-type') script.setAttribute(name, value)
    if (inert.dataset.type) script.type = inert.dataset.type
    // Classic scripts inserted together run in insertion order, fetched in parallel.
    script.async = false
    const done = new Promise((resolve) => {
      script.onload = script.onerror = resolve
    })
    inert.replaceWith(script)
    return done
  }

  // In document order: consecutive classic scripts together, a module once the ones before it ran.
  async function run(scripts) {
    const restore = replayPastEvents()
    const onload = window.onload
    let batch = []
    for (const inert of scripts) {
      if (inert.dataset.type === 'module') {
        await Promise.all(batch)
        batch = []
        await live(inert)
      } else batch.push(live(inert))
    }
    await Promise.all(batch)
    restore()
    if (window.onload !== onload && typeof window.onload === 'function')
      window.onload(new Event('load'))
  }
})()
