import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/inputs.js'
import { unusedClientOptions } from '../../src/tools/option-use.js'

const base = { domain: 'my-domain', repository: 'my-repo', region: 'us-east-1' }
const inputsWith = (extra: Record<string, string>) =>
  readInputs((name) => ({ ...base, ...extra })[name] ?? '', {})

describe('tools/option-use.ts unusedClientOptions', () => {
  it('names an option set for a client that is not configured, and who would read it', () => {
    expect(unusedClientOptions(inputsWith({ 'npm-scopes': '@acme' }), ['pip'])).toEqual([
      "Input 'npm-scopes' has no effect: only npm, pnpm, yarn, yarn-classic, yarn-berry, bun read it, and none of them is configured."
    ])
    expect(unusedClientOptions(inputsWith({ 'pip-index-mode': 'extra-index' }), ['npm'])).toEqual([
      "Input 'pip-index-mode' has no effect: only pip reads it, and it is not configured."
    ])
  })

  it('says nothing when a configured client reads the option, or the option keeps its default', () => {
    expect(unusedClientOptions(inputsWith({ 'npm-scopes': '@acme' }), ['pip', 'bun'])).toEqual([])
    expect(unusedClientOptions(inputsWith({ 'pip-index-mode': 'index' }), ['npm'])).toEqual([])
    expect(unusedClientOptions(inputsWith({ 'nuget-source': 'corp' }), ['dotnet'])).toEqual([])
    expect(unusedClientOptions(inputsWith({}), [])).toEqual([])
  })

  it('checks every option: each one set, with no client, gives one warning', () => {
    const all = inputsWith({
      'npm-scopes': '@acme',
      'pip-index-mode': 'extra-index',
      'poetry-source': 'corp',
      'uv-index': 'corp',
      'maven-server-id': 'corp',
      'maven-repository-mode': 'mirror',
      'gradle-repository-name': 'corp',
      'nuget-source': 'corp',
      'cargo-registry': 'corp',
      'cargo-replace-crates-io': 'true',
      'swift-scopes': 'acme'
    })
    expect(unusedClientOptions(all, []).map((line) => /^Input '([^']+)'/.exec(line)?.[1])).toEqual([
      'npm-scopes',
      'pip-index-mode',
      'poetry-source',
      'uv-index',
      'maven-server-id',
      'maven-repository-mode',
      'gradle-repository-name',
      'nuget-source',
      'cargo-registry',
      'cargo-replace-crates-io',
      'swift-scopes'
    ])
  })
})
