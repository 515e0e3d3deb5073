/**
 * The site's two slug rules, on one mechanism. Names (talks, keywords, new posts) lose their
 * accents and keep letters and digits; tags also keep `.` and `_` and spell `+` and `#`, so `c++`,
 * `c#` and `node.js` stay apart and the old site's tag URLs keep working.
 */
function collapse(text: string, keep: RegExp): string {
  return text
    .toLowerCase()
    .replace(keep, '-')
    .replace(/^-+|-+$/g, '')
}

/** URL-safe form of a name: accents dropped, lower case, runs of anything else become `-`. */
export function slugify(text: string): string {
  return collapse(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''), /[^a-z0-9]+/g)
}

/**
 * A tag's URL segment: lower case and path-safe, with `c++` → `cpp` and `c#` → `csharp`, accents
 * dropped (`café` → `cafe`) and letters of other scripts kept (`日本語`).
 */
export function tagSlug(tag: string): string {
  const plain = tag
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
  return collapse(plain.replace(/\+/g, 'p').replace(/#/g, 'sharp'), /[^\p{L}\p{N}._-]+/gu)
}
