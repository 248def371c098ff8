/**
 * Property-based tests of src/inputs.ts `readInputs`: random values for every
 * input never make it throw anything but an InputError naming an input, and
 * valid values round-trip (whitespace and case tolerated where documented).
 */
import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { runs } from './settings.js'
import { readInputs } from '../../src/inputs.js'
import { InputError } from '../../src/input-error.js'
import { Input } from '../../src/action-contract.js'
import { ACCOUNT_ID, DOMAIN_NAME, REGION_NAME, REPOSITORY_NAME } from '../../src/aws/names.js'
import { TOOL_NAMES } from '../../src/tools/catalog.js'

/** Runs per property; the report counts them. */
const RUNS = runs(500)

const INPUT_NAMES = Object.values(Input) as string[]

/** What a user might type: valid words, near misses, junk, whitespace, control and non-ASCII. */
const anyValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'auto',
    'true',
    'false',
    'off',
    'strict',
    'read',
    'publish',
    'index',
    'extra-index',
    'profile',
    'mirror',
    'none',
    '0',
    '900',
    '43200',
    '43201',
    'us-east-1',
    'my-domain',
    'my-repo',
    '111122223333',
    '@acme',
    'npm, pip',
    'my-domain/my-repo: npm',
    'least-privilege',
    'arn:aws:iam::111122223333:role/ci',
    '/',
    '\n',
    '#',
    ':',
    '/:'
  ),
  fc.constantFrom(...TOOL_NAMES),
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.stringMatching(/^[a-z0-9@:/,. \n-]{0,60}$/),
  fc.integer({ min: -1e6, max: 1e6 }).map(String)
)

const anyInputs = fc.dictionary(fc.constantFrom(...INPUT_NAMES), anyValue, { maxKeys: 12 })
const anyEnv = fc.record(
  { AWS_REGION: anyValue, AWS_DEFAULT_REGION: anyValue },
  { requiredKeys: [] }
)

/** What `run` throws, or undefined when it returns. */
function thrownBy(run: () => unknown): unknown {
  try {
    run()
    return undefined
  } catch (error) {
    return error
  }
}

/**
 * Clients that write the same config (npm, pnpm and Yarn share the npm user config, `yarn`
 * also writes Yarn 2+'s; nuget and dotnet are one client) can point at only one repository.
 */
const FAMILIES: string[][] = [
  ['npm', 'pnpm', 'yarn-classic', 'yarn', 'yarn-berry'],
  ['nuget', 'dotnet']
]

function familyOf(tool: string): string {
  return FAMILIES.find((family) => family.includes(tool))?.[0] ?? tool
}

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

const domain = fc.stringMatching(DOMAIN_NAME)
const repository = fc.stringMatching(REPOSITORY_NAME)
const account = fc.stringMatching(ACCOUNT_ID)
const region = fc.stringMatching(REGION_NAME).filter((name) => name.length <= 30)
const tools = fc.uniqueArray(fc.constantFrom(...TOOL_NAMES), { minLength: 1 })
const duration = fc.oneof(fc.constant(0), fc.integer({ min: 900, max: 43200 }))
const npmScope = fc.stringMatching(/^[a-z0-9-~][a-z0-9-._~]{0,20}$/)
/** Spaces, tabs and newlines a YAML block might leave around a value. */
const padding = fc.stringMatching(/^[ \t\n]{0,3}$/)

describe('readInputs, property-based', () => {
  it('never throws anything but an InputError that names an input', () => {
    fc.assert(
      fc.property(anyInputs, anyEnv, (inputs, env) => {
        const error = thrownBy(() => readInputs(reader(inputs), env))
        if (error !== undefined && !(error instanceof InputError)) throw error
        const problem =
          error === undefined
            ? undefined
            : !INPUT_NAMES.includes(error.input)
              ? `unknown input ${error.input}`
              : !error.message.startsWith(`Input '${error.input}': `)
                ? `message does not start with the input: ${error.message}`
                : error.message.includes('undefined')
                  ? `message says undefined: ${error.message}`
                  : undefined
        expect(problem).toBeUndefined()
      }),
      { numRuns: RUNS }
    )
  })

  it('valid single-repository inputs round-trip, whatever the padding and case of tool names', () => {
    fc.assert(
      fc.property(
        fc.record({
          domain,
          repository,
          owner: fc.option(account, { nil: undefined }),
          region,
          tools,
          duration: fc.option(duration, { nil: undefined }),
          scopes: fc.uniqueArray(npmScope, { maxLength: 3 }),
          pad: padding,
          upper: fc.boolean(),
          separator: fc.constantFrom(', ', ',', '\n', ' ')
        }),
        (v) => {
          const toolText = v.tools
            .map((tool) => (v.upper ? tool.toUpperCase() : tool))
            .join(v.separator)
          const parsed = readInputs(
            reader({
              domain: v.pad + v.domain + v.pad,
              'domain-owner': v.owner ?? '',
              repository: v.repository + v.pad,
              region: v.pad + v.region,
              tools: toolText,
              'duration-seconds': v.duration === undefined ? '' : String(v.duration),
              'npm-scopes': v.scopes.map((scope, i) => (i % 2 ? `@${scope}` : scope)).join('\n')
            }),
            {}
          )
          expect(parsed.targets).toEqual([
            { domain: v.domain, domainOwner: v.owner, repository: v.repository, tools: v.tools }
          ])
          expect(parsed.region).toBe(v.region)
          expect(parsed.durationSeconds).toBe(v.duration)
          expect(parsed.npmScopes).toEqual(v.scopes.map((scope) => `@${scope}`))
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('a valid repositories list round-trips, each tool on one repository', () => {
    const target = fc.record({
      owner: fc.option(account, { nil: undefined }),
      domain,
      repository
    })
    fc.assert(
      fc.property(
        fc.uniqueArray(target, {
          minLength: 1,
          maxLength: 4,
          selector: (t) => `${t.domain}/${t.repository}`
        }),
        fc.shuffledSubarray([...TOOL_NAMES], { minLength: 4 }),
        fc.option(account, { nil: undefined }),
        (targets, shuffled, defaultOwner) => {
          // Deal the tools out, none twice; clients that share a config file (a family) go to the
          // same repository, as the action requires.
          const families = [...new Set(shuffled.map(familyOf))]
          const dealt = targets.map((_t, i) =>
            shuffled.filter((tool) => families.indexOf(familyOf(tool)) % targets.length === i)
          )
          const usable = targets.filter((_t, i) => dealt[i].length > 0)
          const lines = usable.map((t) => {
            const owner = t.owner ? `${t.owner}:` : ''
            return `${owner}${t.domain}/${t.repository}: ${dealt[targets.indexOf(t)].join(', ')}`
          })
          const parsed = readInputs(
            reader({
              repositories: ['# repositories', ...lines, ''].join('\n'),
              'domain-owner': defaultOwner ?? '',
              region: 'eu-west-1'
            }),
            {}
          )
          expect(parsed.targets).toEqual(
            usable.map((t) => ({
              domain: t.domain,
              domainOwner: t.owner ?? defaultOwner,
              repository: t.repository,
              tools: dealt[targets.indexOf(t)]
            }))
          )
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('the region falls back to AWS_REGION, then AWS_DEFAULT_REGION', () => {
    fc.assert(
      fc.property(
        fc.option(region, { nil: undefined }),
        fc.option(region, { nil: undefined }),
        fc.option(region, { nil: undefined }),
        (input, envRegion, envDefault) => {
          const read = (): ReturnType<typeof readInputs> =>
            readInputs(
              reader({
                domain: 'my-domain',
                repository: 'my-repo',
                tools: 'npm',
                region: input ?? ''
              }),
              { AWS_REGION: envRegion, AWS_DEFAULT_REGION: envDefault }
            )
          const error = thrownBy(read)
          if (error !== undefined && !(error instanceof InputError)) throw error
          const region = error === undefined ? read().region : error.input
          expect(region).toBe(input ?? envRegion ?? envDefault ?? 'region')
        }
      ),
      { numRuns: RUNS }
    )
  })
})
