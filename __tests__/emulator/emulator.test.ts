import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  CodeartifactClient,
  GetAuthorizationTokenCommand,
  GetDomainPermissionsPolicyCommand,
  GetRepositoryEndpointCommand,
  GetRepositoryPermissionsPolicyCommand
} from '@aws-sdk/client-codeartifact'
import { startEmulator, type Emulator } from './server.mjs'

const OWNER = '111122223333'
const D = { domain: 'my-domain', domainOwner: OWNER }
const fixture = (rel: string) => readFileSync(new URL(`./fixtures/${rel}`, import.meta.url))

let emu: Emulator
let other: Emulator

function client(opts: { accessKeyId?: string; maxAttempts?: number } = {}) {
  return new CodeartifactClient({
    region: 'us-east-1',
    endpoint: emu.url,
    maxAttempts: opts.maxAttempts,
    credentials: { accessKeyId: opts.accessKeyId ?? 'test', secretAccessKey: 'test' }
  })
}

/** Runs a promise that must fail; returns the error. */
async function failure(p: Promise<unknown>): Promise<{
  name: string
  message: string
  $metadata: { httpStatusCode?: number; attempts?: number }
}> {
  try {
    await p
  } catch (e) {
    return e as never
  }
  throw new Error('expected a failure')
}

beforeAll(async () => {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true'
  emu = await startEmulator({
    domains: {
      'my-domain': {
        owner: OWNER,
        repositories: ['my-repo', 'other-repo'],
        domainPolicy: { Version: '2012-10-17', Statement: [] },
        repositoryPolicies: { 'my-repo': { Version: '2012-10-17', Statement: [] } }
      },
      'second-domain': { owner: '444455556666', repositories: ['r2'], token: 'fixed-token' }
    },
    authorize: async (call) =>
      call.accessKeyId === 'AKIADENIED'
        ? {
            status: 403,
            errorType: 'AccessDeniedException',
            message: `User: arn:aws:iam::${OWNER}:user/denied is not authorized to perform: codeartifact:${call.operation}`
          }
        : null
  })
  other = await startEmulator()
})

afterAll(async () => {
  await emu.stop()
  await other.stop()
})

describe('control plane, through the real SDK', () => {
  it('returns the domain token with a 12 h default expiration and records the caller', async () => {
    emu.resetLog()
    const out = await client().send(new GetAuthorizationTokenCommand(D))
    expect(out.authorizationToken).toBe(emu.tokenFor('my-domain'))
    const hours = (out.expiration!.getTime() - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(11.9)
    expect(hours).toBeLessThanOrEqual(12)
    expect(emu.requests).toEqual([
      expect.objectContaining({
        kind: 'api',
        operation: 'GetAuthorizationToken',
        method: 'POST',
        accessKeyId: 'test',
        domain: 'my-domain',
        auth: 'ok',
        status: 200,
        query: { domain: 'my-domain', 'domain-owner': OWNER }
      })
    ])
    expect(emu.apiCalls()).toBe(1)
  })

  it('honours durationSeconds (0 = role session = 1 h) and validates it', async () => {
    const c = client()
    const zero = await c.send(new GetAuthorizationTokenCommand({ ...D, durationSeconds: 0 }))
    expect(Math.round((zero.expiration!.getTime() - Date.now()) / 60_000)).toBe(60)
    const e = await failure(c.send(new GetAuthorizationTokenCommand({ ...D, durationSeconds: 60 })))
    expect(e.name).toBe('ValidationException')
  })

  it('keeps tokens per domain and per emulator', async () => {
    expect(emu.tokenFor('second-domain')).toBe('fixed-token')
    expect(emu.tokenFor('my-domain')).not.toBe(other.tokenFor('my-domain'))
  })

  it('returns repository endpoints with a trailing slash', async () => {
    const out = await client().send(
      new GetRepositoryEndpointCommand({ ...D, repository: 'my-repo', format: 'pypi' })
    )
    expect(out.repositoryEndpoint).toBe(`${emu.url}/my-domain/pypi/my-repo/`)
    expect(out.repositoryEndpoint).toBe(emu.endpointFor('my-domain', 'my-repo', 'pypi'))
  })

  it('answers endpointType dualstack with another host, as AWS does, and serves it over IPv6', async () => {
    const ask = (endpointType?: 'ipv4' | 'dualstack') =>
      client().send(
        new GetRepositoryEndpointCommand({
          ...D,
          repository: 'my-repo',
          format: 'npm',
          endpointType
        })
      )
    const ipv4 = (await ask('ipv4')).repositoryEndpoint
    const dualstack = (await ask('dualstack')).repositoryEndpoint
    expect(ipv4).toBe(`${emu.url}/my-domain/npm/my-repo/`)
    expect(emu.requests.at(-2)?.query).toMatchObject({ endpointType: 'ipv4' })
    expect(dualstack).toBe(`http://[::1]:${emu.port}/my-domain/npm/my-repo/`)
    expect(dualstack).toBe(emu.endpointFor('my-domain', 'my-repo', 'npm', 'dualstack'))
    // The registry behind it answers on the IPv6 loopback, with URLs on the host it was asked on.
    const res = await fetch(`${dualstack}tiny-pkg`, {
      headers: { authorization: `Bearer ${emu.tokenFor('my-domain')}` }
    })
    const packument = (await res.json()) as {
      versions: Record<string, { dist: { tarball: string } }>
    }
    expect(packument.versions['1.0.0'].dist.tarball.startsWith(dualstack as string)).toBe(true)
    expect(emu.requests.at(-1)).toMatchObject({ kind: 'registry', ipVersion: 6, status: 200 })
    const bad = await failure(
      client().send(
        new GetRepositoryEndpointCommand({
          ...D,
          repository: 'my-repo',
          format: 'npm',
          endpointType: 'ipv6' as never
        })
      )
    )
    expect(bad.name).toBe('ValidationException')
    expect(bad.message).toContain("Value 'ipv6' at 'endpointType'")
  })

  it("derives AWS's dual-stack host from an AWS-shaped IPv4 host", async () => {
    const aws = await startEmulator({
      domains: {
        'my-domain': {
          owner: OWNER,
          host: `my-domain-${OWNER}.d.codeartifact.eu-west-2.amazonaws.com`,
          repositories: ['my-repo']
        }
      }
    })
    try {
      expect(aws.endpointFor('my-domain', 'my-repo', 'pypi', 'dualstack')).toBe(
        `http://my-domain-${OWNER}.codeartifact.eu-west-2.on.aws:${aws.port}/my-domain/pypi/my-repo/`
      )
    } finally {
      await aws.stop()
    }
  })

  it.each([
    ['unknown domain', 'ResourceNotFoundException', 404, { domain: 'nope', domainOwner: OWNER }],
    ['wrong owner', 'ResourceNotFoundException', 404, { domain: 'my-domain', domainOwner: '9999' }]
  ])('GetAuthorizationToken: %s → %s %i', async (_label, name, status, input) => {
    const e = await failure(client().send(new GetAuthorizationTokenCommand(input)))
    expect(e.name).toBe(name)
    expect(e.$metadata.httpStatusCode).toBe(status)
    expect(e.message).toMatch(/^Domain not found/)
  })

  it('rejects unknown repositories and formats', async () => {
    const c = client()
    const repo = await failure(
      c.send(new GetRepositoryEndpointCommand({ ...D, repository: 'x', format: 'npm' }))
    )
    expect(repo.name).toBe('ResourceNotFoundException')
    const fmt = await failure(
      c.send(
        new GetRepositoryEndpointCommand({ ...D, repository: 'my-repo', format: 'rpm' as never })
      )
    )
    expect(fmt.name).toBe('ValidationException')
  })

  it('serves domain and repository policies, 404 when none is set', async () => {
    const c = client()
    const dom = await c.send(new GetDomainPermissionsPolicyCommand(D))
    expect(dom.policy?.resourceArn).toBe(`arn:aws:codeartifact:us-east-1:${OWNER}:domain/my-domain`)
    expect(JSON.parse(dom.policy!.document!)).toEqual({ Version: '2012-10-17', Statement: [] })
    const repo = await c.send(
      new GetRepositoryPermissionsPolicyCommand({ ...D, repository: 'my-repo' })
    )
    expect(repo.policy?.resourceArn).toBe(
      `arn:aws:codeartifact:us-east-1:${OWNER}:repository/my-domain/my-repo`
    )
    const none = await failure(
      c.send(new GetRepositoryPermissionsPolicyCommand({ ...D, repository: 'other-repo' }))
    )
    expect(none.name).toBe('ResourceNotFoundException')
  })

  it('runs the authorize hook before each operation', async () => {
    const e = await failure(
      client({ accessKeyId: 'AKIADENIED' }).send(new GetAuthorizationTokenCommand(D))
    )
    expect(e.name).toBe('AccessDeniedException')
    expect(e.message).toContain('codeartifact:GetAuthorizationToken')
  })

  it('with memoizeAuthorization, asks the hook once per distinct call and reuses its answer', async () => {
    const asked: string[] = []
    const memo = await startEmulator({
      domains: { 'my-domain': { owner: OWNER, repositories: ['my-repo'] } },
      memoizeAuthorization: true,
      authorize: (call) => {
        asked.push(`${call.accessKeyId} ${call.operation} ${call.format ?? ''}`)
        return call.accessKeyId === 'AKIADENIED'
          ? { status: 403, errorType: 'AccessDeniedException', message: 'denied' }
          : null
      }
    })
    try {
      const memoClient = (accessKeyId = 'test') =>
        new CodeartifactClient({
          region: 'us-east-1',
          endpoint: memo.url,
          maxAttempts: 1,
          credentials: { accessKeyId, secretAccessKey: 'test' }
        })
      const npm = { ...D, repository: 'my-repo', format: 'npm' as const }
      await memoClient().send(new GetRepositoryEndpointCommand(npm))
      await memoClient().send(new GetRepositoryEndpointCommand(npm))
      await memoClient().send(new GetRepositoryEndpointCommand({ ...npm, format: 'pypi' }))
      for (let i = 0; i < 2; i++) {
        const e = await failure(memoClient('AKIADENIED').send(new GetAuthorizationTokenCommand(D)))
        expect(e.name).toBe('AccessDeniedException')
      }
      expect(asked).toEqual([
        'test GetRepositoryEndpoint npm',
        'test GetRepositoryEndpoint pypi',
        'AKIADENIED GetAuthorizationToken '
      ])
      expect(memo.requests.map((r) => r.status)).toEqual([200, 200, 200, 403, 403])
    } finally {
      await memo.stop()
    }
  })

  it('answers an unsigned request with 403 MissingAuthenticationTokenException', async () => {
    const res = await fetch(`${emu.url}/v1/authorization-token?domain=my-domain`, {
      method: 'POST'
    })
    expect(res.status).toBe(403)
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
    expect(emu.requests.at(-1)).toMatchObject({ kind: 'api', auth: 'none', status: 403 })
  })
})

describe('fault injection', () => {
  it.each([
    ['ThrottlingException', 429, 2],
    ['InternalServerException', 500, 2],
    ['ServiceUnavailable', 503, 2],
    ['AccessDeniedException', 403, 1],
    ['ExpiredTokenException', 403, 1],
    ['ResourceNotFoundException', 404, 1],
    ['ValidationException', 400, 1]
  ])('%s (%i) maps to its name; attempts %i', async (errorType, status, attempts) => {
    emu.clearFaults()
    emu.injectFault({ operation: 'GetAuthorizationToken', status, errorType, message: 'injected' })
    const e = await failure(client({ maxAttempts: 2 }).send(new GetAuthorizationTokenCommand(D)))
    emu.clearFaults()
    expect(e.name).toBe(errorType)
    expect(e.message).toBe('injected')
    expect(e.$metadata).toMatchObject({ httpStatusCode: status, attempts })
  })

  it('fails only `times` requests, so the SDK retry succeeds', async () => {
    emu.injectFault({ status: 500, errorType: 'InternalServerException', message: 'x', times: 1 })
    const out = await client().send(new GetAuthorizationTokenCommand(D))
    expect(out.$metadata.attempts).toBe(2)
  })

  it('scopes faults to one operation', async () => {
    emu.injectFault({
      operation: 'GetRepositoryEndpoint',
      status: 403,
      errorType: 'AccessDeniedException',
      message: 'no'
    })
    await expect(client().send(new GetAuthorizationTokenCommand(D))).resolves.toBeDefined()
    emu.clearFaults()
  })

  it('can send a malformed body', async () => {
    emu.injectFault({ status: 200, body: '{not json', times: 1 })
    const e = await failure(client().send(new GetAuthorizationTokenCommand(D)))
    expect(e.name).toBe('SyntaxError')
  })

  it('adds latency to every request', async () => {
    emu.setLatency(120)
    const t = Date.now()
    await fetch(`${emu.endpointFor('my-domain', 'my-repo', 'npm')}tiny-pkg`)
    emu.setLatency(0)
    expect(Date.now() - t).toBeGreaterThanOrEqual(115)
  })
})

describe('registries', () => {
  const token = () => emu.tokenFor('my-domain')
  const url = (format: string, rest: string) =>
    `${emu.endpointFor('my-domain', 'my-repo', format)}${rest}`
  const bearer = () => ({ authorization: `Bearer ${token()}` })
  const basic = () => ({
    authorization: `Basic ${Buffer.from(`aws:${token()}`).toString('base64')}`
  })

  it.each([
    ['npm', 'tiny-pkg', /^Bearer/],
    ['npm', '@myscope%2ftiny', /^Bearer/],
    ['pypi', 'simple/tiny-py/', /^Basic/],
    ['maven', 'com/example/tiny/1.0.0/tiny-1.0.0.pom', /^Basic/],
    ['cargo', 'config.json', /^Cargo login_url=/],
    ['ruby', 'versions', /^Basic/],
    ['ruby', 'specs.4.8.gz', /^Basic/],
    ['nuget', 'v3/index.json', /^Basic/],
    ['swift', 'login', /^Bearer/]
  ])('%s %s: 401 + challenge without the token, 200 with it', async (format, rest, challenge) => {
    const method = format === 'swift' ? 'POST' : 'GET'
    const none = await fetch(url(format, rest), { method })
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toMatch(challenge)
    const wrong = await fetch(url(format, rest), {
      method,
      headers: { authorization: 'Bearer nope' }
    })
    expect(wrong.status).toBe(401)
    expect(emu.requests.at(-1)).toMatchObject({
      kind: 'registry',
      auth: 'bad',
      format,
      status: 401
    })
    for (const headers of [bearer(), basic()]) {
      const ok = await fetch(url(format, rest), { method, headers })
      expect(ok.status).toBe(200)
    }
    expect(emu.requests.at(-1)).toMatchObject({
      auth: 'ok',
      scheme: 'basic',
      domain: 'my-domain',
      repository: 'my-repo'
    })
  })

  it('rejects another domain’s token and unknown repositories', async () => {
    const res = await fetch(url('npm', 'tiny-pkg'), {
      headers: { authorization: 'Bearer fixed-token' }
    })
    expect(res.status).toBe(401)
    const missing = await fetch(`${emu.url}/my-domain/npm/nope/tiny-pkg`, { headers: bearer() })
    expect(missing.status).toBe(404)
  })

  it('serves npm packuments with time fields and matching tarballs', async () => {
    const res = await fetch(url('npm', '@myscope%2ftiny'), { headers: bearer() })
    const doc = (await res.json()) as {
      time: Record<string, string>
      versions: Record<string, { dist: { tarball: string } }>
    }
    expect(doc.time['2.0.0']).toBe('2020-01-01T00:00:00.000Z')
    const tarball = doc.versions['2.0.0'].dist.tarball
    expect(tarball).toBe(url('npm', '@myscope/tiny/-/tiny-2.0.0.tgz'))
    const body = Buffer.from(await (await fetch(tarball, { headers: bearer() })).arrayBuffer())
    expect(body.equals(fixture('npm/myscope-tiny-2.0.0.tgz'))).toBe(true)
  })

  it('records what publish endpoints accept', async () => {
    emu.resetLog()
    const put = (format: string, rest: string, body: Buffer | string, extra = {}) =>
      fetch(url(format, rest), { method: 'PUT', headers: { ...basic(), ...extra }, body })

    const npmDoc = {
      name: '@myscope/pub',
      versions: { '0.1.0': { name: '@myscope/pub', version: '0.1.0' } },
      _attachments: {
        'pub-0.1.0.tgz': { data: fixture('npm/tiny-pkg-1.0.0.tgz').toString('base64') }
      }
    }
    expect((await put('npm', '@myscope%2fpub', JSON.stringify(npmDoc))).status).toBe(200)

    const form = new FormData()
    form.set(':action', 'file_upload')
    form.set('name', 'Tiny_Py')
    form.set('version', '1.0.1')
    form.set('content', new Blob([fixture('pypi/tiny_py-1.0.0-py3-none-any.whl')]), 'x.whl')
    const twine = await fetch(url('pypi', ''), { method: 'POST', headers: basic(), body: form })
    expect(twine.status).toBe(200)

    expect((await put('maven', 'org/acme/lib/2.0/lib-2.0.pom', '<project/>')).status).toBe(201)
    expect((await put('maven', 'org/acme/lib/2.0/lib-2.0.pom.sha1', 'x')).status).toBe(201)

    const meta = Buffer.from(JSON.stringify({ name: 'newcrate', vers: '0.3.0', deps: [] }))
    const crate = fixture('cargo/tinycrate-0.1.0.crate')
    const len = (n: number) => {
      const b = Buffer.alloc(4)
      b.writeUInt32LE(n)
      return b
    }
    const cargo = await put(
      'cargo',
      'api/v1/crates/new',
      Buffer.concat([len(meta.length), meta, len(crate.length), crate])
    )
    expect(await cargo.json()).toEqual({
      warnings: { invalid_categories: [], invalid_badges: [], other: [] }
    })
    const index = await fetch(url('cargo', 'ne/wc/newcrate'), { headers: bearer() })
    expect(JSON.parse(await index.text())).toMatchObject({ name: 'newcrate', vers: '0.3.0' })

    const gem = await fetch(url('ruby', 'api/v1/gems'), {
      method: 'POST',
      headers: bearer(),
      body: fixture('ruby/tinygem-1.0.0.gem')
    })
    expect(gem.status).toBe(200)

    const common = { domain: 'my-domain', repository: 'my-repo' }
    expect(emu.published).toEqual([
      { format: 'npm', name: '@myscope/pub', version: '0.1.0', ...common },
      { format: 'pypi', name: 'tiny-py', version: '1.0.1', ...common },
      { format: 'maven', name: 'org.acme:lib', version: '2.0', ...common },
      { format: 'cargo', name: 'newcrate', version: '0.3.0', ...common },
      { format: 'ruby', name: 'tinygem', version: '1.0.0', ...common }
    ])
  })
})
