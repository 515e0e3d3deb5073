import assert from 'node:assert/strict'
import fs from 'node:fs'
import { describe, it } from 'node:test'
import { parse } from 'yaml'

// What a fork inherits from .github/: the Pages workflow must pass for any content, so its steps
// must test, then build, then deploy, and nothing may hinge on the author's content or on
// Playwright's browser download.

interface Step {
  uses?: string
  run?: string
  id?: string
  'continue-on-error'?: boolean
}
interface Job {
  needs?: string | string[]
  steps: Step[]
}

const workflow = parse(fs.readFileSync('.github/workflows/pages.yml', 'utf-8')) as {
  on: Record<string, unknown>
  jobs: Record<string, Job>
}

/** The build job's steps, each as one word: the action's name or the command it runs. */
const build = workflow.jobs.build!
const steps = build.steps.map((s) => s.uses?.split('@')[0] ?? s.run!)

describe('the Pages workflow a fork inherits', () => {
  it('installs, tests, then configures Pages, builds and uploads, in that order', () => {
    const order = [
      'actions/checkout',
      'actions/setup-node',
      'npm ci',
      'npm test',
      'actions/configure-pages',
      'npm run build',
      'actions/upload-pages-artifact',
    ]
    assert.deepEqual(
      steps.filter((s) => order.includes(s)),
      order,
    )
    // The deployment waits for the job that tested.
    assert.equal(workflow.jobs.deploy?.needs, 'build')
  })

  it('does not depend on Playwright’s browser download succeeding', () => {
    for (const step of build.steps.filter((s) => s.run?.includes('playwright install')))
      assert.equal(step['continue-on-error'], true, step.run)
  })

  it('runs no command that names the author’s content or skips the tests', () => {
    for (const command of steps.filter((s) => !s.startsWith('actions/')))
      assert.doesNotMatch(command, /gibsonic|Perry|Gibson|content\/|--grep|\|\| true/, command)
  })

  it('runs on pushes to main and by hand', () => {
    assert.deepEqual(Object.keys(workflow.on).sort(), ['push', 'workflow_dispatch'])
  })
})
