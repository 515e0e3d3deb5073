import type { Publication, Talk } from '@/lib/content'
import { searchBody } from '@/lib/search'
import { TalkLinks } from './TalkLinks'
import { TalkMeta } from './TalkMeta'
import { TalkVideo } from './TalkVideo'
import './talks.css'

/** One talk on its own page: what and where, the recording, the abstract and the links. */
export function TalkView({ talk, publication }: { talk: Talk; publication?: Publication }) {
  return (
    <article className="page talk-detail" {...searchBody('Talks')}>
      <h1 className="page-title">{talk.title}</h1>
      <TalkMeta talk={talk} />
      {talk.links.video && <TalkVideo href={talk.links.video} title={talk.title} />}
      {talk.abstract && (
        <section aria-labelledby="abstract">
          <h2 id="abstract">Abstract</h2>
          <p>{talk.abstract}</p>
        </section>
      )}
      {publication && (
        <p>
          The paper: <em>{publication.title}</em> ({publication.year}).
        </p>
      )}
      <TalkLinks talk={talk} publication={publication} />
    </article>
  )
}
