import { filterRoute } from '../../_filter/filter-route'
import { typeFilters } from '@/lib/publications/filters'

const route = filterRoute('category', (publications) =>
  typeFilters(publications).map((f) => ({
    value: f.category,
    filter: { kind: 'type' as const, category: f.category },
  })),
)

export const dynamicParams = false
export const generateStaticParams = route.generateStaticParams
export const generateMetadata = route.generateMetadata
export default route.Page
