import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ProjectView } from '@/components/projects/ProjectView'
import { getContent } from '@/lib/content'
import { pageMetadata } from '@/lib/metadata'
import { atLeastOne } from '@/lib/routes'

type Params = { slug: string }

export const dynamicParams = false

export async function generateStaticParams(): Promise<Params[]> {
  const { projects = [] } = await getContent()
  return atLeastOne(
    projects.map((p) => ({ slug: p.slug })),
    { slug: '404' },
  )
}

async function lookup(params: Promise<Params>) {
  const { slug } = await params
  const content = await getContent()
  return { content, project: content.projects?.find((p) => p.slug === slug) }
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { content, project } = await lookup(params)
  if (!project) return {}
  return pageMetadata(content.site, {
    title: project.title,
    description: project.description,
    url: project.url,
  })
}

export default async function ProjectPage({ params }: { params: Promise<Params> }) {
  const { content, project } = await lookup(params)
  if (!project) notFound()
  return (
    <ProjectView
      project={project}
      publications={content.publications ?? []}
      postTitles={new Map(content.posts.map((p) => [p.url, p.title]))}
    />
  )
}
