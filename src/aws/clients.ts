import { USER_AGENT } from '../action-contract.js'

/** Debug logger for one AWS call: operation name and its duration in milliseconds. */
export type CallLogger = (line: string) => void

/**
 * Settings shared by every SDK client. Endpoints are not set here: the SDK
 * reads `AWS_ENDPOINT_URL_<SERVICE>` itself, which is how tests point the real
 * bundle at local servers.
 *
 * Retries use the SDK's standard mode: throttling (429, ThrottlingException)
 * and 5xx answers are retried with jittered backoff, at most `maxAttempts`
 * times in all (https://docs.aws.amazon.com/sdkref/latest/guide/feature-retry-behavior.html).
 */
export function clientConfig(region: string): {
  region: string
  customUserAgent: string
  maxAttempts: number
  retryMode: string
} {
  return { region, customUserAgent: USER_AGENT, maxAttempts: 4, retryMode: 'standard' }
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
 * `log` (runner.debug in the action). Returns the same client.
 */
export function logCalls<T>(client: T, log: CallLogger): T {
  ;(client as unknown as MiddlewareClient).middlewareStack.add(
    (next, context) => async (args) => {
      const started = Date.now()
      let outcome = 'ok'
      try {
        return await next(args)
      } catch (error) {
        outcome = error instanceof Error ? error.name : 'error'
        throw error
      } finally {
        const service = (context.clientName ?? '').replace(/Client$/, '')
        log(`AWS ${service}.${context.commandName} ${Date.now() - started} ms (${outcome})`)
      }
    },
    { step: 'initialize', name: 'codeartifactSetupCallLog' }
  )
  return client
}
