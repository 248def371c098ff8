/**
 * Runs the bundled action exactly as the GitHub runner does: `node
 * dist/main/index.js`, then `node dist/post/index.js`, with INPUT_* variables,
 * GITHUB_ENV / GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files,
 * RUNNER_TEMP, a workspace and HOME in a temporary folder. Between steps, the
 * env the main step exported is applied, as the runner applies GITHUB_ENV to
 * later steps.
 *
 * The implementation is runner.mjs (plain Node, shared with scripts/demo.mjs
 * and scripts/render-summary.mjs); this module is its typed face for tests.
 */
export {
  REPO_ROOT,
  createJob,
  listFiles,
  parseFileCommands,
  runMain,
  runPost,
  stepEnv
} from './runner.mjs'
export type { Job, StepResult } from './runner.mjs'
