import type { Metadata } from 'next'
import { SectionWithoutData } from '@/app/_section/without-data'
import { ProjectCards } from '@/components/projects/ProjectCards'
import { SectionIntro } from '@/components/SectionIntro'
import { findPage, getContent } from '@/lib/content'
import { sectionMetadata } from '@/lib/metadata'

const SECTION_URL = '/projects/'

export async function generateMetadata(): Promise<Metadata> {
  return sectionMetadata(SECTION_URL, 'Projects')
}

export default async function ProjectsPage() {
  const { projects } = await getContent()
  if (!projects?.length) return <SectionWithoutData url={SECTION_URL} />
  return (
    <article className="page">
      <SectionIntro title="Projects" page={await findPage(SECTION_URL)} />
      <ProjectCards projects={projects} />
    </article>
  )
}
