/**
 * Every wait on AWS is bounded. Each attempt of each call (STS, IAM,
 * CodeArtifact, and the STS calls of the SDK's credential providers, which
 * inherit the client's request handler) must connect within
 * CONNECT_TIMEOUT_MS and be answered in full within ATTEMPT_TIMEOUT_MS; the
 * SDK retries a timed-out attempt like any transient failure. Above that, the
 * whole step has a time budget (the `timeout-seconds` input, counted from the
 * step's start): no attempt and no retry starts once it is spent, an attempt
 * in flight is cut off when it runs out, and the call fails with a message
 * naming it (see `logCalls` in clients.ts).
 *
 * Why not the request handler's own timeouts alone: in @smithy/node-http-handler
 * 4.x, `requestTimeout` runs only until the response headers arrive, and
 * `socketTimeout` is an idle timeout that an answer trickling one byte every
 * few seconds keeps resetting; a trickled body was seen to hold a step for
 * hours. So each attempt gets an AbortSignal deadline that also ends the
 * body stream (https://github.com/smithy-lang/smithy-typescript, packages/node-http-handler).
 */
import { NodeHttpHandler } from '@smithy/node-http-handler'
import { StandardRetryStrategy } from '@smithy/core/retry'
import type {
  HttpHandlerOptions,
  RetryErrorInfo,
  RetryStrategyV2,
  StandardRetryToken
} from '@smithy/types'
import type { Readable } from 'node:stream'

/** How long an attempt may take to open its connection, milliseconds. */
export const CONNECT_TIMEOUT_MS = 10_000

/** How long an attempt may take from its start to the last byte of the answer, milliseconds. */
export const ATTEMPT_TIMEOUT_MS = 30_000

/** Attempts per call, the first included (the SDK's standard retry mode). */
export const MAX_ATTEMPTS = 4

/** The step's budget when `timeout-seconds` is not given, seconds (plus `propagation-timeout`). */
export const DEFAULT_STEP_BUDGET_SECONDS = 300

/** The budget: when it ends (epoch milliseconds) and how long it is (seconds), once started. */
let budget: { endsAt: number; seconds: number } | undefined

/**
 * Starts the step's time budget, counted from the start of the process (the
 * step), not from this call. The start is `Date.now()` less `process.uptime()`
 * (the same instant as `performance.timeOrigin`, within a millisecond; reading
 * `performance` first loads node's perf_hooks internals, 1–2 ms before the
 * first AWS request, issue #14).
 * @param seconds the budget, a whole number of seconds ≥ 1
 */
export function startStepBudget(seconds: number): void {
  const processStart = Date.now() - process.uptime() * 1000
  budget = { endsAt: processStart + seconds * 1000, seconds }
}

/**
 * The budget for the step when `timeout-seconds` is not given: 300 seconds,
 * plus the provisioning wait for IAM (`propagation-timeout`), which retries
 * calls for that long.
 * @param timeoutSeconds the `timeout-seconds` input, when given
 * @param propagationTimeoutSeconds 0 when the step does not provision
 */
export function stepBudgetSeconds(
  timeoutSeconds: number | undefined,
  propagationTimeoutSeconds: number
): number {
  return timeoutSeconds ?? DEFAULT_STEP_BUDGET_SECONDS + propagationTimeoutSeconds
}

/** Milliseconds left of the step's budget; Infinity before `startStepBudget`. */
export function remainingBudgetMs(): number {
  return budget === undefined ? Infinity : budget.endsAt - Date.now()
}

/**
 * The step's budget ran out. Not retried by the SDK: its name is neither a
 * transient nor a throttling error's, and it has no cause.
 */
export class StepBudgetSpent extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StepBudgetSpent'
  }
}

/** The step's budget in seconds, once started. */
export function stepBudget(): number | undefined {
  return budget?.seconds
}

function budgetSpent(): StepBudgetSpent {
  return new StepBudgetSpent(`the step's time budget of ${budget?.seconds ?? 0} s ran out`)
}

/** An attempt took longer than ATTEMPT_TIMEOUT_MS; named `TimeoutError`, so the SDK retries it. */
function attemptTimedOut(ms: number): Error {
  return Object.assign(
    new Error(`no complete answer within ${Number((ms / 1000).toFixed(1))} s (attempt timeout)`),
    { name: 'TimeoutError' }
  )
}

/**
 * The SDK's Node.js request handler with a connection timeout and, per
 * attempt, a deadline: ATTEMPT_TIMEOUT_MS or what is left of the step's
 * budget, whichever is shorter. At the deadline the request is aborted, or,
 * when the answer is already arriving, its body stream is ended with the
 * error, so a trickling answer cannot hold the step.
 */
export class BoundedHttpHandler extends NodeHttpHandler {
  private readonly attemptTimeoutMs: number

  /**
   * @param limits.connectTimeoutMs default CONNECT_TIMEOUT_MS
   * @param limits.attemptTimeoutMs default ATTEMPT_TIMEOUT_MS
   */
  constructor(limits: { connectTimeoutMs?: number; attemptTimeoutMs?: number } = {}) {
    super({ connectionTimeout: limits.connectTimeoutMs ?? CONNECT_TIMEOUT_MS })
    this.attemptTimeoutMs = limits.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS
  }

  override async handle(
    request: Parameters<NodeHttpHandler['handle']>[0],
    options: HttpHandlerOptions = {}
  ): ReturnType<NodeHttpHandler['handle']> {
    const left = remainingBudgetMs()
    if (left <= 0) throw budgetSpent()
    const limit = Math.min(this.attemptTimeoutMs, left)
    const controller = new AbortController()
    let body: Readable | undefined
    const timer = setTimeout(() => {
      const error = limit < this.attemptTimeoutMs ? budgetSpent() : attemptTimedOut(limit)
      body?.destroy(error)
      controller.abort(error)
    }, limit)
    // Only a live request needs the timer; it must not keep a finished step alive.
    timer.unref()
    const signal = options.abortSignal
      ? AbortSignal.any([options.abortSignal as AbortSignal, controller.signal])
      : controller.signal
    try {
      const result = await super.handle(request, { ...options, abortSignal: signal })
      body = result.response.body as Readable
      if (typeof body?.once !== 'function' || body.readableEnded || body.destroyed) {
        clearTimeout(timer)
      } else {
        const done = () => clearTimeout(timer)
        body.once('end', done)
        body.once('close', done)
        body.once('error', done)
      }
      return result
    } catch (error) {
      clearTimeout(timer)
      if (controller.signal.aborted) throw controller.signal.reason
      throw error
    }
  }
}

/**
 * The SDK's standard retry strategy (MAX_ATTEMPTS attempts, jittered
 * exponential backoff, retries of throttling and transient errors only),
 * except that no retry is made once the step's budget is spent, even when
 * its backoff would end after the budget.
 */
export class BudgetedRetryStrategy implements RetryStrategyV2 {
  private readonly standard = new StandardRetryStrategy(MAX_ATTEMPTS)
  readonly mode = 'standard'

  acquireInitialRetryToken(scope: string): Promise<StandardRetryToken> {
    if (remainingBudgetMs() <= 0) return Promise.reject(budgetSpent())
    return this.standard.acquireInitialRetryToken(scope)
  }

  async refreshRetryTokenForRetry(
    token: StandardRetryToken,
    info: RetryErrorInfo
  ): Promise<StandardRetryToken> {
    if (remainingBudgetMs() <= 0) throw budgetSpent()
    const next = await this.standard.refreshRetryTokenForRetry(token, info)
    if (remainingBudgetMs() <= 0) throw budgetSpent()
    return next
  }

  recordSuccess(token: StandardRetryToken): void {
    this.standard.recordSuccess(token)
  }

  maxAttempts(): Promise<number> {
    return Promise.resolve(MAX_ATTEMPTS)
  }
}

/**
 * Whether a failed call ran into the time limits: an attempt timeout, the
 * budget, or any failure other than AWS's answer to the request (4xx) once
 * the budget is spent (retries would have been cut off).
 */
export function isTimeLimitFailure(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  if (error.name === 'StepBudgetSpent' || error.name === 'TimeoutError') return true
  const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode
  const answered = status !== undefined && status < 500 && status !== 429
  return remainingBudgetMs() <= 0 && !answered
}
