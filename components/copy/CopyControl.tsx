import { url } from '@/lib/urls'

/**
 * A button that copies the text of the `<pre>` just before it. It is in the HTML but hidden;
 * /copy.js (components/copy/copy.js) shows it and makes it work, so a page without JavaScript
 * never shows a button that does nothing. React loads an async script once per page however many
 * controls the page has.
 */
export function CopyControl({ label, className }: { label: string; className?: string }) {
  return (
    <>
      <script src={url('/copy.js')} async />
      <span className={className ? `copy ${className}` : 'copy'} hidden data-pagefind-ignore="all">
        <button type="button" className="copy-button">
          {label}
        </button>{' '}
        <span role="status" className="copy-status" />
      </span>
    </>
  )
}
