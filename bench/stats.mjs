// Pure helpers of bench/run.mjs: summary statistics of timing samples, paired ratios, the
// seeded shuffle that interleaves the variants, the command line and the verdict on the targets
// of issues #11 and #14. No I/O here, so __tests__/bench/ can test it directly.

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
 * The ratios `a[i] / b[i]` of runs made side by side in the same round `i`, summarized. A round
 * where either run is missing (null: it failed) or `b[i]` is not positive is left out.
 * Pairing cancels what a round shares (a burst of load on the machine hits both runs), which a
 * ratio of two medians would keep.
 * @param {Array<number | null>} a the numerators, one per round
 * @param {Array<number | null>} b the denominators, index-aligned with `a`
 * @returns {{n: number, median: number, p25: number, p75: number, min: number, max: number} | null}
 *   null when no round has both
 */
export function pairedRatio(a, b) {
  const ratios = []
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] == null || b[i] == null || !Number.isFinite(a[i]) || !(b[i] > 0)) continue
    ratios.push(a[i] / b[i])
  }
  return ratios.length ? summarize(ratios) : null
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
 * A paired ratio as table text: the median, and the interquartile range as its spread.
 * @param {{median: number, p25: number, p75: number} | null | undefined} r
 * @returns {string} e.g. `0.82× (0.79–0.85)`; `–` when missing
 */
export function formatRatio(r) {
  if (r == null || !Number.isFinite(r.median)) return '–'
  return `${r.median.toFixed(2)}× (${r.p25.toFixed(2)}–${r.p75.toFixed(2)})`
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
 * A list of operations as text, in first-seen order, repeats counted:
 * `['sts:GetCallerIdentity', 'codeartifact:GetRepositoryEndpoint', 'codeartifact:GetRepositoryEndpoint']`
 * → `sts:GetCallerIdentity, codeartifact:GetRepositoryEndpoint ×2`.
 * @param {string[]} operations
 * @returns {string} empty for none
 */
export function countOperations(operations) {
  const counts = new Map()
  for (const operation of operations) counts.set(operation, (counts.get(operation) ?? 0) + 1)
  return [...counts]
    .map(([operation, count]) => (count === 1 ? operation : `${operation} ×${count}`))
    .join(', ')
}

/**
 * A seeded pseudo-random number generator (mulberry32): the same seed gives the same run order,
 * so a bench run can be repeated exactly.
 * @param {number} seed a 32-bit integer
 * @returns {() => number} uniform in [0, 1)
 */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * A shuffled copy of `items` (Fisher–Yates).
 * @template T
 * @param {T[]} items
 * @param {() => number} random uniform in [0, 1)
 * @returns {T[]}
 */
export function shuffled(items, random) {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j], copy[i]]
  }
  return copy
}

/** The bench's flags, as `--help` and the errors name them. */
export const USAGE =
  'use --runs N, --latency MS[,MS…], --clients npm,npm-pip,all, --check off,auto, ' +
  '--owner given,none, --no-baseline, --no-cli, --seed N, --out DIR, --dist DIR, --baseline DIR, ' +
  '--profile DIR'

const CHOICES = {
  clients: ['npm', 'npm-pip', 'all'],
  check: ['off', 'auto'],
  owner: ['given', 'none']
}

/**
 * Parses the bench's command line; `--flag=value` works too.
 * - `--runs N` rounds per latency (default 30; each round runs every variant once per bundle);
 * - `--latency 0,40` the added latencies per AWS request, in ms (default 0 and 40);
 * - `--clients`, `--check`, `--owner` keep only some variants (default all);
 * - `--no-baseline` skips today's bundle, `--no-cli` the `aws codeartifact login` rows;
 * - `--seed N` the run order's seed (default: from the clock, and recorded);
 * - `--out DIR` where the JSON goes (default bench/results, which also updates latest.json);
 * - `--dist DIR` another build of this action; `--baseline DIR` another baseline folder;
 * - `--profile DIR` writes a V8 CPU profile of every measured step into DIR (`node --cpu-prof`;
 *   profiling slows the steps, so such a run's times are for finding causes, not for the README).
 * @param {string[]} argv process.argv.slice(2)
 * @returns {{runs: number, latencies: number[], clients: string[], check: string[], owner: string[],
 *   baseline: boolean, cli: boolean, seed: number | null, out: string | null, dist: string | null,
 *   baselineDir: string | null, profile: string | null}}
 * @throws Error on an unknown flag, a missing value, a bad number or an unknown choice
 */
export function parseArgs(argv) {
  const options = {
    runs: 30,
    latencies: [0, 40],
    clients: CHOICES.clients,
    check: CHOICES.check,
    owner: CHOICES.owner,
    baseline: true,
    cli: true,
    seed: null,
    out: null,
    dist: null,
    baselineDir: null,
    profile: null
  }
  const args = argv.flatMap((arg) => (/^--[^=]+=/.test(arg) ? arg.split(/=(.*)/s, 2) : [arg]))
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    const value = () => {
      const v = args[++i]
      if (v === undefined) throw new Error(`${flag} needs a value`)
      return v
    }
    const count = (v, min) => {
      const n = Number(v)
      if (v.trim() === '' || !Number.isInteger(n) || n < min)
        throw new Error(`${flag} must be an integer ≥ ${min}, got '${v}'`)
      return n
    }
    const list = (v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    const choose = (name, v) => {
      const chosen = list(v)
      const unknown = chosen.filter((c) => !CHOICES[name].includes(c))
      if (unknown.length || chosen.length === 0)
        throw new Error(
          `${flag} takes ${CHOICES[name].join(', ')} (comma-separated), got '${unknown.join(',') || v}'`
        )
      return chosen
    }
    if (flag === '--runs') options.runs = count(value(), 1)
    else if (flag === '--latency') {
      const latencies = [...new Set(list(value()).map((v) => count(v, 0)))]
      if (latencies.length === 0) throw new Error(`${flag} needs at least one latency`)
      options.latencies = latencies
    } else if (flag === '--clients') options.clients = choose('clients', value())
    else if (flag === '--check') options.check = choose('check', value())
    else if (flag === '--owner') options.owner = choose('owner', value())
    else if (flag === '--no-baseline') options.baseline = false
    else if (flag === '--no-cli') options.cli = false
    else if (flag === '--seed') options.seed = count(value(), 0)
    else if (flag === '--out') options.out = value()
    else if (flag === '--dist') options.dist = value()
    else if (flag === '--baseline') options.baselineDir = value()
    else if (flag === '--profile') options.profile = value()
    else throw new Error(`unknown flag '${flag}' (${USAGE})`)
  }
  return options
}

/** The README's basic consumer: npm, `check-permissions` left at auto, no `domain-owner`. */
export const README_CONSUMER = 'npm/auto/none'

/**
 * The targets of issues #14 and #11, judged on a bench report (the JSON bench/run.mjs writes).
 * Each is judged on the median of its paired ratios; a target whose measurements are missing
 * (a variant or the baseline left out) is `met: null`.
 * - npm-only at most 0.85× today's wall time at 0 ms (every npm variant);
 * - no variant slower than today by more than 5 % (every variant, every latency);
 * - time to the first AWS request within 1.15× the STS-only floor (every variant, every latency);
 * - the README consumer with check auto within 1.1× of check off at 40 ms.
 * @param {{latencies: Array<{latencyMs: number, variants: Array<{id: string, clients: string,
 *   vsBaseline: {median: number} | null, firstRequestVsFloor: {median: number} | null}>,
 *   comparisons: {consumerAutoVsOff: {median: number} | null}}>}} report
 * @returns {Array<{target: string, value: string, met: boolean | null}>}
 */
export function judgeTargets(report) {
  const at = (ms) => report.latencies.find((l) => l.latencyMs === ms)
  const worst = (entries) =>
    entries
      .filter((e) => e.ratio != null)
      .reduce((max, e) => (max === null || e.ratio.median > max.ratio.median ? e : max), null)
  const judge = (target, entries, limit) => {
    const w = worst(entries)
    if (w === null) return { target, value: 'not measured', met: null }
    return {
      target,
      value: `${w.ratio.median.toFixed(2)}× at worst (${w.label})`,
      met: w.ratio.median <= limit
    }
  }
  const each = (latencies, pick, filter = () => true) =>
    latencies.flatMap((l) =>
      l.variants
        .filter(filter)
        .map((v) => ({ label: `${v.id}, ${l.latencyMs} ms`, ratio: pick(v) }))
    )
  const zero = at(0)
  const forty = at(40)
  const consumer = forty?.comparisons?.consumerAutoVsOff ?? null
  return [
    judge(
      'npm only: at most 0.85× today’s wall time at 0 ms',
      zero
        ? each(
            [zero],
            (v) => v.vsBaseline,
            (v) => v.clients === 'npm'
          )
        : [],
      0.85
    ),
    judge(
      'no variant slower than today by more than 5 %',
      each(report.latencies, (v) => v.vsBaseline),
      1.05
    ),
    judge(
      'time to the first AWS request within 1.15× the STS-only floor',
      each(report.latencies, (v) => v.firstRequestVsFloor),
      1.15
    ),
    consumer
      ? {
          target: 'README consumer: check auto within 1.1× of check off at 40 ms',
          value: `${consumer.median.toFixed(2)}×`,
          met: consumer.median <= 1.1
        }
      : {
          target: 'README consumer: check auto within 1.1× of check off at 40 ms',
          value: 'not measured',
          met: null
        }
  ]
}
