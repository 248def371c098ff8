// Types for stats.mjs (pure helpers of bench/run.mjs).

export interface Summary {
  n: number
  median: number
  p25: number
  p75: number
  min: number
  max: number
}

export interface TableRow {
  label: string
  wallMs: Pick<Summary, 'median' | 'p25' | 'p75' | 'min' | 'max'>
  cpuMs?: number | null
  speedupVsCli?: number | null
  awsCalls: number | null
  peakRssKb: number | null
  firstRequestMs?: Pick<Summary, 'median'> | null
}

export interface TargetMeasurements {
  cliNpmThenPipMs: number
  actionNpmPipMs: number
  actionNpmMs: number
  actionAllMs: number
  callsWithoutValidation: { label: string; calls: number | null; formats: number }[]
  coldStartMs: number
  bareNodeMs: number
  /** Medians of CPU time, shown beside the wall-time ratios (wall time decides). */
  cpuMs?: { cliNpmThenPip: number; actionNpmPip: number; actionNpm: number; actionAll: number }
}

export interface TargetResult {
  target: string
  value: string
  met: boolean
}

export interface BenchOptions {
  runs: number
  latencyMs: number
  scenarios: string[] | null
  cli: boolean
  out: string | null
  dist: string | null
}

/** The q-quantile (0–1), linear interpolation between closest ranks; NaN when empty. */
export declare function quantile(samples: number[], q: number): number
/** Median, quartiles and range. */
export declare function summarize(samples: number[]): Summary
/** `a / b` to two decimals; null when either is missing or `b` is 0. */
export declare function ratio(
  a: number | null | undefined,
  b: number | null | undefined
): number | null
/** Milliseconds as table text; `–` when missing. */
export declare function formatMs(ms: number | null | undefined): string
/** The markdown table of one latency setting. */
export declare function markdownTable(rows: TableRow[]): string
/** The most frequent value (ties: the largest); null when empty. */
export declare function mode(values: number[]): number | null
/** Judges issue #7's targets. */
export declare function judgeTargets(measurements: TargetMeasurements): TargetResult[]
/** The targets as a markdown table. */
export declare function targetsTable(targets: TargetResult[]): string
/** Parses the bench's command line. @throws Error on an unknown flag or a bad number */
export declare function parseArgs(argv: string[]): BenchOptions
