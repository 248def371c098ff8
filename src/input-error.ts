/**
 * A problem with one of the action's inputs. The message always names the
 * input and says what is allowed; main.ts reports it before any AWS call.
 */
export class InputError extends Error {
  /** @param input the input's name as declared in action.yml, e.g. `duration-seconds` */
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'InputError'
  }
}
