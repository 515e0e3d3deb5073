import { getContent } from '@/lib/content'
import { resumeJson } from '@/lib/cv/resume'

export const dynamic = 'force-static'

/** cv.yaml as a JSON Resume document; a site without a CV gets `{}`, removed after the build. */
export async function GET() {
  const resume = resumeJson(await getContent())
  return new Response(`${JSON.stringify(resume ?? {}, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  })
}
