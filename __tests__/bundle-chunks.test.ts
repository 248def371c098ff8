/**
 * What the committed bundle's entry chunk holds (dist/main/index.js, which `check-dist` keeps
 * current): only what the first AWS request needs (issue #14). The CodeArtifact client, the
 * permission gate, the configuration writer and the clients' format libraries are in chunks that
 * main.ts loads once GetCallerIdentity is on its way (access-schedule.ts, later-phases.ts), and
 * the SDK's credential providers other than the environment's are chunks the SDK loads when a run
 * uses them (scripts/bundle.mjs). A static import that pulls one of them back into the entry
 * chunk, or a bundle built from the SDK's CommonJS files, fails here; what it costs is measured by
 * `npm run bench` (time to the first request against the STS-only floor).
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'main')
const entry = fs.readFileSync(path.join(DIST, 'index.js'), 'utf8')
const chunks = fs
  .readdirSync(DIST)
  .filter((name) => /^\d+\.index\.js$/.test(name))
  .map((name) => fs.readFileSync(path.join(DIST, name), 'utf8'))

/** Definitions (or, in a minified library, a message of its own) that must stay out of the entry chunk. */
const LATER = {
  'the CodeArtifact client': 'class GetAuthorizationTokenCommand extends',
  'the token and endpoint requests': 'function requestTokens(',
  'the permission gate': 'class PermissionCheckFailure extends',
  'the configuration writer': 'function writeConfigFiles(',
  'the IAM client': 'class SimulatePrincipalPolicyCommand extends',
  'yaml (Yarn, pnpm, Bun)': 'function parseDocument(',
  '@xmldom/xmldom (Maven, Gradle, NuGet)': 'function DOMParser(',
  'smol-toml (Cargo, Poetry, uv, Bun)': 'Invalid TOML document',
  // The SDK, bundled from its ES modules (scripts/bundle.mjs): what only some credential
  // sources or protocols use is loaded by the SDK with import() when a run needs it.
  'the web identity credential provider': 'AWS_WEB_IDENTITY_TOKEN_FILE',
  'the credential_process provider': 'credential_process',
  'the EC2 instance metadata provider': '/latest/meta-data/iam/security-credentials/',
  'the container credentials provider (ECS, EKS)': 'AWS_CONTAINER_AUTHORIZATION_TOKEN',
  'the SSO client (SSO profiles)': 'class SSOClient extends',
  'the SSO-OIDC client (SSO token refresh)': 'class SSOOIDCClient extends',
  'the sign-in client (console login profiles)': 'class SigninClient extends',
  'the event-stream protocol': 'class EventStreamSerde'
}

describe('dist/main entry chunk', () => {
  it('sends GetCallerIdentity: holds the STS client', () => {
    expect(entry).toContain('class GetCallerIdentityCommand extends')
  })

  it.each(Object.entries(LATER))('leaves %s to a later chunk', (_what, definition) => {
    expect(entry).not.toContain(definition)
    expect(chunks.some((chunk) => chunk.includes(definition))).toBe(true)
  })
})
