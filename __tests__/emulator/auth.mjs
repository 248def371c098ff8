// Credential parsing: SigV4 for the control plane, the CodeArtifact token for the registries.

const SIGV4 = /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request\b/

/**
 * Reads the SigV4 `Authorization` header the AWS SDK sends. The signature itself is not checked
 * (the emulator knows no secrets); only its shape and credential scope are.
 * Returns { state: 'ok' | 'none' | 'bad', accessKeyId?, region?, service?, error? }.
 */
export function parseSigV4(header) {
  if (!header) {
    return {
      state: 'none',
      // What AWS answers when a request carries no signature at all.
      error: {
        status: 403,
        errorType: 'MissingAuthenticationTokenException',
        message: 'Missing Authentication Token'
      }
    }
  }
  const m = SIGV4.exec(header)
  if (!m) {
    return {
      state: 'bad',
      error: {
        status: 403,
        errorType: 'IncompleteSignatureException',
        message: `Authorization header requires 'Credential', 'Signature' and 'SignedHeaders' parameters. Authorization=${header.split(' ')[0]}`
      }
    }
  }
  const [, accessKeyId, , region, service] = m
  if (service !== 'codeartifact') {
    return {
      state: 'bad',
      accessKeyId,
      region,
      service,
      error: {
        status: 403,
        errorType: 'InvalidSignatureException',
        message: `Credential should be scoped to correct service: 'codeartifact'. `
      }
    }
  }
  return { state: 'ok', accessKeyId, region, service }
}

/**
 * Checks a registry request against the domain's token. Like CodeArtifact, every format accepts
 * both `Basic base64(aws:<token>)` and `Bearer <token>`.
 * Returns { state: 'ok' | 'none' | 'bad', scheme?: 'basic' | 'bearer' | string }.
 */
export function checkToken(header, token) {
  if (!header) return { state: 'none' }
  if (!token) return { state: 'bad' }
  const space = header.indexOf(' ')
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase()
  const value = space < 0 ? '' : header.slice(space + 1).trim()
  if (scheme === 'bearer') return { state: value === token ? 'ok' : 'bad', scheme }
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    return { state: decoded === `aws:${token}` ? 'ok' : 'bad', scheme }
  }
  return { state: 'bad', scheme }
}
