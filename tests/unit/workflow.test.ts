import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { parse } from 'yaml'

interface Step {
  uses?: string
  run?: string
  id?: string
  with?: Record<string, unknown>
  env?: Record<string, string>
}
interface Workflow {
  permissions: Record<string, string>
  concurrency: { group: string }
  jobs: Record<string, { steps: Step[] }>
}

const workflow = parse(fs.readFileSync('.github/workflows/pages.yml', 'utf-8')) as Workflow
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps)
const action = (name: string) => steps.find((s) => s.uses?.split('@')[0] === name)

describe('the GitHub Pages workflow', () => {
  it('uses the official actions, in a valid YAML file', () => {
    for (const name of [
      'actions/checkout',
      'actions/setup-node',
      'actions/configure-pages',
      'actions/upload-pages-artifact',
      'actions/deploy-pages',
    ])
      assert.ok(action(name), `${name} is used`)
    // The current LTS, whichever it is (the project also keeps working on Node 20.19).
    assert.equal(action('actions/setup-node')?.with?.['node-version'], 'lts/*')
    assert.equal(action('actions/upload-pages-artifact')?.with?.path, 'out')
  })

  it('may deploy to Pages, one deployment at a time', () => {
    assert.equal(workflow.permissions.pages, 'write')
    assert.equal(workflow.permissions['id-token'], 'write')
    assert.equal(workflow.concurrency.group, 'pages')
  })

  it('tests, then builds with the base path from the Pages configuration', () => {
    const configure = action('actions/configure-pages')
    const runs = steps.map((s) => s.run)
    const [testAt, buildAt] = [runs.indexOf('npm test'), runs.indexOf('npm run build')]
    assert.ok(testAt >= 0, 'the workflow runs npm test')
    assert.ok(testAt < buildAt, 'npm test runs before npm run build')
    const build = steps.find((s) => s.run === 'npm run build')
    assert.equal(build?.env?.BASE_PATH, `\${{ steps.${configure?.id}.outputs.base_path }}`)
  })
})
