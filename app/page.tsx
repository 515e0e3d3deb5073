import type { Metadata } from 'next'
import { NewsStrip } from '@/components/news/NewsStrip'
import { Profile } from '@/components/home/Profile'
import { PageView } from '@/components/PageView'
import { RecentPosts } from '@/components/posts/RecentPosts'
import { SelectedPublications } from '@/components/publications/SelectedPublications'
import { findPage, getPublications, getSite } from '@/lib/content'
import { jsonLd } from '@/lib/json-ld'
import { pageMetadata } from '@/lib/metadata'
import { person } from '@/lib/structured-data'

export async function generateMetadata(): Promise<Metadata> {
  const page = await findPage('/')
  const meta = pageMetadata(await getSite(), { description: page?.description, url: '/' })
  // The home page keeps the site's own title rather than "About · …".
  return { ...meta, title: { absolute: (await getSite()).title } }
}

// A site without a page at `/` (a Jekyll site whose home was its post list, a fork that has not
// written one yet) still has a home page: who it is, the site's description, the newest posts.
const RECENT_ON_BARE_HOME = 10

export default async function HomePage() {
  const page = await findPage('/')
  const site = await getSite()
  return (
    <>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLd(person(site)) }}
      />
      {page ? (
        <PageView page={page} header={<Profile site={site} />} />
      ) : (
        <>
          <article className="page">
            <Profile site={site} />
            <div className="prose">
              <p>{site.description}</p>
            </div>
          </article>
          <RecentPosts count={RECENT_ON_BARE_HOME} />
        </>
      )}
      <NewsStrip />
      <SelectedPublications publications={await getPublications()} />
    </>
  )
}
