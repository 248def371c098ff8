/**
 * The main step's phases: a failure names the phase it stopped, and work started early to
 * overlap with a phase is waited for before the step ends.
 */
import { errorMessage } from './aws/errors.js'

/** A phase's failure: the error, and which phase it stopped. */
class PhaseFailure extends Error {
  constructor(
    readonly phase: string,
    cause: unknown
  ) {
    super(errorMessage(cause), { cause })
  }
}

/**
 * Runs one phase (`name`: what the job summary says failed, e.g. `identify the principal`) and
 * returns what `body` returns. A failure is rethrown naming the innermost phase, when phases nest.
 */
export async function phase<T>(name: string, body: () => T | Promise<T>): Promise<T> {
  try {
    return await body()
  } catch (error) {
    throw error instanceof PhaseFailure ? error : new PhaseFailure(name, error)
  }
}

/**
 * What the job summary says of an error thrown through {@link phase}: the phase it stopped (else
 * `set up CodeArtifact`) and its message.
 */
export function failureOf(error: unknown): { step: string; message: string } {
  let step = 'set up CodeArtifact'
  for (let e = error; e instanceof Error; e = e.cause) {
    if (e instanceof PhaseFailure) {
      step = e.phase
      break
    }
  }
  return { step, message: errorMessage(error) }
}

/** What {@link settleLater} started and nothing has waited for yet. */
const background: Promise<unknown>[] = []

/**
 * `promise`, started now to overlap with other work: a rejection before it is awaited is not
 * unhandled, and {@link backgroundSettled} waits for it.
 */
export function settleLater<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  background.push(promise)
  return promise
}

/** Resolves once everything {@link settleLater} started has settled (nothing outlives the step). */
export async function backgroundSettled(): Promise<void> {
  while (background.length > 0) await Promise.allSettled(background.splice(0))
}
