/** Types for bundle.mjs (ncc, with the AWS SDK bundled from its ES modules). */
/** SDK packages npm installed below another package; their folders, relative to `root`. */
export declare function nestedSdkCopies(root?: string): string[]
/**
 * tsconfig `paths` sending each SDK package (and each subpath it exports) to its ES module build.
 * @throws Error naming the copies when npm installed an SDK package twice
 */
export declare function sdkEsModulePaths(root?: string): Record<string, [string]>
/** The SDK modules a build took from a CommonJS build, from ncc's webpack stats. */
export declare function sdkCommonJsModules(stats: {
  modules?: Array<{ name?: string; modules?: Array<{ name?: string }> }>
}): string[]
/** The package folders a build bundled (relative to the project), from ncc's webpack stats. */
export declare function bundledPackageFolders(stats: {
  modules?: Array<{ name?: string; modules?: Array<{ name?: string }> }>
}): string[]
/** licenses.txt for the packages in `folders`: name, license, license text and NOTICE; sorted. */
export declare function licensesText(root: string, folders: string[]): string
/**
 * Bundles `entry` into `outDir` with ncc, SDK packages from their ES modules (not minified).
 * @throws Error when ncc fails, or took an SDK module from its CommonJS build
 */
export declare function bundle(
  entry: string,
  outDir: string,
  options?: { root?: string; quiet?: boolean }
): void
