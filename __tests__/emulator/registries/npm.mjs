// npm registry (npm, pnpm, yarn 1, yarn 4).
// Quirks seen with the real clients:
// - scoped names arrive encoded (`@myscope%2ftiny`); the router hands us the decoded path.
// - yarn 4 quarantines versions younger than `npmMinimalAgeGate` (default 1 day) and treats a
//   packument without `time` as too young: always send old `time` entries.
// - yarn 1 sends the token for unscoped packages only with `always-auth=true`.
import { fixture } from '../fixtures.mjs'
import { hash, json } from '../http-util.mjs'

const OLD = '2020-01-01T00:00:00.000Z'
const FIXTURES = {
  'tiny-pkg': { version: '1.0.0', file: 'npm/tiny-pkg-1.0.0.tgz' },
  '@myscope/tiny': { version: '2.0.0', file: 'npm/myscope-tiny-2.0.0.tgz' }
}

export const challenge = () => 'Bearer realm="codeartifact"'

const tarballName = (name, version) => `${name.split('/').pop()}-${version}.tgz`

function versionEntry(name, version, data, endpoint, manifest = {}) {
  return {
    main: 'index.js',
    ...manifest,
    name,
    version,
    dist: {
      tarball: `${endpoint}${name}/-/${tarballName(name, version)}`,
      shasum: hash('sha1', data),
      integrity: `sha512-${hash('sha512', data, 'base64')}`
    }
  }
}

/** All versions of `name`: the fixture plus anything published since start. */
function versions(name, store) {
  const out = {}
  const f = FIXTURES[name]
  if (f) out[f.version] = { data: fixture(f.file), manifest: {}, time: OLD }
  for (const [v, entry] of Object.entries(store.get(name) ?? {})) out[v] = entry
  return out
}

function packument(name, all, endpoint) {
  const keys = Object.keys(all)
  const time = { created: OLD, modified: OLD }
  const entries = {}
  for (const v of keys) {
    time[v] = all[v].time
    entries[v] = versionEntry(name, v, all[v].data, endpoint, all[v].manifest)
  }
  return { name, 'dist-tags': { latest: keys[keys.length - 1] }, time, versions: entries }
}

/** `npm publish`: PUT /<name> with the version manifest and the tarball as a base64 attachment. */
function publish(ctx, name) {
  let doc
  try {
    doc = JSON.parse(ctx.body.toString('utf8'))
  } catch {
    return ctx.reply(400, json({ error: 'invalid JSON' }))
  }
  const published = ctx.store.get(name) ?? {}
  for (const [version, manifest] of Object.entries(doc.versions ?? {})) {
    const att =
      doc._attachments?.[tarballName(name, version)] ?? Object.values(doc._attachments ?? {})[0]
    const data = Buffer.from(att?.data ?? '', 'base64')
    // Like the public registry, stamp it old enough for yarn 4's age gate.
    published[version] = { data, manifest: { ...manifest, dist: undefined }, time: OLD }
    ctx.publish(name, version)
  }
  ctx.store.set(name, published)
  return ctx.reply(200, json({ ok: true, id: name }))
}

export function handle(ctx) {
  const { method, rest } = ctx
  if (rest === '-/ping') return ctx.op('ping').reply(200, json({}))
  if (rest === '-/whoami') return ctx.op('whoami').reply(200, json({ username: 'aws' }))

  const tar = /^(.+)\/-\/([^/]+\.tgz)$/.exec(rest)
  if (tar && (method === 'GET' || method === 'HEAD')) {
    ctx.op('tarball')
    const [, name, file] = tar
    const hit = Object.entries(versions(name, ctx.store)).find(
      ([v]) => tarballName(name, v) === file
    )
    return hit ? ctx.reply(200, hit[1].data) : ctx.reply(404, json({ error: 'Not found' }))
  }
  if (method === 'PUT' && !rest.startsWith('-/')) return publish(ctx.op('publish'), rest)
  if (method === 'GET' || method === 'HEAD') {
    ctx.op('packument')
    const all = versions(rest, ctx.store)
    if (!Object.keys(all).length) return ctx.reply(404, json({ error: 'Not found' }))
    return ctx.reply(200, json(packument(rest, all, ctx.endpoint)))
  }
  return ctx.reply(405, json({ error: 'Method not allowed' }))
}
