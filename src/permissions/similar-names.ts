import type { IAMClient } from '@aws-sdk/client-iam'
import type { AccessDeniedText } from '../aws/errors.js'
import { evaluateIdentityPolicies, parsePolicyDocument } from './evaluator.js'
import { readIdentityPolicies, type IamEntity } from './principal-policies.js'

/*
 * "Did you mean …": AWS refuses a domain or repository its policies do not name before it looks
 * the name up, so a misspelled input reads as a missing permission. The identity policies say
 * which names the principal may use; a similar one is the likely intent. Loaded with the check
 * (the IAM client), only on the failure path.
 */

/** The edit distance of two names (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
      }
    }
  }
  return d[a.length][b.length]
}

/** Whether `candidate` looks like a misspelling of `given` (or the other way round). */
function similar(given: string, candidate: string): boolean {
  if (given === candidate) return false
  if (given.toLowerCase() === candidate.toLowerCase()) return true
  return distance(given, candidate) <= Math.max(2, Math.floor(given.length / 4))
}

const NAMED_RESOURCE = /^(arn:[^:]+:codeartifact:[^:]*:[0-9]{12}:)(domain|repository)\/(.+)$/

/**
 * For a refused codeartifact action on a domain or repository the identity policies do not name:
 * the similar names they do allow it on ("did you mean …"), read from the identity policies.
 * Needs the policy reads (iam:ListRolePolicies …); returns nothing when they are denied.
 *
 * @returns the other names the identity policies allow the action on, most similar first
 */
export async function similarNames(
  iam: IAMClient,
  entity: IamEntity,
  denied: AccessDeniedText
): Promise<{ kind: 'domain' | 'repository'; given: string; names: string[] } | undefined> {
  const match = denied.resource ? NAMED_RESOURCE.exec(denied.resource) : null
  if (!match) return undefined
  const [, prefix, kind, path] = match
  let policies
  try {
    policies = await readIdentityPolicies(iam, entity)
  } catch {
    return undefined
  }
  const given = kind === 'domain' ? path : path.slice(path.indexOf('/') + 1)
  const candidates = new Set<string>()
  for (const source of policies.identity) {
    let statements
    try {
      statements = parsePolicyDocument(source.document).statements
    } catch {
      continue
    }
    for (const statement of statements) {
      if (statement.effect !== 'Allow' || statement.resource.element !== 'Resource') continue
      for (const pattern of statement.resource.patterns) {
        const found = NAMED_RESOURCE.exec(pattern)
        if (!found || found[2] !== kind || /[*?]/.test(found[3])) continue
        const name = kind === 'domain' ? found[3] : found[3].slice(found[3].indexOf('/') + 1)
        if (kind === 'repository' && !found[3].startsWith(`${path.split('/')[0]}/`)) continue
        if (similar(given, name)) candidates.add(name)
      }
    }
  }
  const allowed = [...candidates].filter(
    (name) =>
      evaluateIdentityPolicies(
        {
          action: denied.action,
          resource: `${prefix}${kind}/${kind === 'domain' ? name : `${path.split('/')[0]}/${name}`}`,
          context: {}
        },
        { identity: policies.identity }
      ).decision === 'allowed'
  )
  if (allowed.length === 0) return undefined
  allowed.sort((a, b) => distance(given, a) - distance(given, b))
  return { kind: kind as 'domain' | 'repository', given, names: allowed }
}
