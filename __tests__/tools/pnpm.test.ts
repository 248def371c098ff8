import { describe, expect, it } from '@jest/globals'
import ini from 'ini'
import { composePlans } from '../../src/tools/compose.js'
import { npmConfigurer } from '../../src/tools/npm.js'
import { pnpmConfigurer } from '../../src/tools/pnpm.js'
import type { JobLocation, RepositoryAccess } from '../../src/tools/plan.js'

const endpoint =
  'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
const nerf = '//my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/npm/my-repo/'
const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'npm',
  endpoint,
  token: 'secret-token',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}
const location: JobLocation = { platform: 'linux', home: '/home/u', workDir: '/tmp/ca', env: {} }
const JOB_NPMRC = '/tmp/ca/npm/npmrc'

describe('tools/pnpm.ts', () => {
  it("reads npm's user config and the job npmrc, like npm", () => {
    expect(pnpmConfigurer.reads(access, location, { npmScopes: [] })).toEqual(
      npmConfigurer.reads(access, location, { npmScopes: [] })
    )
  })

  it('plans exactly what npm plans for the same files', () => {
    const request = {
      access,
      location,
      options: { npmScopes: ['@acme'] },
      files: new Map([
        ['/home/u/.npmrc', 'fund=false\n'],
        [JOB_NPMRC, null]
      ])
    }
    const plan = pnpmConfigurer.plan(request)
    expect(plan).toEqual(npmConfigurer.plan(request))
    expect(plan.files[0].content).not.toContain('secret-token')
  })

  it('writes the same job npmrc as npm, so npm and pnpm compose into one file', () => {
    const composed = composePlans(
      [
        { tool: 'npm', configurer: npmConfigurer, access },
        { tool: 'pnpm', configurer: pnpmConfigurer, access }
      ],
      location,
      { npmScopes: [] },
      () => null
    )
    expect(composed.files.map((file) => file.path)).toEqual([JOB_NPMRC])
    const content = composed.files[0].content
    expect(content.match(/^registry=/gm)).toHaveLength(1)
    expect(content.match(/^# codeartifact-setup/gm)).toHaveLength(1)
    expect(ini.parse(content)[`${nerf}:_authToken`]).toBe('${CODEARTIFACT_AUTH_TOKEN}')
    expect(composed.env).toEqual({ NPM_CONFIG_USERCONFIG: JOB_NPMRC })
  })
})
