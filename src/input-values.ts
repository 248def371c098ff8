import { InputError } from './input-error.js'

/**
 * Value parsers shared by inputs.ts and the client options of the descriptors
 * (tools/catalog.ts). Each error names the input and says what is allowed.
 */

/** Splits a comma- or newline-separated list, dropping blanks. */
export function splitList(raw: string): string[] {
  return raw
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/**
 * One of `choices`, matched without regard to case.
 *
 * @param raw the trimmed input value
 * @throws InputError naming `input` and listing `choices`
 */
export function parseChoice<T extends string>(
  input: string,
  raw: string,
  choices: readonly T[]
): T {
  const choice = choices.find((known) => known === raw.toLowerCase())
  if (choice === undefined) {
    throw new InputError(input, `'${raw}' is not allowed: use ${choices.join(', ')}.`)
  }
  return choice
}
