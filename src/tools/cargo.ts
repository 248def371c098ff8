import path from 'node:path'
import { parse, stringify } from 'smol-toml'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, PlannedFile, ToolConfigurer, ToolPlan } from './plan.js'
import { describeParseFailure } from './parse-failure.js'

/** `CARGO_REGISTRIES_<NAME>_…`: Cargo upper-cases the registry name and turns `-` into `_`. */
export function cargoEnvPrefix(registry: string): string {
  return `CARGO_REGISTRIES_${registry.toUpperCase().replace(/-/g, '_')}_`
}

/** The sparse index URL Cargo needs: `sparse+<endpoint>`. */
export function cargoIndexUrl(endpoint: string): string {
  return `sparse+${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}`
}

/**
 * Cargo's home: CARGO_HOME, else `~/.cargo` (`%USERPROFILE%\.cargo` on Windows).
 * https://doc.rust-lang.org/cargo/guide/cargo-home.html
 */
export function cargoHome(location: Pick<JobLocation, 'platform' | 'home' | 'env'>): string {
  const p = location.platform === 'win32' ? path.win32 : path.posix
  return location.env.CARGO_HOME
    ? p.resolve(location.env.CARGO_HOME)
    : p.join(location.home, '.cargo')
}

/**
 * The two names Cargo reads its home config under: `config.toml`, and the
 * legacy `config` (which Cargo prefers when both exist).
 * https://doc.rust-lang.org/cargo/reference/config.html#hierarchical-structure
 */
export function cargoConfigCandidates(location: Pick<JobLocation, 'platform' | 'home' | 'env'>): {
  toml: string
  legacy: string
} {
  const p = location.platform === 'win32' ? path.win32 : path.posix
  const home = cargoHome(location)
  return { toml: p.join(home, 'config.toml'), legacy: p.join(home, 'config') }
}

/**
 * Cargo (1.74+, sparse registries with credential providers): the registry
 * named by the `cargo-registry` input is defined through environment
 * variables only — index `sparse+<endpoint>`, credential provider
 * `cargo:token`, token `Bearer <token>` (Cargo sends it verbatim) — so no file
 * is written. With `cargo-replace-crates-io`, crates.io is replaced by that
 * registry, which Cargo only accepts from a config file: `[source.crates-io]
 * replace-with` is appended to `$CARGO_HOME/config.toml` (the user's file is
 * kept as written; the post step restores it) and CARGO_REGISTRY_DEFAULT makes
 * `cargo publish` use the registry.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/configure-use-cargo.html
 */
export const cargoConfigurer: ToolConfigurer = {
  reads: (_access, location, options) => {
    if (options.cargoReplaceCratesIo !== true) return []
    const { toml, legacy } = cargoConfigCandidates(location)
    return [toml, legacy]
  },
  plan: planCargo
}

function planCargo({ access, location, options, files }: PlanRequest): ToolPlan {
  const name = options.cargoRegistry ?? 'codeartifact'
  const prefix = cargoEnvPrefix(name)
  const index = cargoIndexUrl(access.endpoint)
  const env: Record<string, string> = {
    [`${prefix}INDEX`]: index,
    [`${prefix}CREDENTIAL_PROVIDER`]: 'cargo:token',
    [`${prefix}TOKEN`]: `Bearer ${access.token}`
  }
  const notes = [`Cargo registry '${name}': ${index} (CARGO_REGISTRIES_* environment variables)`]
  const planned: PlannedFile[] = []
  if (options.cargoReplaceCratesIo === true) {
    const { toml, legacy } = cargoConfigCandidates(location)
    const target = files.get(toml) == null && files.get(legacy) != null ? legacy : toml
    const replaced = replaceCratesIo(files.get(target) ?? null, name, target)
    planned.push({ path: target, content: replaced.content })
    env.CARGO_REGISTRY_DEFAULT = name
    notes.push(
      `crates.io is replaced by '${name}' (${target}); cargo publish defaults to '${name}'`
    )
    if (!replaced.keptFormatting) {
      notes.push(`${target} already configured crates.io; it was rewritten without its comments.`)
    }
  }
  return { files: planned, env, outputs: { [Output.cargoIndexUrl]: index }, notes }
}

/**
 * Adds `[source.crates-io] replace-with = "<registry>"` to a Cargo config.
 * The table is appended as text, so the user's comments and layout stay;
 * only when the file already defines `source.crates-io` (TOML forbids a
 * second definition) is it parsed and rewritten with smol-toml.
 *
 * @throws Error naming `file` when it is not valid TOML
 */
export function replaceCratesIo(
  text: string | null,
  registry: string,
  file: string
): { content: string; keptFormatting: boolean } {
  const original = text ?? ''
  let parsed: Record<string, unknown>
  try {
    parsed = parse(original)
  } catch (error) {
    throw new Error(
      `${file} is not valid TOML (${describeParseFailure(error)}); fix it, then re-run.`,
      {
        cause: error
      }
    )
  }
  const newline = original.includes('\r\n') ? '\r\n' : '\n'
  const separator = original === '' || original.endsWith('\n') ? '' : newline
  const appended =
    original +
    separator +
    [
      ...(original === '' ? [] : ['']),
      '# Added by codeartifact-setup for this job; removed by its post step.',
      '[source.crates-io]',
      `replace-with = ${JSON.stringify(registry)}`,
      ''
    ].join(newline)
  if (readsBack(appended, registry)) return { content: appended, keptFormatting: true }

  const source = (parsed.source ?? {}) as Record<string, unknown>
  const cratesIo = (source['crates-io'] ?? {}) as Record<string, unknown>
  parsed.source = { ...source, 'crates-io': { ...cratesIo, 'replace-with': registry } }
  return { content: `${stringify(parsed)}\n`, keptFormatting: false }
}

function readsBack(text: string, registry: string): boolean {
  try {
    const source = parse(text).source as Record<string, Record<string, unknown>> | undefined
    return source?.['crates-io']?.['replace-with'] === registry
  } catch {
    return false
  }
}
