import { describe, expect, it } from '@jest/globals'
import { parse } from 'smol-toml'
import {
  cargoConfigCandidates,
  cargoConfigurer,
  cargoEnvPrefix,
  cargoHome,
  cargoIndexUrl
} from '../../src/tools/cargo.js'
import { accessFor, contentOf, planWith, TOKEN } from './build-tool-fixtures.js'

const access = accessFor('cargo')
const CONFIG = '/home/runner/.cargo/config.toml'
const LEGACY = '/home/runner/.cargo/config'

const USER_CONFIG = `# my cargo config
[build]
jobs = 2 # two cores

[registries.internal]
index = "sparse+https://internal.example/index/"

[source.vendored]
directory = "vendor"
`

function replaceWith(toml: string): unknown {
  return (parse(toml) as { source?: Record<string, Record<string, unknown>> }).source?.[
    'crates-io'
  ]?.['replace-with']
}

describe('tools/cargo.ts', () => {
  it('names env vars as Cargo does: upper case, - becomes _', () => {
    expect(cargoEnvPrefix('codeartifact')).toBe('CARGO_REGISTRIES_CODEARTIFACT_')
    expect(cargoEnvPrefix('my-Reg_2')).toBe('CARGO_REGISTRIES_MY_REG_2_')
    expect(cargoIndexUrl('https://h/cargo/r')).toBe('sparse+https://h/cargo/r/')
  })

  it('finds CARGO_HOME per platform', () => {
    expect(cargoHome({ platform: 'linux', home: '/home/u', env: {} })).toBe('/home/u/.cargo')
    expect(cargoHome({ platform: 'darwin', home: '/Users/u', env: {} })).toBe('/Users/u/.cargo')
    expect(
      cargoHome({ platform: 'linux', home: '/home/u', env: { CARGO_HOME: '/opt/cargo' } })
    ).toBe('/opt/cargo')
    expect(cargoHome({ platform: 'win32', home: 'C:\\Users\\u', env: {} })).toBe(
      'C:\\Users\\u\\.cargo'
    )
    expect(cargoConfigCandidates({ platform: 'win32', home: 'C:\\Users\\u', env: {} })).toEqual({
      toml: 'C:\\Users\\u\\.cargo\\config.toml',
      legacy: 'C:\\Users\\u\\.cargo\\config'
    })
  })

  it('configures the sparse registry through env vars only by default', () => {
    const plan = planWith(cargoConfigurer, access)
    expect(plan.files).toEqual([])
    expect(plan.env).toEqual({
      CARGO_REGISTRIES_CODEARTIFACT_INDEX: `sparse+${access.endpoint}`,
      CARGO_REGISTRIES_CODEARTIFACT_CREDENTIAL_PROVIDER: 'cargo:token',
      CARGO_REGISTRIES_CODEARTIFACT_TOKEN: `Bearer ${TOKEN}`
    })
    expect(plan.outputs).toEqual({ 'cargo-index-url': `sparse+${access.endpoint}` })
    expect(JSON.stringify([plan.outputs, plan.notes])).not.toContain(TOKEN)
  })

  it('replaces crates.io in a new config.toml and makes the registry the default', () => {
    const plan = planWith(
      cargoConfigurer,
      access,
      {},
      { cargoReplaceCratesIo: true, cargoRegistry: 'ca-prod' }
    )
    const toml = contentOf(plan, CONFIG)
    expect(replaceWith(toml)).toBe('ca-prod')
    expect(toml).not.toContain(TOKEN)
    expect(plan.env.CARGO_REGISTRY_DEFAULT).toBe('ca-prod')
    expect(plan.env.CARGO_REGISTRIES_CA_PROD_INDEX).toBe(`sparse+${access.endpoint}`)
  })

  it("appends to the user's config, keeping every byte of it", () => {
    const toml = contentOf(
      planWith(cargoConfigurer, access, { [CONFIG]: USER_CONFIG }, { cargoReplaceCratesIo: true }),
      CONFIG
    )
    expect(toml.startsWith(USER_CONFIG)).toBe(true)
    const parsed = parse(toml) as Record<string, Record<string, Record<string, unknown>>>
    expect(replaceWith(toml)).toBe('codeartifact')
    expect(parsed.source.vendored.directory).toBe('vendor')
    expect(parsed.registries.internal.index).toBe('sparse+https://internal.example/index/')
    expect(parsed.build.jobs).toBe(2)
  })

  it('rewrites an existing crates.io replacement (TOML allows one table) and says so', () => {
    const existing = `${USER_CONFIG}\n[source.crates-io]\nreplace-with = "vendored"\n`
    const plan = planWith(
      cargoConfigurer,
      access,
      { [CONFIG]: existing },
      { cargoReplaceCratesIo: true }
    )
    const toml = contentOf(plan, CONFIG)
    expect(replaceWith(toml)).toBe('codeartifact')
    expect(
      (parse(toml) as Record<string, Record<string, Record<string, unknown>>>).source.vendored
        .directory
    ).toBe('vendor')
    expect(plan.notes.join('\n')).toMatch(/without its comments/)
  })

  it('edits the legacy config file when that is the one Cargo reads', () => {
    const plan = planWith(
      cargoConfigurer,
      access,
      { [LEGACY]: USER_CONFIG },
      { cargoReplaceCratesIo: true }
    )
    expect(plan.files.map((file) => file.path)).toEqual([LEGACY])
  })

  it('refuses a config that is not TOML, naming it', () => {
    expect(() =>
      planWith(cargoConfigurer, access, { [CONFIG]: '[build\n' }, { cargoReplaceCratesIo: true })
    ).toThrow(/\.cargo\/config\.toml is not valid TOML \(at line 1, column \d+\)/)
  })
})
