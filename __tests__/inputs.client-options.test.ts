import { describe, expect, it } from '@jest/globals'
import { readInputs } from '../src/inputs.js'
import { InputError } from '../src/input-error.js'

const valid = { domain: 'my-domain', repository: 'my-repo', tools: 'pip', region: 'us-east-1' }

function read(values: Record<string, string>) {
  return readInputs((name) => ({ ...valid, ...values })[name] ?? '', {})
}

function errorFor(values: Record<string, string>): InputError {
  try {
    read(values)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('inputs.ts: client options', () => {
  it('defaults pip-index-mode to index and the poetry and uv names to codeartifact', () => {
    expect(read({})).toEqual(
      expect.objectContaining({
        pipIndexMode: 'index',
        poetrySource: 'codeartifact',
        uvIndex: 'codeartifact'
      })
    )
  })

  it('accepts extra-index (any case) and client names with dots, dashes and underscores', () => {
    expect(
      read({
        'pip-index-mode': 'Extra-Index',
        'poetry-source': 'corp.pypi',
        'uv-index': 'my_idx-2'
      })
    ).toEqual(
      expect.objectContaining({
        pipIndexMode: 'extra-index',
        poetrySource: 'corp.pypi',
        uvIndex: 'my_idx-2'
      })
    )
  })

  it('rejects other values, naming the input and what is allowed', () => {
    const mode = errorFor({ 'pip-index-mode': 'extra' })
    expect(mode.message).toContain('pip-index-mode')
    expect(mode.message).toContain('index, extra-index')
    const source = errorFor({ 'poetry-source': 'my source' })
    expect(source.message).toContain('poetry-source')
    expect(source.message).toContain("'.', '_' or '-'")
    expect(errorFor({ 'uv-index': '-x' }).message).toContain('uv-index')
  })
})
