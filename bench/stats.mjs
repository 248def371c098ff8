// Pure helpers for bench/run.mjs: summary statistics of timing samples, the markdown table and
// the targets of issue #7. No I/O here, so __tests__/bench/parse.test.ts can test it directly.

/**
 * The q-quantile of `samples` (0 ≤ q ≤ 1), linear interpolation between closest ranks
 * (the method of R's default type 7 and numpy's `linear`).
 * @param {number[]} samples
 * @param {number} q
 * @returns {number} NaN when `samples` is empty
 */
export function quantile(samples, q) {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, q))
  const below = Math.floor(position)
  const above = Math.ceil(position)
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below)
}

/**
 * Median, quartiles and range of `samples`.
 * @param {number[]} samples
 * @returns {{n: number, median: number, p25: number, p75: number, min: number, max: number}}
 */
export function summarize(samples) {
  return {
    n: samples.length,
    median: quantile(samples, 0.5),
    p25: quantile(samples, 0.25),
    p75: quantile(samples, 0.75),
    min: samples.length ? Math.min(...samples) : NaN,
    max: samples.length ? Math.max(...samples) : NaN
  }
}

/**
 * `a / b` rounded to two decimals; null when either is missing or `b` is 0.
 * @param {number | null | undefined} a
 * @param {number | null | undefined} b
 * @returns {number | null}
 */
export function ratio(a, b) {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null
  return Math.round((a / b) * 100) / 100
}

/**
 * Milliseconds as table text: whole numbers from 10 ms up, one decimal below.
 * @param {number | null | undefined} ms
 * @returns {string} `–` when missing
 */
export function formatMs(ms) {
  if (ms == null || !Number.isFinite(ms)) return '–'
  return ms >= 10 ? String(Math.round(ms)) : ms.toFixed(1)
}

/**
 * The markdown table of one latency setting's results. Each row: scenario, median wall time,
 * interquartile range and full range, median CPU time, the CLI's median divided by this one (how
 * many times faster), AWS API calls per run, peak RSS and the time to the first AWS request.
 * @param {Array<{
 *   label: string,
 *   wallMs: {median: number, p25: number, p75: number, min: number, max: number},
 *   cpuMs?: number | null,
 *   speedupVsCli?: number | null,
 *   awsCalls: number | null,
 *   peakRssKb: number | null,
 *   firstRequestMs?: {median: number} | null
 * }>} rows
 * @returns {string}
 */
export function markdownTable(rows) {
  const lines = [
    '| Scenario | Median ms | IQR ms | Min–max ms | CPU ms | CLI ÷ this | AWS calls | Peak RSS MB | First AWS request ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const row of rows) {
    const w = row.wallMs
    const speedup = row.speedupVsCli == null ? '–' : `${row.speedupVsCli.toFixed(2)}×`
    const rss = row.peakRssKb == null ? '–' : (row.peakRssKb / 1024).toFixed(0)
    lines.push(
      `| ${row.label} | ${formatMs(w.median)} | ${formatMs(w.p25)}–${formatMs(w.p75)} | ` +
        `${formatMs(w.min)}–${formatMs(w.max)} | ${formatMs(row.cpuMs)} | ${speedup} | ${row.awsCalls ?? '–'} | ${rss} | ` +
        `${formatMs(row.firstRequestMs?.median)} |`
    )
  }
  return lines.join('\n')
}

/**
 * The most frequent value of `values` (ties: the largest), e.g. AWS calls per run, which should
 * not vary. null when empty.
 * @param {number[]} values
 * @returns {number | null}
 */
export function mode(values) {
  if (values.length === 0) return null
  const counts = new Map()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = null
  for (const [value, count] of counts) {
    const bestCount = best === null ? 0 : counts.get(best)
    if (count > bestCount || (count === bestCount && value > best)) best = value
  }
  return best
}

/**
 * Judges issue #7's targets.
 * @param {{
 *   cliNpmThenPipMs: number,
 *   actionNpmPipMs: number,
 *   actionNpmMs: number,
 *   actionAllMs: number,
 *   callsWithoutValidation: Array<{label: string, calls: number | null, formats: number}>,
 *   coldStartMs: number,
 *   bareNodeMs: number,
 *   cpuMs?: {cliNpmThenPip: number, actionNpmPip: number, actionNpm: number, actionAll: number}
 * }} m medians, with latency on for the timing targets; `cpuMs` (medians of CPU time) only adds
 *   the same ratios in CPU time to the text, as a check on a busy machine: wall time decides
 * @returns {Array<{target: string, value: string, met: boolean}>}
 */
export function judgeTargets(m) {
  const speedup = ratio(m.cliNpmThenPipMs, m.actionNpmPipMs)
  const allVsOne = ratio(m.actionAllMs, m.actionNpmMs)
  const cpu = (a, b) => {
    const r = m.cpuMs ? ratio(m.cpuMs[a], m.cpuMs[b]) : null
    return r == null ? '' : ` (CPU time: ${r.toFixed(2)}×)`
  }
  const cold = ratio(m.coldStartMs, m.bareNodeMs)
  const callChecks = m.callsWithoutValidation.map(
    (c) => `${c.label}: ${c.calls ?? '?'} ≤ ${2 + c.formats}`
  )
  return [
    {
      target: 'npm+pip ≥ 4× faster than the CLI doing npm then pip (latency on)',
      value:
        speedup == null ? '–' : `${speedup.toFixed(2)}×${cpu('cliNpmThenPip', 'actionNpmPip')}`,
      met: speedup != null && speedup >= 4
    },
    {
      target: 'all tools ≤ 1.3× a one-tool run (latency on)',
      value: allVsOne == null ? '–' : `${allVsOne.toFixed(2)}×${cpu('actionAll', 'actionNpm')}`,
      met: allVsOne != null && allVsOne <= 1.3
    },
    {
      target: 'AWS calls without validation ≤ 2 + distinct formats',
      value: callChecks.join('; '),
      met: m.callsWithoutValidation.every((c) => c.calls != null && c.calls <= 2 + c.formats)
    },
    {
      target: 'cold start ≤ 3× bare node',
      value:
        cold == null
          ? '–'
          : `${cold.toFixed(2)}× (${formatMs(m.coldStartMs)} vs ${formatMs(m.bareNodeMs)} ms)`,
      met: cold != null && cold <= 3
    }
  ]
}

/**
 * The targets as a markdown table.
 * @param {Array<{target: string, value: string, met: boolean}>} targets
 * @returns {string}
 */
export function targetsTable(targets) {
  return [
    '| Target | Measured | Met |',
    '| --- | --- | --- |',
    ...targets.map((t) => `| ${t.target} | ${t.value} | ${t.met ? 'yes' : '**no**'} |`)
  ].join('\n')
}

/**
 * Parses `--runs N`, `--latency MS`, `--scenarios a,b`, `--no-cli`, `--out DIR` and `--dist DIR`
 * (another build's dist folder, for before/after comparisons); `--flag=value` works too.
 * @param {string[]} argv process.argv.slice(2)
 * @returns {{runs: number, latencyMs: number, scenarios: string[] | null, cli: boolean, out: string | null, dist: string | null}}
 * @throws Error on an unknown flag or a bad number
 */
export function parseArgs(argv) {
  const options = { runs: 10, latencyMs: 40, scenarios: null, cli: true, out: null, dist: null }
  const args = argv.flatMap((arg) => (/^--[^=]+=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]))
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    const value = () => {
      const v = args[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    const count = (name, v, min) => {
      const n = Number(v)
      if (!Number.isInteger(n) || n < min)
        throw new Error(`${name} must be an integer ≥ ${min}, got '${v}'`)
      return n
    }
    if (flag === '--runs') options.runs = count('--runs', value(), 1)
    else if (flag === '--latency') options.latencyMs = count('--latency', value(), 0)
    else if (flag === '--scenarios')
      options.scenarios = value()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    else if (flag === '--no-cli') options.cli = false
    else if (flag === '--out') options.out = value()
    else if (flag === '--dist') options.dist = value()
    else
      throw new Error(
        `unknown flag '${flag}' (use --runs N, --latency MS, --scenarios a,b, --no-cli, --out DIR, --dist DIR)`
      )
  }
  return options
}
