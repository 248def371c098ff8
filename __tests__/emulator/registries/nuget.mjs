// NuGet v3 (no real client on this machine): service index plus a flat-container
// (PackageBaseAddress) so a config pointing at `<endpoint>v3/index.json` can be curl-checked.
import { fixture } from '../fixtures.mjs'
import { json } from '../http-util.mjs'

const PACKAGES = { 'tiny.nuget': [{ version: '1.0.0', file: 'nuget/tiny.nuget.1.0.0.nupkg' }] }

export const challenge = () => 'Basic realm="codeartifact"'

export function handle(ctx) {
  const { method, rest, endpoint } = ctx
  if (method !== 'GET' && method !== 'HEAD')
    return ctx.reply(405, json({ error: 'Method not allowed' }))
  if (rest === 'v3/index.json') {
    return ctx.op('service-index').reply(
      200,
      json({
        version: '3.0.0',
        resources: [
          { '@id': `${endpoint}v3/package/`, '@type': 'PackageBaseAddress/3.0.0' },
          { '@id': `${endpoint}v2/package/`, '@type': 'PackagePublish/2.0.0' }
        ]
      })
    )
  }
  const list = /^v3\/package\/([^/]+)\/index\.json$/.exec(rest)
  if (list) {
    const versions = PACKAGES[list[1].toLowerCase()]?.map((p) => p.version)
    ctx.op('versions')
    return versions
      ? ctx.reply(200, json({ versions }))
      : ctx.reply(404, json({ error: 'Not found' }))
  }
  const pkg = /^v3\/package\/([^/]+)\/([^/]+)\/[^/]+\.nupkg$/.exec(rest)
  if (pkg) {
    ctx.op('nupkg')
    const hit = PACKAGES[pkg[1].toLowerCase()]?.find((p) => p.version === pkg[2])
    return hit ? ctx.reply(200, fixture(hit.file)) : ctx.reply(404, json({ error: 'Not found' }))
  }
  return ctx.reply(404, json({ error: 'Not found' }))
}
