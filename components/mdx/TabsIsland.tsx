'use client'

import {
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { hydrateMarker } from '@/lib/hydration'

const noSubscription = () => () => {}

/**
 * The interactive half of `<Tabs>`. Rendered at build time (and during hydration) as every panel
 * under a heading; once React runs, the headings give way to a tab list. Each panel keeps its
 * element across the switch, so nothing inside it is rebuilt.
 */
export function TabsIsland({
  labels,
  panels,
  level,
}: {
  labels: string[]
  panels: ReactNode[]
  level: number
}) {
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
  const [selected, setSelected] = useState(0)
  const buttons = useRef<(HTMLButtonElement | null)[]>([])
  const id = useId()
  const Heading = `h${level}` as 'h3'
  const last = labels.length - 1

  function onKeyDown(event: KeyboardEvent) {
    const moves: Record<string, number> = {
      ArrowRight: selected === last ? 0 : selected + 1,
      ArrowLeft: selected === 0 ? last : selected - 1,
      Home: 0,
      End: last,
    }
    const next = moves[event.key]
    if (next === undefined) return
    event.preventDefault()
    setSelected(next)
    buttons.current[next]?.focus()
  }

  return (
    <div className="tabs" {...hydrateMarker}>
      {enhanced && (
        <div role="tablist" className="tab-list" onKeyDown={onKeyDown}>
          {labels.map((label, i) => (
            <button
              key={i}
              ref={(el) => {
                buttons.current[i] = el
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${i}`}
              aria-selected={i === selected}
              aria-controls={`${id}-panel-${i}`}
              tabIndex={i === selected ? 0 : -1}
              onClick={() => setSelected(i)}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {panels.map((panel, i) => (
        <div
          key={i}
          className="tab-panel"
          role={enhanced ? 'tabpanel' : undefined}
          id={`${id}-panel-${i}`}
          aria-labelledby={enhanced ? `${id}-tab-${i}` : undefined}
          tabIndex={enhanced ? 0 : undefined}
          hidden={enhanced && i !== selected}
        >
          {!enhanced && <Heading className="tab-heading">{labels[i]}</Heading>}
          {panel}
        </div>
      ))}
    </div>
  )
}
