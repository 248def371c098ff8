import { describe, expect, it, jest } from '@jest/globals'
import { maskToken, tokenForms } from '../src/token-masking.js'

describe('token-masking.ts', () => {
  it('masks the token, its URL-encoded form and its base64 Basic forms', () => {
    const setSecret = jest.fn<(secret: string) => void>()
    maskToken('a/b+c', setSecret)
    expect(setSecret.mock.calls.map(([secret]) => secret)).toEqual([
      'a/b+c',
      'a%2Fb%2Bc',
      Buffer.from('aws:a/b+c').toString('base64'),
      Buffer.from('a/b+c').toString('base64')
    ])
  })

  it('does not repeat identical forms', () => {
    expect(tokenForms('plain')).toHaveLength(3)
  })
})
