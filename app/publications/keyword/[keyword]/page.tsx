import { filterRoute } from '../../_filter/filter-route'
import { keywordFilters } from '@/lib/publications/filters'

const route = filterRoute('keyword', (publications) =>
  keywordFilters(publications).map((f) => ({
    value: f.slug,
    filter: { kind: 'keyword' as const, slug: f.slug },
  })),
)

export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
