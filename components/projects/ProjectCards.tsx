import Link from 'next/link'
import type { Project } from '@/lib/content'
import { url } from '@/lib/urls'
import './projects.css'

/** The projects as a grid of cards: picture, title (linking the project's page), description. */
export function ProjectCards({ projects }: { projects: Project[] }) {
  return (
    <ul className="project-cards">
      {projects.map((p) => (
        <li key={p.slug} className="project-card">
          {p.image && (
            // A card's picture is decoration: the title says what the project is.
            // eslint-disable-next-line @next/next/no-img-element
            <img src={url(p.image)} alt="" loading="lazy" decoding="async" />
          )}
          <h2>
            <Link href={p.url}>{p.title}</Link>
          </h2>
          <p>{p.description}</p>
        </li>
      ))}
    </ul>
  )
}
