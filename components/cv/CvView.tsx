import Link from 'next/link'
import type { Page, Publication, Resume, Talk } from '@/lib/content'
import { formatPartialDate } from '@/lib/content/partial-date'
import { dateSpan } from '@/lib/cv/resume'
import { url } from '@/lib/urls'
import { searchBody } from '@/lib/search'
import { ExternalLink } from '../ExternalLink'
import { Prose } from '../Prose'
import { AuthorList } from '../publications/AuthorList'
import { CvDetail, CvEntry, CvSection } from './CvSection'
import './cv.css'
import { publicationPath } from '@/lib/publications/model'

const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(', ') || undefined

/**
 * The CV page: cv.yaml's sections in the usual order, the publications from the .bib (unless
 * cv.yaml lists its own) and the talks. Laid out to print as a document (cv.css).
 */
export function CvView({
  cv,
  publications,
  talks,
  self,
  intro,
}: {
  cv: Resume
  publications: Publication[]
  talks: Talk[]
  self: readonly string[]
  /** The content page at /cv/ (an imported CV page's text, a link to a PDF), shown under the header. */
  intro?: Page
}) {
  const { basics } = cv
  return (
    <article className="page cv" {...searchBody('CV')}>
      <header className="cv-header">
        <h1 className="page-title">{basics.name}</h1>
        {basics.label && <p className="cv-label">{basics.label}</p>}
        <ul className="link-row cv-contact" aria-label="Contact and profiles">
          {basics.email && (
            <li>
              <a href={`mailto:${basics.email}`}>{basics.email}</a>
            </li>
          )}
          {basics.url && (
            <li>
              <ExternalLink href={basics.url}>
                {basics.url.replace(/^https?:\/\//, '')}
              </ExternalLink>
            </li>
          )}
          {basics.profiles?.map((p) => (
            <li key={p.network}>
              {p.url ? <ExternalLink href={p.url}>{p.network}</ExternalLink> : p.network}
              {p.username && <> ({p.username})</>}
            </li>
          ))}
        </ul>
        {basics.summary && <p>{basics.summary}</p>}
        <p className="cv-download">
          <a href={url('/cv.json')} download>
            Download as JSON Resume (cv.json)
          </a>
        </p>
      </header>
      {intro && <Prose document={intro.document} />}
      <CvSection id="work" title="Work">
        {(cv.work ?? []).map((w, i) => (
          <CvEntry
            key={i}
            title={w.position ?? w.name}
            url={w.url}
            when={dateSpan(w.startDate, w.endDate, true)}
            subtitle={joined(w.position ? w.name : undefined, w.location)}
          >
            <CvDetail summary={w.summary} highlights={w.highlights} />
          </CvEntry>
        ))}
      </CvSection>
      <CvSection id="education" title="Education">
        {(cv.education ?? []).map((e, i) => (
          <CvEntry
            key={i}
            title={joined(e.studyType, e.area) ?? e.institution}
            url={e.url}
            when={dateSpan(e.startDate, e.endDate)}
            subtitle={e.studyType || e.area ? e.institution : undefined}
          >
            <CvDetail summary={e.summary} highlights={e.highlights ?? e.courses} />
          </CvEntry>
        ))}
      </CvSection>
      <CvSection id="volunteer" title="Volunteering">
        {(cv.volunteer ?? []).map((v, i) => (
          <CvEntry
            key={i}
            title={v.position ?? v.organization}
            url={v.url}
            when={dateSpan(v.startDate, v.endDate, true)}
            subtitle={v.position ? v.organization : undefined}
          >
            <CvDetail summary={v.summary} highlights={v.highlights} />
          </CvEntry>
        ))}
      </CvSection>
      <CvSection id="awards" title="Awards">
        {(cv.awards ?? []).map((a, i) => (
          <CvEntry key={i} title={a.title} subtitle={a.awarder} when={dateSpan(a.date)}>
            <CvDetail summary={a.summary} />
          </CvEntry>
        ))}
      </CvSection>
      <CvSection id="certificates" title="Certificates">
        {(cv.certificates ?? []).map((c, i) => (
          <CvEntry key={i} title={c.name} url={c.url} subtitle={c.issuer} when={dateSpan(c.date)} />
        ))}
      </CvSection>
      <CvSection id="publications" title="Publications">
        {cv.publications
          ? cv.publications.map((p, i) => (
              <CvEntry
                key={i}
                title={p.name}
                url={p.url}
                subtitle={p.publisher}
                when={dateSpan(p.releaseDate)}
              >
                <CvDetail summary={p.summary} />
              </CvEntry>
            ))
          : publications.map((p) => (
              <li key={p.key} className="cv-entry">
                <p className="cv-entry-head">
                  <span className="cv-entry-title">
                    <Link href={publicationPath(p.key)}>{p.title}</Link>
                  </span>
                  <span className="cv-when">{p.year}</span>
                </p>
                <p className="cv-subtitle">
                  <AuthorList authors={p.authors} self={self} />
                  {p.venue && <>. {p.venue}</>}
                </p>
              </li>
            ))}
      </CvSection>
      <CvSection id="talks" title="Talks">
        {talks.map((t) => (
          <li key={t.slug} className="cv-entry">
            <p className="cv-entry-head">
              <span className="cv-entry-title">
                <Link href={t.url}>{t.title}</Link>
              </span>
              <span className="cv-when">{formatPartialDate(t.date)}</span>
            </p>
            {(t.event || t.place) && <p className="cv-subtitle">{joined(t.event, t.place)}</p>}
          </li>
        ))}
      </CvSection>
      <CvSection id="projects" title="Projects">
        {(cv.projects ?? []).map((p, i) => (
          <CvEntry
            key={i}
            title={p.name}
            url={p.url}
            subtitle={joined(p.entity, p.roles?.join(', '))}
            when={dateSpan(p.startDate, p.endDate)}
          >
            <CvDetail summary={p.description ?? p.summary} highlights={p.highlights} />
          </CvEntry>
        ))}
      </CvSection>
      <CvSection id="skills" title="Skills">
        {(cv.skills ?? []).map((s, i) => (
          <CvEntry key={i} title={s.name} subtitle={joined(s.level, s.keywords?.join(', '))} />
        ))}
      </CvSection>
      <CvSection id="languages" title="Languages">
        {(cv.languages ?? []).map((l, i) => (
          <CvEntry key={i} title={l.language} subtitle={l.fluency} />
        ))}
      </CvSection>
      <CvSection id="interests" title="Interests">
        {(cv.interests ?? []).map((x, i) => (
          <CvEntry key={i} title={x.name} subtitle={x.keywords?.join(', ')} />
        ))}
      </CvSection>
      <CvSection id="references" title="References">
        {(cv.references ?? []).map((r, i) => (
          <CvEntry key={i} title={r.name}>
            <CvDetail summary={r.reference} />
          </CvEntry>
        ))}
      </CvSection>
    </article>
  )
}
