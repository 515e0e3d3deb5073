'use client'

import { useRouter } from 'next/navigation'
import { useEffect } from 'react'

/**
 * `npm run dev` only: scripts/dev.ts announces every change under content/ on a small event
 * stream, and the open page re-renders its server components, with no reload and no restart.
 */
export function ContentReload({ eventsUrl }: { eventsUrl: string }) {
  const router = useRouter()
  useEffect(() => {
    const events = new EventSource(eventsUrl)
    events.onmessage = () => router.refresh()
    return () => events.close()
  }, [eventsUrl, router])
  return null
}
