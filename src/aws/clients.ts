import { USER_AGENT } from '../action-contract.js'
import {
  BoundedHttpHandler,
  BudgetedRetryStrategy,
  MAX_ATTEMPTS,
  isTimeLimitFailure,
  remainingBudgetMs,
  stepBudget
} from './call-budget.js'

/** Debug logger for one AWS call: operation name and its duration in milliseconds. */
export type CallLogger = (line: string) => void

/**
 * Settings shared by every SDK client. Endpoints are not set here: the SDK
 * reads `AWS_ENDPOINT_URL_<SERVICE>` itself, which is how tests point the real
 * bundle at local servers.
 *
 * Retries use the SDK's standard mode: throttling (429, ThrottlingException),
 * 5xx answers and timeouts are retried with jittered backoff, at most
 * `maxAttempts` times in all (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html),
 * and never once the step's time budget is spent. Every attempt has a
 * connection timeout and a deadline for the whole answer (call-budget.ts).
 * The credential providers' own STS calls inherit the request handler.
 */
export function clientConfig(region: string): {
  region: string
  customUserAgent: string
  maxAttempts: number
  retryMode: string
  retryStrategy: BudgetedRetryStrategy
  requestHandler: BoundedHttpHandler
} {
  return {
    region,
    customUserAgent: USER_AGENT,
    maxAttempts: MAX_ATTEMPTS,
    retryMode: 'standard',
    retryStrategy: new BudgetedRetryStrategy(),
    requestHandler: new BoundedHttpHandler()
  }
}

interface MiddlewareClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>,
        context: { commandName?: string; clientName?: string }
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; name: string }
    ): void
  }
}

/**
 * Logs every call the client makes — `<Client>.<Command> <n> ms` — through
 * `log` (runner.debug in the action), and names the call in the message of a
 * failure that the time limits caused (an attempt timeout, or the step's
 * budget: see call-budget.ts), e.g. `CodeArtifact.GetAuthorizationToken got
 * no complete answer …`. Returns the same client.
 */
export function logCalls<T>(client: T, log: CallLogger): T {
  ;(client as unknown as MiddlewareClient).middlewareStack.add(
    (next, context) => async (args) => {
      const started = Date.now()
      const service = (context.clientName ?? '').replace(/Client$/, '')
      let outcome = 'ok'
      try {
        return await next(args)
      } catch (error) {
        outcome = error instanceof Error ? error.name : 'error'
        if (isTimeLimitFailure(error)) {
          nameTimeLimitFailure(error as Error, callName(service, context.commandName ?? ''))
        }
        throw error
      } finally {
        log(`AWS ${service}.${context.commandName} ${Date.now() - started} ms (${outcome})`)
      }
    },
    { step: 'initialize', name: 'codeartifactSetupCallLog' }
  )
  return client
}

/** `CodeArtifact.GetAuthorizationToken` from the SDK's `Codeartifact` and `GetAuthorizationTokenCommand`. */
function callName(service: string, command: string): string {
  const names: Record<string, string> = { Codeartifact: 'CodeArtifact' }
  return `${names[service] ?? service}.${command.replace(/Command$/, '')}`
}

/**
 * Rewrites the message of a call that ran into the time limits so that it
 * names the call, its attempts and what to do; a failure that the budget cut
 * off is renamed `StepBudgetSpent` (not retried, nothing else to classify).
 */
function nameTimeLimitFailure(error: Error, call: string): void {
  const attempts = (error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1
  const tries = `${attempts} attempt${attempts === 1 ? '' : 's'}`
  // The SDK's advice to read `$response` means nothing in a log.
  const last = error.message
    .replace(/\s*Deserialization error:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim()
  if (remainingBudgetMs() <= 0 || error.name === 'StepBudgetSpent') {
    const cut = error.name === 'StepBudgetSpent' ? '' : `; the last one failed: ${last}`
    error.name = 'StepBudgetSpent'
    error.message = `${call} did not finish within the step's time budget of ${stepBudget() ?? '?'} s (${tries}${cut}). Check the runner's network and proxy for AWS, or raise timeout-seconds.`
  } else {
    error.message = `${call} got no complete answer in time (${tries} of at most ${MAX_ATTEMPTS}; the last one: ${last})`
  }
  // The message says how many attempts there were.
  const metadata = (error as { $metadata?: { attempts?: number } }).$metadata
  if (metadata) delete metadata.attempts
}
