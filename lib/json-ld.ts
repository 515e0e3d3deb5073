/**
 * Serialises structured data for a `<script type="application/ld+json">`. `<` is escaped so that
 * text from content (a title containing `</script>`) can never end the script element.
 */
export function jsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c')
}
