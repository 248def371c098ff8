import { describe, expect, it } from '@jest/globals'
import { startPropagationWait } from '../../src/provisioning/propagation.js'

/** A fake clock: sleep advances it, so no test waits. */
function clock() {
  let time = 1_000_000
  const slept: number[] = []
  return {
    now: () => time,
    sleep: async (ms: number) => {
      slept.push(ms)
      time += ms
    },
    slept,
    advance: (ms: number) => (time += ms)
  }
}

const denied = new Error(
  'User: arn:aws:sts::1:assumed-role/r/s is not authorized to perform: sts:GetServiceBearerToken on resource: *'
)

describe('startPropagationWait', () => {
  it('retries a pending failure with growing delays, logs progress, and returns the success', async () => {
    const time = clock()
    const lines: string[] = []
    const wait = startPropagationWait({ timeoutMs: 120_000, log: (l) => lines.push(l), ...time })
    let calls = 0
    const result = await wait.retry(
      'the token request',
      async () => {
        calls++
        if (calls < 4) throw denied
        return 'token'
      },
      (error) => error === denied
    )
    expect(result).toBe('token')
    expect(time.slept).toEqual([2000, 4000, 8000])
    expect(lines).toEqual([
      'Waiting for IAM to propagate the change: the token request is still denied (attempt 1, 0 s of 120 s); next try in 2 s.',
      'Waiting for IAM to propagate the change: the token request is still denied (attempt 2, 2 s of 120 s); next try in 4 s.',
      'Waiting for IAM to propagate the change: the token request is still denied (attempt 3, 6 s of 120 s); next try in 8 s.',
      'IAM propagated the change: the token request succeeded on attempt 4, 14 s after the change.'
    ])
  })

  it('shares one deadline between steps and gives up with the last error and a hint', async () => {
    const time = clock()
    const wait = startPropagationWait({ timeoutMs: 20_000, log: () => undefined, ...time })
    await wait.retry(
      'the permission check',
      async () => {
        if (time.now() < 1_006_000) throw denied
        return true
      },
      () => true
    )
    expect(time.slept).toEqual([2000, 4000])
    const failing = wait.retry(
      'the token request',
      async () => {
        throw denied
      },
      () => true
    )
    await expect(failing).rejects.toThrow(denied.message)
    await expect(failing).rejects.toThrow(
      'IAM had not propagated the provisioning change after 20 s (propagation-timeout 20 s)'
    )
    // 8 s, then cut to the 6 s left: the budget is never overrun.
    expect(time.slept).toEqual([2000, 4000, 8000, 6000])
  })

  it('throws other errors at once', async () => {
    const time = clock()
    const wait = startPropagationWait({ timeoutMs: 60_000, log: () => undefined, ...time })
    const other = new Error('ServiceUnavailable')
    await expect(
      wait.retry(
        'the token request',
        async () => {
          throw other
        },
        (error) => error === denied
      )
    ).rejects.toBe(other)
    expect(time.slept).toEqual([])
  })

  it('repeats the last delay', async () => {
    const time = clock()
    const wait = startPropagationWait({
      timeoutMs: 100_000,
      delaysMs: [1000, 5000],
      log: () => undefined,
      ...time
    })
    let calls = 0
    await wait.retry(
      'x',
      async () => {
        if (++calls < 5) throw denied
      },
      () => true
    )
    expect(time.slept).toEqual([1000, 5000, 5000, 5000])
  })
})
