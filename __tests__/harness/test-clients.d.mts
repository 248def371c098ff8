/** Types for test-clients.mjs: where the e2e tests' package clients live. */

/** The script that installs every test client; named by every "missing" error. */
export declare const INSTALL_SCRIPT: string
/** Where the install script puts the clients (`.test-clients/`, git-ignored). */
export declare const TEST_CLIENTS_DIR: string

/** A client that is not installed: the message names the install script. */
export declare class MissingClientError extends Error {
  constructor(client: string, file: string)
}

/** How to run a client: `command` with `args`, to which the client's own arguments are appended. */
export interface ClientCommand {
  command: string
  args: string[]
}

/** The version scripts/test-clients/package.json pins for an npm alias (`npm-10` → `10.9.9`). */
export declare function pinnedVersion(alias: string): string
/** The Node 24 binary the action runs on; throws MissingClientError when there is none. */
export declare function actionNode(): string
/** A JavaScript client (`npm-10`, `pnpm-9`, `corepack` …) run by the action's Node 24. */
export declare function nodeClient(alias: string): ClientCommand
/** The bun binary of one release line (`1.2`, `1.3`, `1.4`). */
export declare function bunBinary(line: string): string
/** COREPACK_HOME holding every Yarn the tests run through corepack. */
export declare function corepackHome(): string
/** An executable of one Python client set (`newest`, `poetry-1.2` …). */
export declare function pythonClient(set: string, executable: string): string
/** The corepack spec of a pinned Yarn (`1` → `yarn@1.22.22+sha512.…`): a project's `packageManager`. */
export declare function corepackYarn(major: number): string
/** The version a Python client set pins for a package (`newest`, `poetry` → `2.5.1`). */
export declare function pythonPinned(set: string, pkg: string): string
/** The seeded local Maven repository of the plugins the JVM tests run; throws MissingClientError when absent. */
export declare function mavenPluginRepository(): string
