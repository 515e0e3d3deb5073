import { Children, isValidElement, type ReactElement, type ReactNode } from 'react'
import { TabsIsland } from './TabsIsland'

interface TabProps {
  label: string
  children: ReactNode
}

/** One variant inside `<Tabs>`; its `label` names the tab. */
export function Tab({ children }: TabProps) {
  return <>{children}</>
}

/**
 * The same thing in several variants, one shown at a time (`npm`/`pnpm`, Python/C++):
 *
 *     <Tabs>
 *     <Tab label="npm">…</Tab>
 *     <Tab label="pnpm">…</Tab>
 *     </Tabs>
 *
 * With JavaScript it is an ARIA tab list (arrow keys, Home and End move between tabs); without,
 * every variant is shown under its label as a heading (`level`, 3 unless given).
 */
export function Tabs({ children, level = '3' }: { children: ReactNode; level?: string }) {
  const tabs = Children.toArray(children).filter(
    (child): child is ReactElement<TabProps> => isValidElement(child) && child.type === Tab,
  )
  const headingLevel = Math.min(Math.max(Number(level) || 3, 2), 6)
  return (
    <TabsIsland
      labels={tabs.map((t) => t.props.label)}
      panels={tabs.map((t) => t.props.children)}
      level={headingLevel}
    />
  )
}
