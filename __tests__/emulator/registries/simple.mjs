// Formats served only far enough for config sanity checks: swift (`login`) and generic.

export const swift = {
  // `swift package-registry login <endpoint>login` POSTs here with the token.
  challenge: () => 'Bearer realm="codeartifact"',
  handle(ctx) {
    if (ctx.method === 'POST' && ctx.rest === 'login') return ctx.op('login').reply(200, '')
    return ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
  }
}

export const generic = {
  // Generic packages go through the control plane API, not a registry: nothing to serve.
  challenge: () => 'Basic realm="codeartifact"',
  handle: (ctx) => ctx.reply(404, 'Not Found', { 'content-type': 'text/plain' })
}
