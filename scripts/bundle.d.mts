/** Types for bundle.mjs (ncc, with the AWS SDK bundled from its ES modules). */
/** SDK packages npm installed below another package; their folders, relative to `root`. */
export declare function nestedSdkCopies(root?: string): string[]
/**
 * tsconfig `paths` sending each SDK package (and each subpath it exports) to its ES module build.
 * @throws Error naming the copies when npm installed an SDK package twice
 */
export declare function sdkEsModulePaths(root?: string): Record<string, [string]>
/** Bundles `entry` into `outDir` with ncc, SDK packages from their ES modules (not minified). */
export declare function bundle(
  entry: string,
  outDir: string,
  options?: { root?: string; quiet?: boolean }
): void
