/**
 * Every form in which a token could surface in a log: the token itself, its
 * URL-encoded form (inside pip index URLs), and the base64 of `aws:<token>`
 * and of the bare token (HTTP Basic credentials, `_auth` lines).
 */
export function tokenForms(token: string): string[] {
  const forms = [
    token,
    encodeURIComponent(token),
    Buffer.from(`aws:${token}`).toString('base64'),
    Buffer.from(token).toString('base64')
  ]
  return [...new Set(forms)]
}

/**
 * Registers every form of `token` as a secret (runner.setSecret in the action),
 * so the runner masks it in all later log lines. Call it before the token is
 * used for anything else.
 */
export function maskToken(token: string, setSecret: (secret: string) => void): void {
  for (const form of tokenForms(token)) setSecret(form)
}
