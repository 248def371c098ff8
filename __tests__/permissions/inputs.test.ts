import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../../src/inputs.js'
import { InputError } from '../../src/input-error.js'

const base = { domain: 'acme', repository: 'libs', tools: 'npm', region: 'us-east-1' }
const read = (values: Record<string, string>) =>
  readInputs((name) => ({ ...base, ...values })[name as keyof typeof base] ?? '', {})

describe('permission inputs', () => {
  it('defaults to check-permissions auto, access read, no gate', () => {
    expect(read({})).toMatchObject({ checkPermissions: 'auto', access: 'read', checkOnly: false })
  })

  it('reads strict, off, publish and check-only, case-insensitively', () => {
    expect(
      read({ 'check-permissions': 'Strict', access: 'PUBLISH', 'check-only': 'true' })
    ).toMatchObject({
      checkPermissions: 'strict',
      access: 'publish',
      checkOnly: true
    })
    expect(read({ 'check-permissions': 'off' }).checkPermissions).toBe('off')
  })

  it.each([
    [
      { 'check-permissions': 'yes' },
      'check-permissions',
      "'yes' is not allowed: use auto, strict, off."
    ],
    [{ access: 'write' }, 'access', "'write' is not allowed: use read, publish."],
    [{ 'check-only': 'maybe' }, 'check-only', "'maybe' is not allowed: use true, false."],
    [
      { 'check-only': 'true', 'check-permissions': 'off' },
      'check-only',
      "is true, but check-permissions is off: gate mode needs the check; use check-permissions 'auto' or 'strict'."
    ]
  ])('rejects %j naming the input', (values, input, message) => {
    let thrown: unknown
    try {
      read(values)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(InputError)
    expect((thrown as Error).message).toContain(input)
    expect((thrown as Error).message).toContain(message)
  })
})
