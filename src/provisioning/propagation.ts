/**
 * Waiting for IAM to propagate a change. IAM is eventually consistent: "it may take a few minutes
 * for policy updates to take effect", and reading a policy back does not prove it is enforced
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
 * So after a change, the permission check and the token request are retried with backoff until
 * they succeed or `propagation-timeout` runs out. Terraform's AWS provider waits up to 2 minutes
 * (internal/service/iam/wait.go). Inputs give seconds; everything here is in milliseconds.
 */

/** Delays between attempts, milliseconds; the last one repeats. */
export const DEFAULT_DELAYS_MS = [2000, 4000, 8000, 16000, 30000]

/** How to wait. */
export interface PropagationOptions {
  /** The whole budget, milliseconds, counted from when the wait is created. */
  timeoutMs: number
  /** Delays between attempts, milliseconds; the last repeats. Default {@link DEFAULT_DELAYS_MS}. */
  delaysMs?: number[]
  /** Progress lines (runner.info in the action). */
  log: (line: string) => void
  /** Waits `ms` milliseconds; injectable for tests. Default: setTimeout. */
  sleep?: (ms: number) => Promise<void>
  /** The current time, epoch milliseconds; injectable for tests. Default: Date.now. */
  now?: () => number
}

/** A wait with one deadline, shared by every step that retries against it. */
export interface PropagationWait {
  /**
   * Runs `attempt`; while it fails with an error for which `isPending` is true and time is left,
   * logs progress, sleeps the next backoff delay (cut to the time left) and tries again.
   *
   * @param what names the attempt in the log, e.g. `the permission check`
   * @returns what `attempt` returned
   * @throws the error of the last attempt, with a sentence on the timeout added when the
   *   deadline passed while it was still pending; other errors at once
   */
  retry<T>(
    what: string,
    attempt: () => Promise<T>,
    isPending: (error: unknown) => boolean
  ): Promise<T>
}

function seconds(ms: number): string {
  return `${Math.round(ms / 1000)} s`
}

/**
 * Starts the wait: the deadline is `timeoutMs` milliseconds from now.
 */
export function startPropagationWait(options: PropagationOptions): PropagationWait {
  const now = options.now ?? Date.now
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS
  const started = now()
  const deadline = started + options.timeoutMs
  let delayIndex = 0
  return {
    async retry(what, attempt, isPending) {
      for (let tries = 1; ; tries++) {
        try {
          const result = await attempt()
          if (tries > 1) {
            options.log(
              `IAM propagated the change: ${what} succeeded on attempt ${tries}, ${seconds(now() - started)} after the change.`
            )
          }
          return result
        } catch (error) {
          const left = deadline - now()
          if (!isPending(error)) throw error
          if (left <= 0) {
            const message = error instanceof Error ? error.message : String(error)
            throw new Error(
              `${message}\nIAM had not propagated the provisioning change after ${seconds(now() - started)} (propagation-timeout ${seconds(options.timeoutMs)}); it usually takes seconds, sometimes minutes. Re-run the job, or raise propagation-timeout.`,
              { cause: error }
            )
          }
          const delay = Math.min(delays[Math.min(delayIndex, delays.length - 1)], left)
          delayIndex++
          options.log(
            `Waiting for IAM to propagate the change: ${what} is still denied (attempt ${tries}, ${seconds(now() - started)} of ${seconds(options.timeoutMs)}); next try in ${seconds(delay)}.`
          )
          await sleep(delay)
        }
      }
    }
  }
}
