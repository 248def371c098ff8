// Cargo sparse registry (index + download + publish API).
// Quirks seen with cargo 1.95:
// - cargo fetches `config.json` WITHOUT credentials first; only a 401 with
//   `WWW-Authenticate: Cargo login_url=...` makes it retry with the token ("auth-required").
// - cargo sends the configured token verbatim, so the token must be configured as
//   "Bearer <token>" (as the CodeArtifact docs say); a credential-provider must be set too.
// - `api` must not end in '/': cargo appends `/api/v1/crates/new` itself.
// - After `cargo publish` cargo polls the index until the new version shows up, so
//   published crates are added to the in-memory index.
import { fixture } from '../fixtures.mjs'
import { hash, json } from '../http-util.mjs'

const FIXTURES = [{ name: 'tinycrate', vers: '0.1.0', file: 'cargo/tinycrate-0.1.0.crate' }]

export const challenge = (endpoint) => `Cargo login_url="${endpoint}me"`

/** Sparse index path: 1/a, 2/ab, 3/a/abc, ab/cd/abcd... */
export function indexPath(name) {
  const n = name.toLowerCase()
  if (n.length <= 2) return `${n.length}/${n}`
  if (n.length === 3) return `3/${n[0]}/${n}`
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`
}

/** Every crate version known: fixtures plus store.get('crates') from publishes. */
function crates(store) {
  const published = store.get('crates') ?? []
  const fixed = FIXTURES.map((f) => {
    const data = fixture(f.file)
    const line = {
      name: f.name,
      vers: f.vers,
      deps: [],
      cksum: hash('sha256', data),
      features: {},
      yanked: false
    }
    return { name: f.name, vers: f.vers, data, line }
  })
  return [...fixed, ...published]
}

/** Converts a publish-metadata dependency into an index dependency. */
const indexDep = (d) => ({
  name: d.explicit_name_in_toml ?? d.name,
  req: d.version_req,
  features: d.features ?? [],
  optional: !!d.optional,
  default_features: d.default_features !== false,
  target: d.target ?? null,
  kind: d.kind ?? 'normal',
  registry: d.registry ?? null,
  ...(d.explicit_name_in_toml ? { package: d.name } : {})
})

/** PUT api/v1/crates/new: u32le json length, json, u32le crate length, crate bytes. */
function publish(ctx) {
  const b = ctx.body
  const jsonLen = b.readUInt32LE(0)
  const meta = JSON.parse(b.subarray(4, 4 + jsonLen).toString('utf8'))
  const crateLen = b.readUInt32LE(4 + jsonLen)
  const data = b.subarray(8 + jsonLen, 8 + jsonLen + crateLen)
  const line = {
    name: meta.name,
    vers: meta.vers,
    deps: (meta.deps ?? []).map(indexDep),
    cksum: hash('sha256', data),
    features: meta.features ?? {},
    yanked: false,
    ...(meta.links ? { links: meta.links } : {})
  }
  ctx.store.set('crates', [
    ...(ctx.store.get('crates') ?? []),
    { name: meta.name, vers: meta.vers, data, line }
  ])
  ctx.publish(meta.name, meta.vers)
  // crates.io's answer shape; cargo prints any warnings it finds here.
  return ctx.reply(
    200,
    json({ warnings: { invalid_categories: [], invalid_badges: [], other: [] } })
  )
}

export function handle(ctx) {
  const { method, rest, endpoint } = ctx
  if (method === 'PUT' && rest === 'api/v1/crates/new') return publish(ctx.op('publish'))
  if (method !== 'GET' && method !== 'HEAD')
    return ctx.reply(405, json({ errors: [{ detail: 'method not allowed' }] }))
  if (rest === 'config.json') {
    return ctx.op('config').reply(
      200,
      json({
        dl: `${endpoint}api/v1/crates`,
        api: endpoint.replace(/\/$/, ''),
        'auth-required': true
      })
    )
  }
  const dl = /^api\/v1\/crates\/([^/]+)\/([^/]+)\/download$/.exec(rest)
  if (dl) {
    ctx.op('download')
    const hit = crates(ctx.store).find((c) => c.name === dl[1] && c.vers === dl[2])
    return hit
      ? ctx.reply(200, hit.data)
      : ctx.reply(404, json({ errors: [{ detail: 'Not Found' }] }))
  }
  ctx.op('index')
  const name = rest.split('/').pop()
  const lines = crates(ctx.store).filter(
    (c) => c.name.toLowerCase() === name.toLowerCase() && indexPath(c.name) === rest
  )
  if (!lines.length) return ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
  const body = lines.map((c) => JSON.stringify(c.line) + '\n').join('')
  return ctx.reply(200, body, { 'content-type': 'text/plain' })
}
