import type { Icon as IconData } from '@/lib/icons'

/** An icon from lib/icons.ts, decorative: the link or button around it carries the name. */
export function Icon({ icon, size = 18 }: { icon: IconData; size?: number }) {
  const paint =
    icon.style === 'fill'
      ? { fill: 'currentColor' }
      : {
          fill: 'none',
          stroke: 'currentColor',
          strokeWidth: 2,
          strokeLinecap: 'round' as const,
          strokeLinejoin: 'round' as const,
        }
  return (
    <svg
      className="icon"
      aria-hidden="true"
      focusable="false"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      {...paint}
    >
      <path d={icon.path} />
    </svg>
  )
}
