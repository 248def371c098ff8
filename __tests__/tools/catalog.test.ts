/**
 * The client descriptors (src/tools/catalog.ts), action.yml and the README
 * agree: every client, option, default and URL output is declared once and
 * spelled the same everywhere, and each planner's own fallback is the
 * descriptor's default.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { Input, Output } from '../../src/action-contract.js'
import { readInputs } from '../../src/inputs.js'
import { isWorkflow, usesThisAction, yamlBlocks } from '../../scripts/lint-workflows.mjs'
import {
  CLIENT_OPTIONS,
  CLIENT_OUTPUTS,
  CLIENTS,
  loadPlanners,
  sharedSettings,
  TOOL_FORMATS,
  TOOL_NAMES,
  type ClientOptionName,
  type ToolName
} from '../../src/tools/catalog.js'
import type { ClientDescriptor } from '../../src/tools/descriptor.js'
import type { JobLocation, RepositoryAccess, ToolOptions } from '../../src/tools/plan.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8')
const ACTION = parse(read('action.yml')) as {
  inputs: Record<string, { default?: unknown; description: string }>
  outputs: Record<string, { description: string }>
}
const descriptor = (tool: ToolName): ClientDescriptor<ClientOptionName> => CLIENTS[tool]
const optionNames = Object.keys(CLIENT_OPTIONS) as ClientOptionName[]
const sorted = (names: Iterable<string>): string[] => [...names].sort()

/** The client names in the first column of the README's "Supported clients" table, with their format. */
function readmeSupportTable(): { tools: string[]; format: string }[] {
  const section = read('README.md').split('\n## Supported clients\n')[1].split('\n## ')[0]
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const [names, format] = line.split(' | ')
      return { tools: [...names.matchAll(/`([^`]+)`/g)].map((match) => match[1]), format }
    })
}

describe('action.yml and the descriptors', () => {
  it('declare the same inputs: the action-wide ones and every client option', () => {
    expect(sorted(Object.keys(ACTION.inputs))).toEqual(sorted(Object.values(Input)))
    for (const option of Object.values(CLIENT_OPTIONS)) {
      expect(Object.keys(ACTION.inputs)).toContain(option.input)
    }
  })

  it("spell each client option's default as action.yml does", () => {
    for (const option of Object.values(CLIENT_OPTIONS)) {
      expect({
        input: option.input,
        default: String(ACTION.inputs[option.input].default ?? '')
      }).toEqual({
        input: option.input,
        default: option.default
      })
      // The default itself is a valid value.
      expect(() => option.parse(option.default)).not.toThrow()
    }
  })

  it('declare the same outputs, and every URL output is set by a client', () => {
    expect(sorted(Object.keys(ACTION.outputs))).toEqual(sorted(Object.values(Output)))
    const owned = new Set(TOOL_NAMES.flatMap((tool) => descriptor(tool).outputs))
    expect(sorted(owned)).toEqual(sorted(Object.values(CLIENT_OUTPUTS)))
  })

  it('name in each URL output the clients that set it', () => {
    for (const output of Object.values(CLIENT_OUTPUTS)) {
      const owners = TOOL_NAMES.filter((tool) => descriptor(tool).outputs.includes(output))
      const clause = /when (.+?) (?:is|are) configured/.exec(
        ACTION.outputs[output].description.replace(/\s+/g, ' ')
      )
      const named = (clause?.[1] ?? '').split(/, | or /)
      expect({ output, named: sorted(named) }).toEqual({ output, named: sorted(owners) })
    }
  })

  it('have every client option read by some client, and no client read an unknown option', () => {
    for (const name of optionNames) {
      expect({
        name,
        readers: TOOL_NAMES.some((tool) => descriptor(tool).options.includes(name))
      }).toEqual({
        name,
        readers: true
      })
    }
  })
})

describe('the README and the descriptors', () => {
  it('list the same clients in the support table, each once, with its format', () => {
    const rows = readmeSupportTable()
    expect(sorted(rows.flatMap((row) => row.tools))).toEqual(sorted(TOOL_NAMES))
    for (const row of rows) {
      for (const tool of row.tools) {
        expect({ tool, format: row.format }).toEqual({
          tool,
          format: TOOL_FORMATS[tool as ToolName]
        })
      }
    }
  })
})

/** A workflow as far as these tests read it. */
interface Workflow {
  on?: Record<string, { inputs?: Record<string, { default?: unknown }> } | null>
  jobs: Record<
    string,
    {
      strategy?: { matrix?: { include?: Record<string, unknown>[] } }
      steps?: { uses?: string; with?: Record<string, unknown> }[]
    }
  >
}

/**
 * What the examples' expressions stand for when a user runs them: the README's example values
 * (and the repository variables example.yml documents). An expression not listed here, and not
 * an input with a default or a matrix value, fails the test: give it a value a user would.
 */
const EXAMPLE_VALUES: Record<string, string> = {
  'inputs.role-arn': 'arn:aws:iam::111122223333:role/ci-consumer',
  'inputs.domain': 'my-domain',
  'inputs.repository': 'my-repo',
  'vars.CODEARTIFACT_DOMAIN': 'my-domain',
  'vars.CODEARTIFACT_REPOSITORY': 'my-repo',
  'vars.CODEARTIFACT_DOMAIN_OWNER': ''
}

/**
 * The `with:` of every step that uses this action, in the README's YAML blocks and in
 * .github/workflows/, with its expressions replaced by what a run would pass: an input's default
 * (workflow_dispatch, workflow_call), each value of a matrix, or EXAMPLE_VALUES.
 */
function exampleSteps(): { where: string; inputs: Record<string, string> }[] {
  const sources = [
    ...yamlBlocks(read('README.md')).map((block) => ({
      where: `README.md:${block.line}`,
      text: block.text
    })),
    ...fs
      .readdirSync(path.join(ROOT, '.github', 'workflows'))
      .map((file) => ({ where: file, text: read(`.github/workflows/${file}`) }))
  ].filter((source) => isWorkflow(source.text))
  return sources.flatMap(({ where, text }) => {
    const workflow = parse(text) as Workflow
    const defaults = Object.fromEntries(
      Object.values(workflow.on ?? {}).flatMap((trigger) =>
        Object.entries(trigger?.inputs ?? {})
          .filter(([, input]) => input.default !== undefined)
          .map(([name, input]) => [`inputs.${name}`, String(input.default)])
      )
    )
    return Object.values(workflow.jobs).flatMap((job) => {
      const rows = job.strategy?.matrix?.include ?? [{}]
      const steps = (job.steps ?? []).filter((step) => step.uses && usesThisAction(step.uses))
      return steps.flatMap((step) =>
        rows.map((row) => {
          const known: Record<string, string> = {
            ...EXAMPLE_VALUES,
            ...defaults,
            ...Object.fromEntries(Object.entries(row).map(([k, v]) => [`matrix.${k}`, String(v)]))
          }
          const inputs = Object.fromEntries(
            Object.entries(step.with ?? {}).map(([name, value]) => [
              name,
              String(value).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
                if (!(expression in known))
                  throw new Error(`${where}: no example value for ${expression}`)
                return known[expression]
              })
            ])
          )
          return { where, inputs }
        })
      )
    })
  })
}

describe("the README's and the workflows' steps of this action", () => {
  const steps = exampleSteps()

  it('are found: every scenario of the README, and the workflows', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8)
    expect(steps.map((step) => step.where)).toEqual(
      expect.arrayContaining(['setup-codeartifact.yml', 'example.yml'])
    )
  })

  it('name only inputs of action.yml, each with a value the action accepts', () => {
    for (const { where, inputs } of steps) {
      for (const name of Object.keys(inputs)) {
        expect({ where, name, declared: name in ACTION.inputs }).toEqual({
          where,
          name,
          declared: true
        })
      }
      const env = { AWS_REGION: 'us-east-1' }
      let error = ''
      try {
        readInputs((name) => inputs[name] ?? '', env)
      } catch (thrown) {
        error = thrown instanceof Error ? thrown.message : String(thrown)
      }
      expect({ where, inputs, error }).toEqual({ where, inputs, error: '' })
    }
  })
})

describe("the README's callers of the reusable workflow", () => {
  it('pass only its inputs, and every required one', () => {
    const reusable = parse(read('.github/workflows/setup-codeartifact.yml')) as {
      on: { workflow_call: { inputs: Record<string, { required?: boolean }> } }
    }
    const declared = reusable.on.workflow_call.inputs
    const callers = yamlBlocks(read('README.md'))
      .filter((block) => isWorkflow(block.text))
      .flatMap((block) =>
        Object.values(
          (parse(block.text) as { jobs: Record<string, { uses?: string; with?: object }> }).jobs
        )
          .filter((job) => job.uses?.includes('/.github/workflows/setup-codeartifact.yml@'))
          .map((job) => ({ line: block.line, with: Object.keys(job.with ?? {}) }))
      )
    expect(callers).toHaveLength(1)
    for (const caller of callers) {
      expect(caller.with.filter((name) => !(name in declared))).toEqual([])
      const required = Object.keys(declared).filter((name) => declared[name].required)
      expect(required.filter((name) => !caller.with.includes(name))).toEqual([])
    }
  })
})

describe('client descriptors', () => {
  it('detect every client but those only named by hand', () => {
    // A client added without a detection rule fails here until it is added on purpose.
    expect(TOOL_NAMES.filter((tool) => descriptor(tool).detect === undefined)).toEqual([
      'yarn',
      'twine',
      'dotnet'
    ])
  })

  it('make clients that share a setting share it exactly', () => {
    expect(sharedSettings('npm')).toEqual(sharedSettings('pnpm'))
    expect(sharedSettings('yarn')).toEqual([
      ...sharedSettings('yarn-classic'),
      ...sharedSettings('yarn-berry')
    ])
    expect(sharedSettings('nuget')).toEqual(sharedSettings('dotnet'))
    expect(sharedSettings('pip')).toEqual(['pip'])
  })

  const location: JobLocation = { platform: 'linux', home: '/h', workDir: '/w', env: {} }
  const accessFor = (tool: ToolName): RepositoryAccess => ({
    domain: 'my-domain',
    domainOwner: '111122223333',
    repository: 'my-repo',
    region: 'us-east-1',
    format: TOOL_FORMATS[tool],
    endpoint: `https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/${TOOL_FORMATS[tool]}/my-repo/`,
    token: 'token',
    tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
  })

  it.each(TOOL_NAMES)(
    "%s: its planner's fallback for each option it reads is the option's default",
    async (tool) => {
      const configurer = (await loadPlanners([tool])).get(tool)
      if (configurer === undefined) throw new Error(`no planner for ${tool}`)
      const access = accessFor(tool)
      const run = (options: ToolOptions) => {
        const reads = configurer.reads(access, location, options)
        const files = new Map(reads.map((file) => [file, null]))
        return { reads, plan: configurer.plan({ access, location, options, files }) }
      }
      for (const name of descriptor(tool).options) {
        const option = CLIENT_OPTIONS[name]
        const withDefault = { npmScopes: [], [name]: option.parse(option.default) }
        expect({ input: option.input, ...run({ npmScopes: [] }) }).toEqual({
          input: option.input,
          ...run(withDefault)
        })
      }
    }
  )

  it('load only the planners asked for, each once', async () => {
    const planners = await loadPlanners(['npm', 'npm', 'dotnet'])
    expect([...planners.keys()]).toEqual(['npm', 'dotnet'])
    expect(planners.get('dotnet')).toBe((await loadPlanners(['nuget'])).get('nuget'))
  })
})
