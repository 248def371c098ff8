import {
  CLIENT_OPTIONS,
  CLIENTS,
  TOOL_NAMES,
  type ClientOptionName,
  type ClientOptionValues,
  type ToolName
} from './catalog.js'
import type { ClientDescriptor } from './descriptor.js'

/**
 * Client options the user set that no configured client reads, e.g.
 * `npm-scopes` with only `pip`: each becomes a warning, since the user
 * likely meant a client that is not in the list. An option counts as set
 * when its value differs from its default's; the clients that read it are
 * the descriptors that list it (tools/catalog.ts).
 *
 * @param options the parsed client options (ActionInputs holds them)
 * @param tools the clients being configured, over all repositories
 * @returns one sentence per unused option, naming the clients that would read it
 */
export function unusedClientOptions(options: ClientOptionValues, tools: ToolName[]): string[] {
  return (Object.keys(CLIENT_OPTIONS) as ClientOptionName[]).flatMap((name) => {
    const option = CLIENT_OPTIONS[name]
    const readers = TOOL_NAMES.filter((tool) =>
      (CLIENTS[tool] as ClientDescriptor<ClientOptionName>).options.includes(name)
    )
    if (sameOptionValue(options[name], option.parse(option.default))) return []
    if (readers.some((tool) => tools.includes(tool))) return []
    return [
      `Input '${option.input}' has no effect: ${readers.length === 1 ? `only ${readers[0]} reads it, and it is not configured` : `only ${readers.join(', ')} read it, and none of them is configured`}.`
    ]
  })
}

/**
 * Whether two parsed client option values are equal. The values are strings, booleans,
 * `undefined`, or lists of strings (CLIENT_OPTIONS' parsers); lists are equal item by item.
 */
function sameOptionValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => item === b[index])
  }
  return a === b
}
