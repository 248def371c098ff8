// Types for stats.mjs (pure helpers of bench/run.mjs).

export interface Summary {
  n: number
  median: number
  p25: number
  p75: number
  min: number
  max: number
}

export interface BenchOptions {
  runs: number
  latencies: number[]
  clients: string[]
  check: string[]
  owner: string[]
  baseline: boolean
  cli: boolean
  seed: number | null
  out: string | null
  dist: string | null
  baselineDir: string | null
  /** Write a V8 CPU profile of every measured step into this folder. */
  profile: string | null
}

export interface TargetResult {
  target: string
  value: string
  /** null: not measured in this run. */
  met: boolean | null
}

/** The parts of a bench report the targets are judged on. */
export interface JudgedReport {
  latencies: {
    latencyMs: number
    variants: {
      id: string
      clients: string
      vsBaseline: Pick<Summary, 'median'> | null
      firstRequestVsFloor: Pick<Summary, 'median'> | null
    }[]
    comparisons: { consumerAutoVsOff: Pick<Summary, 'median'> | null }
  }[]
}

/** The q-quantile (0–1), linear interpolation between closest ranks; NaN when empty. */
export declare function quantile(samples: number[], q: number): number
/** Median, quartiles and range. */
export declare function summarize(samples: number[]): Summary
/** Per-round ratios a[i] / b[i], summarized; rounds missing either are left out; null when none. */
export declare function pairedRatio(
  a: Array<number | null>,
  b: Array<number | null>
): Summary | null
/** `a / b` to two decimals; null when either is missing or `b` is 0. */
export declare function ratio(
  a: number | null | undefined,
  b: number | null | undefined
): number | null
/** Milliseconds as table text; `–` when missing. */
export declare function formatMs(ms: number | null | undefined): string
/** `0.82× (0.79–0.85)`: median and interquartile range; `–` when missing. */
export declare function formatRatio(
  r: Pick<Summary, 'median' | 'p25' | 'p75'> | null | undefined
): string
/** The most frequent value (ties: the largest); null when empty. */
export declare function mode(values: number[]): number | null
/** Operations in first-seen order, repeats counted (`GetRepositoryEndpoint ×2`). */
export declare function countOperations(operations: string[]): string
/** mulberry32: uniform in [0, 1), the same sequence for the same seed. */
export declare function seededRandom(seed: number): () => number
/** A shuffled copy (Fisher–Yates). */
export declare function shuffled<T>(items: T[], random: () => number): T[]
/** The bench's flags, for error messages. */
export declare const USAGE: string
/** Parses the bench's command line. @throws Error on an unknown flag, a bad number or choice */
export declare function parseArgs(argv: string[]): BenchOptions
/** The README's basic consumer's variant id. */
export declare const README_CONSUMER: string
/** The targets of issues #14 and #11. */
export declare function judgeTargets(report: JudgedReport): TargetResult[]
