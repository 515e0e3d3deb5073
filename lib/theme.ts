/**
 * The colour theme a visitor picked with the header's toggle, remembered in localStorage under
 * this key (components/enhance/theme.js writes it). No stored choice means the system preference.
 */
export const THEME_STORAGE_KEY = 'theme'

/**
 * Runs inline at the top of <head>, before anything is painted, so a stored choice applies to the
 * first frame (no flash of the other theme). It also marks the page `data-js`, so that the
 * stylesheet keeps room for the theme toggle, which /theme.js reveals later: the header does not
 * move when it appears. Static text, so its CSP hash never changes; a browser that refuses
 * storage simply keeps the system preference.
 */
export const THEME_INIT_SCRIPT = `document.documentElement.dataset.js='';try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`
