import type { Talk } from '@/lib/content'
import { formatPartialDate } from '@/lib/content/partial-date'
import { TALK_KINDS } from '@/lib/content/talks'

/** "Keynote · BonsAPPs Demo Day · Madrid · June 2022": what is known, in that order. */
export function TalkMeta({ talk }: { talk: Talk }) {
  return (
    <p className="meta">
      {[TALK_KINDS[talk.kind], talk.event, talk.place].filter(Boolean).join(' · ')} ·{' '}
      <time dateTime={talk.date.iso}>{formatPartialDate(talk.date)}</time>
    </p>
  )
}
