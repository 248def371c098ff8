// RubyGems: compact index (bundler), full Marshal index (gem install) and gem push.
// Quirks seen with the real clients:
// - bundler 2.3 reads the compact index (`versions`, `info/<gem>`); the md5 at the end of a
//   `versions` line must be the md5 of the `info/<gem>` body, else bundler refetches/fails.
// - `gem install --source` (RubyGems 3.3) ignores the compact index: it tries
//   `api/v1/dependencies` (404 here → fallback), then the Marshal files from
//   `gem generate_index` (`specs.4.8.gz`, `quick/Marshal.4.8/<gem>.gemspec.rz`).
// - `gem push` sends the API key verbatim in `Authorization` (so configure "Bearer <token>").
import zlib from 'node:zlib'
import { fixture } from '../fixtures.mjs'
import { hash } from '../http-util.mjs'

const GEMS = { tinygem: [{ version: '1.0.0', file: 'tinygem-1.0.0.gem' }] }
const INDEX = new Set([
  'specs.4.8.gz',
  'latest_specs.4.8.gz',
  'prerelease_specs.4.8.gz',
  'quick/Marshal.4.8/tinygem-1.0.0.gemspec.rz'
])
const TEXT = { 'content-type': 'text/plain; charset=utf-8' }

export const challenge = () => 'Basic realm="codeartifact"'

const info = (name) =>
  '---\n' +
  GEMS[name]
    .map((g) => `${g.version} |checksum:${hash('sha256', fixture(`ruby/${g.file}`))}\n`)
    .join('')

/** Reads name and version from a .gem (a tar holding metadata.gz, a YAML gemspec). */
export function gemSpec(gem) {
  for (let off = 0; off + 512 <= gem.length;) {
    const name = gem
      .subarray(off, off + 100)
      .toString('latin1')
      .replace(/\0.*$/s, '')
    if (!name) break
    const size =
      parseInt(
        gem
          .subarray(off + 124, off + 136)
          .toString('latin1')
          .trim(),
        8
      ) || 0
    if (name === 'metadata.gz') {
      const yaml = zlib.gunzipSync(gem.subarray(off + 512, off + 512 + size)).toString('utf8')
      return {
        name: /^name: (.+)$/m.exec(yaml)?.[1].trim(),
        version: /^version: !ruby\/object:Gem::Version\s+version: (.+)$/m.exec(yaml)?.[1].trim()
      }
    }
    off += 512 + Math.ceil(size / 512) * 512
  }
  return {}
}

function push(ctx) {
  const { name, version } = gemSpec(ctx.body)
  if (!name || !version) return ctx.reply(422, 'could not read gem metadata', TEXT)
  ctx.publish(name, version)
  return ctx.reply(200, `Successfully registered gem: ${name} (${version})`, TEXT)
}

export function handle(ctx) {
  const { method, rest } = ctx
  if (method === 'POST' && rest === 'api/v1/gems') return push(ctx.op('push'))
  if (method !== 'GET' && method !== 'HEAD') return ctx.reply(404, 'Not Found', TEXT)
  if (rest === 'names')
    return ctx.op('names').reply(200, `---\n${Object.keys(GEMS).join('\n')}\n`, TEXT)
  if (rest === 'versions') {
    const lines = Object.keys(GEMS).map(
      (n) => `${n} ${GEMS[n].map((g) => g.version).join(',')} ${hash('md5', info(n))}\n`
    )
    return ctx
      .op('versions')
      .reply(200, `created_at: 2020-01-01T00:00:00Z\n---\n${lines.join('')}`, TEXT)
  }
  const i = /^info\/([^/]+)$/.exec(rest)
  if (i) {
    ctx.op('info')
    return GEMS[i[1]] ? ctx.reply(200, info(i[1]), TEXT) : ctx.reply(404, 'Not Found', TEXT)
  }
  const g = /^gems\/([^/]+\.gem)$/.exec(rest)
  if (g) {
    ctx.op('gem')
    const hit = Object.values(GEMS)
      .flat()
      .find((x) => x.file === g[1])
    return hit ? ctx.reply(200, fixture(`ruby/${hit.file}`)) : ctx.reply(404, 'Not Found', TEXT)
  }
  if (INDEX.has(rest)) return ctx.op('full-index').reply(200, fixture(`ruby/index/${rest}`))
  return ctx.reply(404, 'Not Found', TEXT)
}
