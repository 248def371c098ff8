// The AWS a job of the e2e tests sees, as real CI has it: moto_server enforcing IAM (STS, IAM),
// behind the SimulatePrincipalPolicy stand-in, and the CodeArtifact emulator deciding every
// control-plane call from the caller's real policies. A job runs as a role that carries exactly
// the README's policy ("What the job's role needs"), assumed with sts:AssumeRole, so it holds
// temporary session credentials as with GitHub OIDC; it may not read IAM. A test that needs more
// (IAM read rights, a permissions boundary, a session policy, long-term user keys) says so.
//
//   const aws = await startLocalAws()                 // my-domain / my-repo, owned by ACCOUNT
//   const job = createJob(await aws.jobEnv())         // README consumer role, session credentials
//   … runMain(job, …) …
//   expect(aws.deniedCalls(job.env)).toEqual([])      // AccessDenied answers this job got
//   await aws.stop()
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  CreateAccessKeyCommand,
  CreatePolicyCommand,
  CreateRoleCommand,
  CreateUserCommand,
  IAMClient,
  PutRolePermissionsBoundaryCommand,
  PutRolePolicyCommand,
  PutUserPermissionsBoundaryCommand,
  PutUserPolicyCommand
} from '@aws-sdk/client-iam'
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts'
import { startEmulator } from '../emulator/server.mjs'
import { startEnforcingMoto } from './enforcing-moto.mjs'
import { startSimulatorProxy } from './simulator-proxy.mjs'

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'

/** moto's account: every principal's, and the default domain owner. */
export const ACCOUNT = '123456789012'
/** The session name configure-aws-credentials gives a role session by default. */
export const SESSION_NAME = 'GitHubActions'

const README = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../README.md')

/** The README's example values, replaced by each target's. */
const EXAMPLE = {
  account: '111122223333',
  region: 'us-east-1',
  domain: 'my-domain',
  repository: 'my-repo'
}

/**
 * Every statement of the JSON blocks in the README's "Permissions" section, by Sid: the consumer
 * policy (`CodeArtifactBearerToken`, `CodeArtifactToken`, `CodeArtifactRead`), the publisher's
 * `CodeArtifactPublish`, and whatever else the section documents.
 * @returns {Map<string, object>}
 */
export function readmeStatements() {
  const text = fs.readFileSync(README, 'utf8')
  const start = text.indexOf('\n## Permissions\n')
  const end = text.indexOf('\n## ', start + 1)
  if (start === -1) throw new Error('README.md has no "## Permissions" section')
  const section = text.slice(start, end === -1 ? undefined : end)
  const statements = new Map()
  for (const [, block] of section.matchAll(/```json\n([\s\S]*?)```/g)) {
    const parsed = JSON.parse(block)
    for (const statement of parsed.Statement ?? [parsed]) {
      if (statement.Sid) statements.set(statement.Sid, statement)
    }
  }
  return statements
}

/**
 * The README's statements for these targets: each example ARN (domain, repository or package of
 * my-domain / my-repo in account 111122223333, us-east-1) becomes one per target, deduplicated.
 */
function forTargets(statement, targets, region) {
  const resources = [statement.Resource].flat().flatMap((resource) => {
    if (!resource.includes(`:${EXAMPLE.account}:`)) return [resource]
    return targets.map((target) =>
      resource
        .replace(`:${EXAMPLE.region}:`, `:${region}:`)
        .replace(`:${EXAMPLE.account}:`, `:${target.domainOwner}:`)
        .replace(
          `/${EXAMPLE.domain}/${EXAMPLE.repository}`,
          `/${target.domain}/${target.repository}`
        )
        .replace(`domain/${EXAMPLE.domain}`, `domain/${target.domain}`)
    )
  })
  const distinct = [...new Set(resources)]
  return { ...statement, Resource: distinct.length === 1 ? distinct[0] : distinct }
}

/**
 * The identity policy the README gives a consumer (`read`) or a publisher (`publish`), for the
 * targets. Throws when the README no longer holds one of its statements.
 */
export function readmePolicy(access, targets, region) {
  const statements = readmeStatements()
  const sids = ['CodeArtifactBearerToken', 'CodeArtifactToken', 'CodeArtifactRead']
  if (access === 'publish') sids.push('CodeArtifactPublish')
  return {
    Version: '2012-10-17',
    Statement: sids.map((sid) => {
      const statement = statements.get(sid)
      if (!statement) throw new Error(`README.md's Permissions section has no statement ${sid}`)
      return forTargets(statement, targets, region)
    })
  }
}

/**
 * The README's read-only rights of a gate role on itself (`CodeArtifactSetupCheck`, under
 * Validation), for this principal: its role ARN, account, region and repositories. For an IAM
 * user, the User and Group equivalents the README names.
 */
export function iamReadStatement(principal, targets, region) {
  const statement = readmeStatements().get('CodeArtifactSetupCheck')
  if (!statement) throw new Error("README.md's Permissions section has no CodeArtifactSetupCheck")
  const resources = [statement.Resource].flat().flatMap((resource) => {
    if (resource.endsWith(':role/ci-gate')) {
      return [principal.arn]
    }
    if (resource.startsWith(`arn:aws:iam::${EXAMPLE.account}:`)) {
      return [resource.replace(`::${EXAMPLE.account}:`, `::${ACCOUNT}:`)]
    }
    return [forTargets({ Resource: resource }, targets, region).Resource].flat()
  })
  const userActions =
    principal.kind === 'user'
      ? [
          'iam:GetUser',
          'iam:ListUserPolicies',
          'iam:GetUserPolicy',
          'iam:ListAttachedUserPolicies',
          'iam:ListGroupsForUser',
          'iam:ListGroupPolicies',
          'iam:GetGroupPolicy',
          'iam:ListAttachedGroupPolicies'
        ]
      : []
  return {
    ...statement,
    Action: [...statement.Action, ...userActions],
    Resource: principal.kind === 'user' ? '*' : [...new Set(resources)]
  }
}

let principals = 0

/**
 * Starts moto (enforcing), the simulator proxy and the emulator.
 * @param {import('./local-aws-env.d.mts').LocalAwsOptions} [options]
 * @returns {Promise<import('./local-aws-env.d.mts').LocalAws>}
 */
export async function startLocalAws(options = {}) {
  const region = options.region ?? 'us-east-1'
  const domains = options.domains ?? { 'my-domain': { owner: ACCOUNT, repositories: ['my-repo'] } }
  const { moto, adminCredentials } = await startEnforcingMoto(region, {
    loadManagedPolicies: options.loadManagedPolicies
  })
  let proxy
  let emulator
  try {
    proxy = await startSimulatorProxy({
      motoUrl: moto.url,
      credentials: adminCredentials,
      serviceControlPolicies: options.serviceControlPolicies ?? []
    })
    const domainPolicies = {}
    const repositoryPolicies = {}
    for (const [name, domain] of Object.entries(domains)) {
      if (domain.domainPolicy) domainPolicies[name] = domain.domainPolicy
      Object.assign(repositoryPolicies, domain.repositoryPolicies ?? {})
    }
    emulator = await startEmulator({
      ...(options.emulator ?? {}),
      domains,
      authorize: proxy.codeArtifactAuthorizer({
        region,
        domainPolicies,
        repositoryPolicies,
        rejectUnknownKeys: true
      })
    })
  } catch (error) {
    await Promise.all([proxy?.stop(), emulator?.stop()])
    await moto.stop()
    throw error
  }
  const adminConfig = { region, endpoint: proxy.url, credentials: adminCredentials }
  const iam = new IAMClient(adminConfig)
  const sts = new STSClient(adminConfig)
  const endpoints = {
    AWS_REGION: region,
    AWS_ENDPOINT_URL_STS: proxy.url,
    AWS_ENDPOINT_URL_IAM: proxy.url,
    AWS_ENDPOINT_URL_CODEARTIFACT: emulator.url
  }
  const allTargets = Object.entries(domains).flatMap(([domain, spec]) =>
    spec.repositories.map((repository) => ({ domain, domainOwner: spec.owner, repository }))
  )

  async function createPolicy(name, document) {
    const { Policy } = await iam.send(
      new CreatePolicyCommand({ PolicyName: name, PolicyDocument: JSON.stringify(document) })
    )
    return Policy.Arn
  }

  /** @param {import('./local-aws-env.d.mts').JobPrincipal} [spec] */
  async function principal(spec = {}) {
    const number = ++principals
    const kind = spec.principal ?? 'role'
    const name = spec.name ?? `ci-${spec.access === 'publish' ? 'publisher' : 'consumer'}-${number}`
    const path = spec.path ?? '/'
    const arn = `arn:aws:iam::${ACCOUNT}:${kind}${path}${name}`
    const targets = spec.targets ?? allTargets
    const identity = spec.policy ?? {
      Version: '2012-10-17',
      Statement: [
        ...readmePolicy(spec.access ?? 'read', targets, region).Statement.filter(
          (statement) => !(spec.withoutSids ?? []).includes(statement.Sid)
        ),
        ...(spec.iamRead ? [iamReadStatement({ kind, arn }, targets, region)] : []),
        ...(spec.statements ?? [])
      ]
    }
    const boundaryArn = spec.boundary && (await createPolicy(`${name}-boundary`, spec.boundary))
    if (kind === 'user') {
      await iam.send(new CreateUserCommand({ UserName: name, Path: path }))
      await iam.send(
        new PutUserPolicyCommand({
          UserName: name,
          PolicyName: 'codeartifact',
          PolicyDocument: JSON.stringify(identity)
        })
      )
      if (boundaryArn) {
        await iam.send(
          new PutUserPermissionsBoundaryCommand({
            UserName: name,
            PermissionsBoundary: boundaryArn
          })
        )
      }
      const { AccessKey } = await iam.send(new CreateAccessKeyCommand({ UserName: name }))
      return {
        kind,
        arn,
        callerArn: arn,
        env: {
          ...endpoints,
          AWS_ACCESS_KEY_ID: AccessKey.AccessKeyId,
          AWS_SECRET_ACCESS_KEY: AccessKey.SecretAccessKey
        }
      }
    }
    const { Role } = await iam.send(
      new CreateRoleCommand({
        RoleName: name,
        Path: path,
        AssumeRolePolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }]
        })
      })
    )
    await iam.send(
      new PutRolePolicyCommand({
        RoleName: name,
        PolicyName: 'codeartifact',
        PolicyDocument: JSON.stringify(identity)
      })
    )
    if (boundaryArn) {
      await iam.send(
        new PutRolePermissionsBoundaryCommand({ RoleName: name, PermissionsBoundary: boundaryArn })
      )
    }
    const sessionName = spec.sessionName ?? SESSION_NAME
    const { Credentials, AssumedRoleUser } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: Role.Arn,
        RoleSessionName: sessionName,
        ...(spec.sessionPolicy ? { Policy: JSON.stringify(spec.sessionPolicy) } : {})
      })
    )
    return {
      kind,
      arn: Role.Arn,
      callerArn: AssumedRoleUser.Arn,
      env: {
        ...endpoints,
        AWS_ACCESS_KEY_ID: Credentials.AccessKeyId,
        AWS_SECRET_ACCESS_KEY: Credentials.SecretAccessKey,
        AWS_SESSION_TOKEN: Credentials.SessionToken
      }
    }
  }

  return {
    moto,
    proxy,
    emulator,
    region,
    account: ACCOUNT,
    admin: { iam, sts, credentials: adminCredentials },
    endpoints,
    principal,
    async jobEnv(spec) {
      return (await principal(spec)).env
    },
    deniedCalls(env) {
      const key = env?.AWS_ACCESS_KEY_ID
      return proxy.denied.filter((call) => key === undefined || call.accessKeyId === key)
    },
    async stop() {
      await Promise.all([proxy.stop(), emulator.stop()])
      await moto.stop()
    }
  }
}
