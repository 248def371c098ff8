// PyPI: PEP 503 simple index (pip, poetry) and the legacy upload API (twine).
// Quirks seen with the real clients:
// - pip asks for `simple/<name>/` with the trailing slash and wants `text/html`; the file link
//   carries `#sha256=` which pip verifies. Credentials in the index URL are reused for the file
//   URL because it is on the same host.
// - pip treats 401 as "no versions found" (it never says "unauthorized"): assert on the log.
// - twine POSTs multipart/form-data to the repository URL itself (`.../pypi/<repo>/`).
import { fixture } from '../fixtures.mjs'
import { hash, json } from '../http-util.mjs'

const PROJECTS = {
  'tiny-py': [{ version: '1.0.0', file: 'tiny_py-1.0.0-py3-none-any.whl' }]
}

export const challenge = () => 'Basic realm="codeartifact"'

/** PEP 503 name normalization. */
const normalize = (name) => name.toLowerCase().replace(/[-_.]+/g, '-')

const html = (body) => `<!DOCTYPE html>\n<html><body>\n${body}</body></html>\n`
const HTML = { 'content-type': 'text/html; charset=utf-8' }

/** Text fields of a multipart/form-data body (file parts are skipped). */
export function formFields(body, contentType = '') {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1]
  const fields = {}
  if (!boundary) return fields
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const split = part.indexOf('\r\n\r\n')
    if (split < 0) continue
    const head = part.slice(0, split)
    const name = /name="([^"]*)"/.exec(head)?.[1]
    if (!name) continue
    const filename = /filename="([^"]*)"/.exec(head)?.[1]
    if (filename !== undefined) {
      fields[`${name}:filename`] = filename
      continue
    }
    const value = part.slice(split + 4).replace(/\r\n$/, '')
    fields[name] = Buffer.from(value, 'latin1').toString('utf8')
  }
  return fields
}

function upload(ctx) {
  const f = formFields(ctx.body, ctx.headers['content-type'])
  if (!f.name || !f.version)
    return ctx.reply(400, 'missing name or version', { 'content-type': 'text/plain' })
  ctx.publish(normalize(f.name), f.version)
  return ctx.reply(200, 'OK', { 'content-type': 'text/plain' })
}

export function handle(ctx) {
  const { method, rest, endpoint } = ctx
  if (method === 'POST' && (rest === '' || rest === 'legacy/' || rest === 'legacy')) {
    return upload(ctx.op('upload'))
  }
  if (method !== 'GET' && method !== 'HEAD')
    return ctx.reply(405, json({ error: 'Method not allowed' }))
  if (rest === 'simple' || rest === 'simple/') {
    ctx.op('simple-index')
    const links = Object.keys(PROJECTS).map((p) => `<a href="${p}/">${p}</a><br/>\n`)
    return ctx.reply(200, html(links.join('')), HTML)
  }
  const project = /^simple\/([^/]+)\/?$/.exec(rest)
  if (project) {
    ctx.op('simple-project')
    const name = normalize(project[1])
    const files = PROJECTS[name]
    if (!files) return ctx.reply(404, html('Not Found\n'), HTML)
    const links = files.map(({ version, file }) => {
      const sha = hash('sha256', fixture(`pypi/${file}`))
      return `<a href="${endpoint}files/${name}/${version}/${file}#sha256=${sha}">${file}</a><br/>\n`
    })
    return ctx.reply(200, html(links.join('')), HTML)
  }
  const file = /^files\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(rest)
  if (file) {
    ctx.op('file')
    const hit = PROJECTS[file[1]]?.find((x) => x.version === file[2] && x.file === file[3])
    return hit ? ctx.reply(200, fixture(`pypi/${hit.file}`)) : ctx.reply(404, 'Not Found')
  }
  return ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
}
