import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../src/inputs.js'
import { splitList } from '../src/input-values.js'
import { InputError } from '../src/input-error.js'

const valid = { domain: 'my-domain', repository: 'my-repo', tools: 'npm', region: 'us-east-1' }

function reader(values: Record<string, string>): (name: string) => string {
  return (name) => values[name] ?? ''
}

function errorFor(values: Record<string, string>, env: NodeJS.ProcessEnv = {}): InputError {
  try {
    readInputs(reader(values), env)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('inputs.ts', () => {
  it('parses a minimal valid set', () => {
    const inputs = readInputs(reader(valid), {})
    expect(inputs.targets).toEqual([
      { domain: 'my-domain', domainOwner: undefined, repository: 'my-repo', tools: ['npm'] }
    ])
    expect(inputs.region).toBe('us-east-1')
    expect(inputs.durationSeconds).toBeUndefined()
    expect(inputs.npmScopes).toEqual([])
  })

  it('reads endpoint-type: unset sends none, ipv4 and dualstack in any case, nothing else', () => {
    expect(readInputs(reader(valid), {}).endpointType).toBeUndefined()
    expect(readInputs(reader({ ...valid, 'endpoint-type': 'ipv4' }), {}).endpointType).toBe('ipv4')
    expect(readInputs(reader({ ...valid, 'endpoint-type': ' DualStack ' }), {}).endpointType).toBe(
      'dualstack'
    )
    expect(errorFor({ ...valid, 'endpoint-type': 'ipv6' }).message).toBe(
      "Input 'endpoint-type': 'ipv6' is not allowed: use ipv4, dualstack."
    )
  })

  it('splits tools on commas and newlines, lower-cases and de-duplicates them', () => {
    const inputs = readInputs(reader({ ...valid, tools: ' NPM,\npip\n npm ' }), {})
    expect(inputs.targets[0].tools).toEqual(['npm', 'pip'])
  })

  it('takes the region from AWS_REGION, then AWS_DEFAULT_REGION', () => {
    const values = { ...valid, region: '' }
    expect(
      readInputs(reader(values), { AWS_REGION: 'eu-west-2', AWS_DEFAULT_REGION: 'us-west-2' })
        .region
    ).toBe('eu-west-2')
    expect(readInputs(reader(values), { AWS_DEFAULT_REGION: 'us-west-2' }).region).toBe('us-west-2')
  })

  it('accepts duration 0 and the 900–43200 range', () => {
    expect(readInputs(reader({ ...valid, 'duration-seconds': '0' }), {}).durationSeconds).toBe(0)
    expect(readInputs(reader({ ...valid, 'duration-seconds': '900' }), {}).durationSeconds).toBe(
      900
    )
    expect(readInputs(reader({ ...valid, 'duration-seconds': '43200' }), {}).durationSeconds).toBe(
      43200
    )
  })

  it('normalises npm scopes to @name', () => {
    expect(
      readInputs(reader({ ...valid, 'npm-scopes': 'acme, @tools\n@acme' }), {}).npmScopes
    ).toEqual(['@acme', '@tools'])
  })

  it.each([
    [{ domain: '' }, 'domain', 'required'],
    [{ domain: 'My-Domain' }, 'domain', 'lowercase'],
    [{ domain: 'd' }, 'domain', '2–50'],
    [{ domain: 'my-domain-' }, 'domain', 'not ending with a hyphen'],
    [{ repository: '' }, 'repository', 'required'],
    [{ repository: '-repo' }, 'repository', 'starting with a letter or digit'],
    [{ repository: 'my repo' }, 'repository', "'.', '_' or '-'"],
    [{ 'domain-owner': '1234' }, 'domain-owner', 'exactly 12 digits'],
    [{ 'domain-owner': '12345678901a' }, 'domain-owner', 'exactly 12 digits'],
    [
      { tools: 'npm, gradlew' },
      'tools',
      "'gradlew' is not a supported tool (did you mean gradle?)"
    ],
    [
      { tools: 'mvn' },
      'tools',
      "'mvn' is not a supported tool (did you mean maven?): use 'auto' or"
    ],
    [{ tools: 'Bundler' }, 'tools', "'Bundler' is not a supported tool (did you mean ruby?)"],
    [{ tools: 'leftpad' }, 'tools', "'leftpad' is not a supported tool: use 'auto' or"],
    [{ tools: 'auto, npm' }, 'tools', "'auto' cannot be combined with tool names"],
    [{ tools: ', ,' }, 'tools', "lists no tools: use 'auto', or name the tools"],
    [{ repository: '' }, 'repository', "or list several in 'repositories'"],
    [{ region: 'useast1' }, 'region', 'not an AWS region name'],
    [{ 'duration-seconds': '899' }, 'duration-seconds', '900 to 43200'],
    [{ 'duration-seconds': '43201' }, 'duration-seconds', '900 to 43200'],
    [{ 'duration-seconds': '1h' }, 'duration-seconds', '900 to 43200'],
    [{ 'duration-seconds': '-1' }, 'duration-seconds', '900 to 43200'],
    [{ 'npm-scopes': '@Acme' }, 'npm-scopes', 'lowercase']
  ])('rejects %j naming the input', (override, input, allowed) => {
    const error = errorFor({ ...valid, ...override })
    expect(error.input).toBe(input)
    expect(error.message).toContain(`Input '${input}'`)
    expect(error.message).toContain(allowed)
  })

  it('names the region input when no region is set anywhere', () => {
    const error = errorFor({ ...valid, region: '' }, {})
    expect(error.input).toBe('region')
    expect(error.message).toContain('AWS_REGION')
  })

  it('splitList drops blanks and trims', () => {
    expect(splitList(' a ,\n\n b,,c ')).toEqual(['a', 'b', 'c'])
  })
})

describe('inputs.ts repositories and auto', () => {
  const base = { domain: 'my-domain', region: 'us-east-1' }

  it('treats an empty or auto tools input as auto-detection', () => {
    expect(readInputs(reader({ ...base, repository: 'r1', tools: '' }), {}).targets[0].tools).toBe(
      'auto'
    )
    expect(
      readInputs(reader({ ...base, repository: 'r1', tools: 'AUTO' }), {}).targets[0].tools
    ).toBe('auto')
  })

  it('parses one repository per line with optional owner and domain', () => {
    const inputs = readInputs(
      reader({
        ...base,
        'domain-owner': '111122223333',
        repositories: '# comment\nnpm-store: npm\n\nother-domain/py-store: pip'
      }),
      {}
    )
    expect(inputs.targets).toEqual([
      { domain: 'my-domain', domainOwner: '111122223333', repository: 'npm-store', tools: ['npm'] },
      {
        domain: 'other-domain',
        domainOwner: '111122223333',
        repository: 'py-store',
        tools: ['pip']
      }
    ])
  })

  it('takes an explicit owner per line', () => {
    const inputs = readInputs(
      reader({ ...base, repositories: '444455556666:shared/jvm.store: npm' }),
      {}
    )
    expect(inputs.targets).toEqual([
      { domain: 'shared', domainOwner: '444455556666', repository: 'jvm.store', tools: ['npm'] }
    ])
  })

  it.each([
    [{ repositories: 'r1: npm', repository: 'r2' }, "cannot be combined with 'repository'"],
    [{ repositories: 'r1: npm', tools: 'pip' }, "cannot be combined with 'tools'"],
    [{ repositories: 'r1 npm' }, "is not '[<domain-owner>:][<domain>/]<repository>: <tools>'"],
    [{ repositories: 'r1: npm\nr2: npm' }, 'npm is listed for both my-domain/r1 and my-domain/r2'],
    [{ repositories: 'r1: nope' }, "'nope' is not a supported tool"],
    [{ repositories: 'r1: npm\nr2: pnpm' }, 'npm and pnpm share the npm user config'],
    [
      { repositories: 'r1: yarn-berry\nr2: yarn' },
      'yarn-berry and yarn share the Yarn 2+ .yarnrc.yml'
    ],
    [{ repositories: 'Bad/r1: npm' }, "'Bad' is not a CodeArtifact domain name"],
    [{ repositories: '12345:d1/r1: npm' }, "'12345' is not an AWS account ID"],
    [{ repositories: 'r1: auto\nr2: pip' }, "'auto' works only with a single repository"],
    [{ repositories: 'r1: auto\nr1: npm' }, "my-domain/r1 is listed twice, once with 'auto'"],
    [{ repositories: 'r1: npm, auto' }, "'auto' cannot be combined with tool names"]
  ])('rejects %j naming repositories', (override, allowed) => {
    const error = errorFor({ ...base, ...override })
    expect(error.input).toBe('repositories')
    expect(error.message).toContain(allowed)
  })

  it('merges lines for the same repository into one target with the tools of both', () => {
    const inputs = readInputs(
      reader({ ...base, repositories: 'r1: npm\nr2: pip\nr1: npm, maven' }),
      {}
    )
    expect(inputs.targets).toEqual([
      { domain: 'my-domain', domainOwner: undefined, repository: 'r1', tools: ['npm', 'maven'] },
      { domain: 'my-domain', domainOwner: undefined, repository: 'r2', tools: ['pip'] }
    ])
    expect(inputs.toolsInput).toBe('repositories')
  })

  it('requires a domain for a line without one when the domain input is empty', () => {
    const error = errorFor({ region: 'us-east-1', repositories: 'r1: npm' })
    expect(error.message).toContain('names no domain')
  })
})
