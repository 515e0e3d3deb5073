// Plotly, loaded only when a chart it is asked to draw comes into view (served as
// /vendor/plotly-when-seen.js, see app/vendor/plotly-when-seen.js/route.ts). An imported page
// loads this small file where it loaded Plotly; its own scripts, which run after it, call
// `Plotly.newPlot('chart', ...)` as before. Until Plotly is needed, `Plotly` is this stand-in: each
// call that draws into an element waits until the element is near the viewport, then fetches the
// real Plotly (3.5 MB, once for the page) and makes the call, in the order the page made them.
// Plain browser JavaScript, no React.
;(() => {
  if (window.Plotly) return
  const me = document.currentScript
  const PLOTLY = me ? me.src.replace(/[^/]*$/, 'plotly.min.js') : '/vendor/plotly.min.js'
  // Start a little before the chart scrolls in, so it is drawn by the time it is seen.
  const MARGIN = '300px'

  let loading
  // Calls that draw into no element (setPlotConfig, register): made first, once Plotly is here.
  const setup = []
  function plotly() {
    loading ??= new Promise((resolve, reject) => {
      const script = document.createElement('script')
      script.src = PLOTLY
      script.onload = () => {
        // Plotly's bundle replaced the stand-in with itself (window.Plotly).
        for (const [name, args] of setup) window.Plotly[name](...args)
        resolve(window.Plotly)
      }
      script.onerror = () => reject(new Error(`${PLOTLY} did not load`))
      document.head.append(script)
    })
    return loading
  }

  function seen(el) {
    return new Promise((resolve) => {
      if (!('IntersectionObserver' in window)) return resolve()
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return
          observer.disconnect()
          resolve()
        },
        { rootMargin: MARGIN },
      )
      observer.observe(el)
    })
  }

  // Each chart's calls, in order: the first waits for the chart to be seen and for Plotly.
  const queues = new WeakMap()
  function later(el, call) {
    const before = queues.get(el) ?? seen(el).then(plotly)
    const after = before.then(call)
    // A failed call does not stop the chart's later ones (as it would not with Plotly itself).
    queues.set(
      el,
      after.catch(() => undefined),
    )
    return after
  }

  function element(target) {
    const el = typeof target === 'string' ? document.getElementById(target) : target
    return el instanceof Element ? el : undefined
  }

  // Plotly's listeners live on the chart element once it is drawn (`gd.on('plotly_click', ...)`):
  // until then, the stand-in's take note and are added after the drawing.
  const EVENTS = ['on', 'once', 'removeListener', 'removeAllListeners']
  function listenLater(el) {
    for (const name of EVENTS)
      if (typeof el[name] !== 'function')
        el[name] = (...args) => {
          later(el, () => el[name](...args))
          return el
        }
  }

  // A chart's layout may set its height (`newPlot(el, data, {height: 320})`, or a figure's
  // `layout`): the element keeps that much room until Plotly draws into it, so that nothing below
  // moves then. (Plotly's stylesheet keeps its default height for marked elements until then.)
  function keepRoom(el, args) {
    const layout = Array.isArray(args[0]) ? args[1] : args[0]?.layout
    if (typeof layout?.height === 'number' && !el.firstElementChild)
      el.style.minHeight = `${layout.height}px`
  }

  // Plotly's functions whose first argument is the chart (its id or element).
  const DRAWING = [
    'newPlot',
    'plot',
    'react',
    'restyle',
    'relayout',
    'update',
    'redraw',
    'addTraces',
    'deleteTraces',
    'moveTraces',
    'extendTraces',
    'prependTraces',
    'addFrames',
    'deleteFrames',
    'animate',
    'purge',
    'toImage',
    'downloadImage',
  ]
  const standIn = {}
  for (const name of DRAWING)
    standIn[name] = (target, ...args) => {
      const el = element(target)
      // A figure rather than a chart (toImage({data, layout})): nothing to wait for.
      if (!el) return plotly().then((P) => P[name](target, ...args))
      listenLater(el)
      keepRoom(el, args)
      return later(el, () => window.Plotly[name](el, ...args))
    }
  standIn.Plots = {
    resize: (target) => {
      const el = element(target)
      return el ? later(el, () => window.Plotly.Plots.resize(el)) : Promise.resolve()
    },
  }
  for (const name of ['setPlotConfig', 'register'])
    standIn[name] = (...args) => {
      setup.push([name, args])
    }
  window.Plotly = standIn
})()
