// Maven repository (mvn, gradle).
// Quirks seen with the real clients:
// - Maven and Gradle send credentials only after a 401 carrying `WWW-Authenticate: Basic`;
//   without the challenge they never authenticate.
// - Both fetch `.sha1` (and Gradle sometimes `.md5`/`.sha256`/`.sha512`) next to each file.
// - `mvn deploy` GETs maven-metadata.xml (404 is fine), then PUTs jar, pom, metadata and their
//   checksums. PUT files are kept in memory and served back.
import { fixture } from '../fixtures.mjs'
import { hash } from '../http-util.mjs'

const FILES = {
  'com/example/tiny/1.0.0/tiny-1.0.0.jar': 'maven/tiny-1.0.0.jar',
  'com/example/tiny/1.0.0/tiny-1.0.0.pom': 'maven/tiny-1.0.0.pom'
}
const METADATA = {
  'com/example/tiny/maven-metadata.xml': {
    group: 'com.example',
    artifact: 'tiny',
    versions: ['1.0.0']
  }
}
const CHECKSUMS = { sha1: 'sha1', md5: 'md5', sha256: 'sha256', sha512: 'sha512' }

export const challenge = () => 'Basic realm="codeartifact"'

function metadataXml({ group, artifact, versions }) {
  const latest = versions[versions.length - 1]
  return `<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <groupId>${group}</groupId>
  <artifactId>${artifact}</artifactId>
  <versioning>
    <latest>${latest}</latest>
    <release>${latest}</release>
    <versions>
${versions.map((v) => `      <version>${v}</version>`).join('\n')}
    </versions>
    <lastUpdated>20200101000000</lastUpdated>
  </versioning>
</metadata>
`
}

/** The bytes stored at `path`, or undefined. */
function lookup(path, store) {
  if (store.has(path)) return store.get(path)
  if (FILES[path]) return fixture(FILES[path])
  if (METADATA[path]) return Buffer.from(metadataXml(METADATA[path]))
  return undefined
}

/** `group/path/artifact/version/artifact-version.pom` → { name: 'group.path:artifact', version } */
function coordinates(path) {
  const parts = path.split('/')
  if (parts.length < 4) return undefined
  const [file, version, artifact] = parts.slice(-3).reverse()
  if (file !== `${artifact}-${version}.pom`) return undefined
  return { name: `${parts.slice(0, -3).join('.')}:${artifact}`, version }
}

export function handle(ctx) {
  const { method, rest } = ctx
  if (method === 'PUT') {
    ctx.op('put')
    ctx.store.set(rest, ctx.body)
    const c = coordinates(rest)
    if (c) ctx.publish(c.name, c.version)
    return ctx.reply(201, '')
  }
  if (method !== 'GET' && method !== 'HEAD') return ctx.reply(405, '')
  const sum = /^(.+)\.(sha1|md5|sha256|sha512)$/.exec(rest)
  if (sum && !ctx.store.has(rest)) {
    ctx.op('checksum')
    const data = lookup(sum[1], ctx.store)
    return data
      ? ctx.reply(200, hash(CHECKSUMS[sum[2]], data), { 'content-type': 'text/plain' })
      : ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
  }
  ctx.op(rest.endsWith('maven-metadata.xml') ? 'metadata' : 'file')
  const data = lookup(rest, ctx.store)
  if (!data) return ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
  const type =
    rest.endsWith('.xml') || rest.endsWith('.pom') ? 'text/xml' : 'application/java-archive'
  return ctx.reply(200, data, { 'content-type': type })
}
