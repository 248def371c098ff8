/** src/step-phases.ts: the phase a failure names, and work started early that the step waits for. */
import { describe, expect, it } from '@jest/globals'
import { backgroundSettled, failureOf, phase, settleLater } from '../src/step-phases.js'

describe('phase and failureOf', () => {
  it('returns what the body returns', async () => {
    await expect(phase('read the inputs', () => 42)).resolves.toBe(42)
    await expect(phase('read the inputs', async () => 'x')).resolves.toBe('x')
  })

  it('names the phase that failed, and keeps the error message', async () => {
    const error = await phase('identify the principal', () => {
      throw new Error('ExpiredToken: the security token is expired')
    }).catch((e: unknown) => e)
    expect(failureOf(error)).toEqual({
      step: 'identify the principal',
      message: 'ExpiredToken: the security token is expired'
    })
    expect((error as Error).cause).toBeInstanceOf(Error)
  })

  it('names the innermost phase when phases nest', async () => {
    const error = await phase('check the permissions', () =>
      phase('get the authorization token', () => Promise.reject(new Error('AccessDenied')))
    ).catch((e: unknown) => e)
    expect(failureOf(error).step).toBe('get the authorization token')
  })

  it('an error from outside any phase is the set-up as a whole', () => {
    expect(failureOf(new Error('boom'))).toEqual({ step: 'set up CodeArtifact', message: 'boom' })
    expect(failureOf('a string').step).toBe('set up CodeArtifact')
  })
})

describe('settleLater and backgroundSettled', () => {
  it('a rejection nobody awaited is not unhandled, and the step waits for it', async () => {
    const unhandled: unknown[] = []
    const onUnhandled = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', onUnhandled)
    let finish: () => void = () => undefined
    let finished = false
    settleLater(Promise.reject(new Error('planner failed to load')))
    settleLater(
      new Promise<void>((resolve) => (finish = resolve)).then(() => {
        finished = true
      })
    )
    const waited = backgroundSettled()
    let settled = false
    void waited.then(() => (settled = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(settled).toBe(false)
    finish()
    await waited
    expect(finished).toBe(true)
    process.off('unhandledRejection', onUnhandled)
    expect(unhandled).toEqual([])
  })

  it('returns the same promise, so that it can be awaited where it is used', async () => {
    const loading = Promise.resolve('chunk')
    expect(settleLater(loading)).toBe(loading)
    await backgroundSettled()
  })
})
