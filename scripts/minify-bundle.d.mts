/** Types for minify-bundle.mjs (the bundle minified as ncc minifies, its modules in parentheses). */
/** What ncc's `--minify` passes to terser. */
export declare const NCC_TERSER_OPTIONS: {
  readonly module: true
  readonly compress: false
  readonly mangle: { keep_classnames: true; keep_fnames: true }
}
/** `source` with each module of its webpack module tables in parentheses. */
export declare function parenthesizedModules(source: string): string
/**
 * `source` (one ES module of the bundle) minified as ncc minifies, its modules in parentheses.
 * @throws Error naming the file when terser cannot parse it
 */
export declare function minifiedModule(source: string, name?: string): Promise<string>
/** Minifies every .js and .mjs file of `folders` in place; returns the files rewritten. */
export declare function minifyBundles(folders: string[]): Promise<string[]>
