import { url } from '@/lib/urls'

/**
 * A plain search form that submits to /search/?q=…: with JavaScript that page runs the query; without
 * it, the same page explains why search needs it. Works with no script on the page itself.
 */
export function SearchForm({ label }: { label: string }) {
  return (
    <form className="search-form inline-search" role="search" action={url('/search/')}>
      <label className="search-label" htmlFor="inline-search-q">
        {label}
      </label>
      <div className="search-row">
        <input className="search-input" id="inline-search-q" type="search" name="q" />
        <button className="search-submit" type="submit">
          Search
        </button>
      </div>
    </form>
  )
}
