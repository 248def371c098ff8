import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../src/inputs.js'
import { InputError } from '../src/input-error.js'

const valid = { domain: 'my-domain', repository: 'my-repo', tools: 'maven', region: 'us-east-1' }

function read(values: Record<string, string>): ReturnType<typeof readInputs> {
  return readInputs((name) => values[name] ?? '', {})
}

function errorFor(values: Record<string, string>): InputError {
  try {
    read(values)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('inputs.ts: Maven, Gradle, NuGet, Cargo and Swift inputs', () => {
  it('has defaults a plain setup needs', () => {
    const inputs = read(valid)
    expect(inputs).toMatchObject({
      mavenServerId: 'codeartifact',
      mavenRepositoryMode: 'profile',
      gradleRepositoryName: 'codeartifact',
      nugetSource: undefined,
      cargoRegistry: 'codeartifact',
      cargoReplaceCratesIo: false,
      swiftScopes: []
    })
  })

  it('accepts every new tool name', () => {
    const tools = 'maven, gradle, nuget, dotnet, cargo, ruby, swift'
    expect(read({ ...valid, tools }).targets[0].tools).toEqual([
      'maven',
      'gradle',
      'nuget',
      'dotnet',
      'cargo',
      'ruby',
      'swift'
    ])
  })

  it('parses the values', () => {
    const inputs = read({
      ...valid,
      'maven-server-id': 'ca.prod-1',
      'maven-repository-mode': 'MIRROR',
      'gradle-repository-name': 'corpRepo2',
      'nuget-source': 'Contoso Packages',
      'cargo-registry': 'ca-prod',
      'cargo-replace-crates-io': 'true',
      'swift-scopes': 'mona,\nacme-corp, mona'
    })
    expect(inputs).toMatchObject({
      mavenServerId: 'ca.prod-1',
      mavenRepositoryMode: 'mirror',
      gradleRepositoryName: 'corpRepo2',
      nugetSource: 'Contoso Packages',
      cargoRegistry: 'ca-prod',
      cargoReplaceCratesIo: true,
      swiftScopes: ['mona', 'acme-corp']
    })
  })

  it.each([
    ['maven-repository-mode', 'central', /'central' is not allowed: use profile, mirror, none/],
    ['maven-server-id', 'my server', /'my server' is not allowed/],
    ['gradle-repository-name', 'my-repo', /ASCII letters and digits, starting with a letter/],
    ['nuget-source', 'naïve', /printable ASCII/],
    ['cargo-registry', '9reg', /starting with a letter/],
    ['cargo-replace-crates-io', 'yes', /use true, false/],
    ['swift-scopes', 'bad--scope', /not a Swift package scope/]
  ])('rejects %s=%s, naming the input and the allowed values', (input, value, message) => {
    const error = errorFor({ ...valid, [input]: value })
    expect(error.input).toBe(input)
    expect(error.message).toMatch(message)
    expect(error.message).toContain(input)
  })

  it('treats nuget and dotnet as one client: one repository between them', () => {
    const error = errorFor({
      domain: 'my-domain',
      region: 'us-east-1',
      repositories: 'repo-a: nuget\nrepo-b: dotnet'
    })
    expect(error.input).toBe('repositories')
    expect(error.message).toMatch(/nuget and dotnet/)
  })
})
