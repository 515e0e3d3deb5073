// Google Analytics 4's gtag bootstrap, as a file instead of the usual inline script so the
// Content-Security-Policy needs no 'unsafe-inline'. Written into the export only when site.yaml
// configures GA4; the measurement id comes from this tag's data-id attribute.
;(() => {
  const id = document.currentScript.dataset.id
  window.dataLayer = window.dataLayer || []
  window.gtag = function gtag() {
    window.dataLayer.push(arguments)
  }
  window.gtag('js', new Date())
  window.gtag('config', id)
})()
