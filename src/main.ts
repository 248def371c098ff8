import path from 'node:path'
import fs from 'node:fs'
import * as core from '@actions/core'
import { CodeartifactClient } from '@aws-sdk/client-codeartifact'
import { STSClient } from '@aws-sdk/client-sts'
import { Output, State, TOKEN_ENV_NAME } from './action-contract.js'
import { readInputs, type ActionInputs, type RepositoryTarget } from './inputs.js'
import { clientConfig, logCalls } from './aws/clients.js'
import { credentialKind, getCaller, type Caller } from './aws/identity.js'
import { getAuthorizationToken, type AuthorizationToken } from './aws/token.js'
import { endpointKey, getRepositoryEndpoints, type EndpointRequest } from './aws/endpoints.js'
import { describeAwsFailure } from './aws/failure.js'
import { maskToken } from './token-masking.js'
import { createJobLocation } from './job-location.js'
import { TOOLS } from './tools/catalog.js'
import { composePlans, type PlanStep } from './tools/compose.js'
import { writeConfigFiles } from './config/writer.js'
import { saveManifest, type Manifest } from './config/manifest.js'

/** A target with its domain owner settled. */
type ResolvedTarget = RepositoryTarget & { domainOwner: string }

/**
 * The main step: inputs → caller → token and endpoints → client config →
 * outputs and env. The only place that calls setFailed.
 */
export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name), process.env)
    await setUp(inputs)
  } catch (error) {
    core.setFailed(error instanceof Error ? error.message : String(error))
  }
}

async function setUp(inputs: ActionInputs): Promise<void> {
  const config = clientConfig(inputs.region)
  const sts = logCalls(new STSClient(config), core.debug)
  const codeartifact = logCalls(new CodeartifactClient(config), core.debug)

  const caller = await core.group('Identity', () => identify(sts, inputs))
  const targets: ResolvedTarget[] = inputs.targets.map((target) => ({
    ...target,
    domainOwner: target.domainOwner ?? caller.account
  }))
  const durationSeconds = await chooseDuration(sts, inputs)

  const { tokens, endpoints } = await core.group('Authorization token', () =>
    fetchTokensAndEndpoints(codeartifact, targets, durationSeconds, inputs.region)
  )

  const location = createJobLocation(process.env)
  const manifestPath = path.join(location.workDir, 'manifest.json')
  const manifest: Manifest = { version: 1, workDir: location.workDir, entries: [] }
  saveManifest(manifestPath, manifest)
  core.saveState(State.manifestPath, manifestPath)

  const tokenEnvNames = tokenEnvNamesByDomain(tokens)
  const steps: PlanStep[] = targets.flatMap((target) =>
    target.tools.map((tool) => {
      const { format, configurer } = TOOLS[tool]
      const domainKey = `${target.domain}/${target.domainOwner}`
      return {
        tool,
        configurer,
        access: {
          domain: target.domain,
          domainOwner: target.domainOwner,
          repository: target.repository,
          region: inputs.region,
          format,
          endpoint: endpoints.get(endpointKey({ ...target, format })) as string,
          token: (tokens.get(domainKey) as AuthorizationToken).token,
          tokenEnvName: tokenEnvNames.get(domainKey) as string
        }
      }
    })
  )
  const plan = composePlans(steps, location, { npmScopes: inputs.npmScopes }, readFileOrNull)
  writeConfigFiles(plan.files, manifest, manifestPath)
  for (const note of plan.notes) {
    core.startGroup(`Configure ${note.tool}`)
    for (const line of note.lines) core.info(line)
    core.endGroup()
  }

  for (const [domainKey, { token }] of tokens) {
    core.exportVariable(tokenEnvNames.get(domainKey) as string, token)
  }
  const first = tokens.values().next().value as AuthorizationToken
  if (![...tokenEnvNames.values()].includes(TOKEN_ENV_NAME)) {
    core.exportVariable(TOKEN_ENV_NAME, first.token)
  }
  for (const [name, value] of Object.entries(plan.env)) core.exportVariable(name, value)

  core.setOutput(Output.token, first.token)
  core.setOutput(Output.expiration, earliestExpiration(tokens).toISOString())
  core.setOutput(Output.accountId, caller.account)
  core.setOutput(Output.principalArn, caller.arn)
  for (const [name, value] of Object.entries(plan.outputs)) core.setOutput(name, value)
  core.info(
    `CodeArtifact is set up for ${plan.notes.map((note) => note.tool).join(', ')}; the token expires at ${earliestExpiration(tokens).toISOString()}.`
  )
}

async function identify(sts: STSClient, inputs: ActionInputs): Promise<Caller> {
  let caller: Caller
  try {
    caller = await getCaller(sts)
  } catch (error) {
    throw new Error(
      describeAwsFailure(error, { step: 'identify the AWS principal', region: inputs.region })
    )
  }
  core.info(`Principal: ${caller.arn} (account ${caller.account})`)
  if (caller.principal.kind === 'root') {
    throw new Error(
      'The job runs as the AWS account root user, and root cannot get a CodeArtifact authorization token. Use an IAM role (GitHub OIDC) or an IAM user.'
    )
  }
  return caller
}

async function chooseDuration(sts: STSClient, inputs: ActionInputs): Promise<number> {
  const kind = await credentialKind(sts)
  if (inputs.durationSeconds !== undefined) {
    if (inputs.durationSeconds === 0 && kind === 'long-term') {
      core.warning(
        'duration-seconds is 0 but the credentials are long-term IAM user keys, which have no session; AWS decides the lifetime.'
      )
    }
    return inputs.durationSeconds
  }
  const seconds = kind === 'temporary' ? 0 : 43200
  core.info(
    kind === 'temporary'
      ? 'Token lifetime: the role session (duration-seconds 0, chosen for temporary credentials).'
      : 'Token lifetime: 43200 seconds (chosen for long-term IAM user keys).'
  )
  return seconds
}

async function fetchTokensAndEndpoints(
  client: CodeartifactClient,
  targets: ResolvedTarget[],
  durationSeconds: number,
  region: string
): Promise<{ tokens: Map<string, AuthorizationToken>; endpoints: Map<string, string> }> {
  const domains = new Map(targets.map((target) => [`${target.domain}/${target.domainOwner}`, target]))
  const endpointRequests: EndpointRequest[] = targets.flatMap((target) =>
    target.tools.map((tool) => ({
      domain: target.domain,
      domainOwner: target.domainOwner,
      repository: target.repository,
      format: TOOLS[tool].format
    }))
  )
  const tokenFetches = [...domains].map(async ([key, target]) => {
    try {
      const token = await getAuthorizationToken(client, { ...target, durationSeconds })
      maskToken(token.token, core.setSecret)
      return [key, token] as const
    } catch (error) {
      throw new Error(
        describeAwsFailure(error, { step: 'get the authorization token', ...target, region })
      )
    }
  })
  const endpointFetch = getRepositoryEndpoints(client, endpointRequests).catch((error: unknown) => {
    const target = targets[0]
    throw new Error(
      describeAwsFailure(error, { step: 'look up the repository endpoint', ...target, region })
    )
  })
  const [tokenEntries, endpoints] = await Promise.all([Promise.all(tokenFetches), endpointFetch])
  for (const [key, token] of tokenEntries) {
    core.info(`Token for ${key} expires at ${token.expiration.toISOString()}`)
  }
  return { tokens: new Map(tokenEntries), endpoints }
}

/**
 * The env var per domain: `CODEARTIFACT_AUTH_TOKEN` when one domain is used;
 * with several, `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` each (and the plain name
 * holds the first one's token).
 */
function tokenEnvNamesByDomain(tokens: Map<string, AuthorizationToken>): Map<string, string> {
  const keys = [...tokens.keys()]
  if (keys.length === 1) return new Map([[keys[0], TOKEN_ENV_NAME]])
  return new Map(
    keys.map((key) => [
      key,
      `${TOKEN_ENV_NAME}_${key.split('/')[0].toUpperCase().replace(/[^A-Z0-9]/g, '_')}`
    ])
  )
}

function earliestExpiration(tokens: Map<string, AuthorizationToken>): Date {
  return new Date(Math.min(...[...tokens.values()].map((token) => token.expiration.getTime())))
}

function readFileOrNull(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}
