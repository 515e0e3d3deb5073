import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { ExternalLink } from '@/components/ExternalLink'
import { Prose } from '@/components/Prose'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent, type Course } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'
import { searchBody } from '@/lib/search'
import '@/components/projects/projects.css'

const SECTION_URL = '/teaching/'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Teaching')
}

/** Courses grouped by term, newest term first (the loader's order). */
function byTerm(courses: Course[]): [string, Course[]][] {
  const terms = new Map<string, Course[]>()
  for (const c of courses) terms.set(c.term, [...(terms.get(c.term) ?? []), c])
  return [...terms]
}

export default async function TeachingPage() {
  const { teaching } = await getContent()
  if (!teaching?.length) return <SectionWithoutData url={SECTION_URL} />
  return (
    <article className="page" {...searchBody('Teaching')}>
      <SectionIntro title="Teaching" page={await findPage(SECTION_URL)} />
      {byTerm(teaching).map(([term, courses], i) => (
        <section key={term} aria-labelledby={`term-${i}`} className="year-group">
          <h2 id={`term-${i}`}>{term}</h2>
          <ul className="course-list">
            {courses.map((c) => (
              <li key={c.file}>
                <h3>{c.url ? <ExternalLink href={c.url}>{c.title}</ExternalLink> : c.title}</h3>
                {(c.role || c.institution) && (
                  <p className="meta">{[c.role, c.institution].filter(Boolean).join(', ')}</p>
                )}
                <Prose document={c.document} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  )
}
