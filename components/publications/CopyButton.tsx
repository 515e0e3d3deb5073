'use client'

import { useState, useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * Copies text to the clipboard. Progressive enhancement: the button only appears once scripts
 * run (the text it copies is always visible and selectable next to it).
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [status, setStatus] = useState('')

  async function copy() {
    try {
      await navigator.clipboard.writeText(text)
      setStatus('Copied')
    } catch {
      setStatus('Copying failed: select the text and copy it by hand')
    }
  }

  return (
    <span className="copy" hidden={!hydrated}>
      <button type="button" className="copy-button" onClick={copy}>
        {label}
      </button>{' '}
      <span role="status" className="copy-status">
        {status}
      </span>
    </span>
  )
}
