/** Types for ascii-bundle.mjs (the bundle's characters outside ASCII as JavaScript escapes). */
/**
 * `source` with every character outside ASCII escaped (`\uXXXX`, astral ones as a pair).
 * @throws Error when such a character lies in a tagged template, or `source` is no ES module
 */
export declare function asciiSource(source: string, name?: string): string
/** Rewrites every .js file of `folders`; returns how many changed. */
export declare function asciiBundles(folders: string[]): number
