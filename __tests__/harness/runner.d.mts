/** Types for runner.mjs; tests import them through action-runner.ts. */

/** The repository root (where dist/ lives). */
export declare const REPO_ROOT: string

/** A simulated job: one HOME, RUNNER_TEMP and workspace shared by its steps. */
export interface Job {
  root: string
  home: string
  runnerTemp: string
  workspace: string
  /** Env every step of the job sees (AWS credentials, endpoints …); GITHUB_ENV adds to it. */
  env: Record<string, string>
  /** Everything exported through GITHUB_ENV so far. */
  exported: Record<string, string>
  /** State saved by the main step (what the runner hands the post step as STATE_*). */
  state: Record<string, string>
  /** Whether steps run as `nobody` when the tests run as root (file modes enforced). */
  unprivileged: boolean
}

/** What one step did. */
export interface StepResult {
  code: number | null
  stdout: string
  stderr: string
  /** Parsed GITHUB_OUTPUT of this step. */
  outputs: Record<string, string>
  /** Parsed GITHUB_ENV of this step. */
  exportedEnv: Record<string, string>
  /** Parsed GITHUB_STATE of this step. */
  savedState: Record<string, string>
  /** What the step wrote to GITHUB_STEP_SUMMARY (markdown/HTML). */
  summary: string
  /** Raw file texts, for leak checks. */
  raw: { output: string; env: string; state: string }
}

/** Creates a job folder tree under the OS temp dir (or `root` when given). */
export declare function createJob(
  env?: Record<string, string>,
  root?: string,
  options?: { unprivileged?: boolean }
): Job
/** Parses the runner's file-command format (`name<<DELIM\nvalue\nDELIM` or `name=value`). */
export declare function parseFileCommands(text: string): Record<string, string>
/** Runs `dist/main/index.js` with `inputs`; records exported env and saved state on the job. */
export declare function runMain(job: Job, inputs: Record<string, string>): Promise<StepResult>
/** Runs `dist/post/index.js` with the main step's inputs and saved state (`STATE_<name>`). */
export declare function runPost(job: Job, inputs?: Record<string, string>): Promise<StepResult>
/** The env a later step of the job sees: job env plus everything exported so far. */
export declare function stepEnv(job: Job, extra?: Record<string, string>): Record<string, string>
/** Every regular file under `dir`, recursively, as absolute paths. */
export declare function listFiles(dir: string): string[]
