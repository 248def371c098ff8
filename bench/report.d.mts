// Types for report.mjs: the bench report as markdown. The report is the JSON bench/run.mjs
// writes; these functions read only the fields they print, so they take it loosely typed.
import type { TargetResult } from './stats.mjs'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Report = any

/** One latency's table: a row per variant. */
export declare function variantTable(latency: Report, clis: { id: string }[]): string
/** One latency's reference rows: the CLIs and the floor. */
export declare function referenceTable(
  latency: Report,
  clis: { id: string; version: string }[]
): string
/** `domain-owner` given ÷ not given, per clients × check and latency; empty when unmeasured. */
export declare function domainOwnerTable(latencies: Report[]): string
/** The verdict on the targets. */
export declare function targetsTable(targets: TargetResult[]): string
/** The generated part of README § Performance. */
export declare function performanceMarkdown(report: Report): string
