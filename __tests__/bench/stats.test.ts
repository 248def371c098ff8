/**
 * The statistics and the command line of `npm run bench` (bench/stats.mjs): quantiles, paired
 * ratios, the seeded run order, the flags, and the verdict on the targets of issues #11 and #14.
 * No timing is measured or asserted here.
 */
import { describe, expect, it } from '@jest/globals'
import {
  countOperations,
  formatMs,
  formatRatio,
  judgeTargets,
  mode,
  pairedRatio,
  parseArgs,
  quantile,
  ratio,
  README_CONSUMER,
  seededRandom,
  shuffled,
  summarize,
  type JudgedReport
} from '../../bench/stats.mjs'

describe('quantile and summarize', () => {
  it('interpolate between closest ranks, whatever the input order', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantile([10, 20], 0.75)).toBe(17.5)
    expect(quantile([7], 0.9)).toBe(7)
    expect(quantile([], 0.5)).toBeNaN()
  })

  it('give median, quartiles and range without changing the samples', () => {
    const samples = [5, 1, 9, 3, 7]
    expect(summarize(samples)).toEqual({ n: 5, median: 5, p25: 3, p75: 7, min: 1, max: 9 })
    expect(samples).toEqual([5, 1, 9, 3, 7])
  })
})

describe('pairedRatio', () => {
  it('summarizes the ratio of each round, not the ratio of the medians', () => {
    // Round 2 is slow for both (load on the machine): its ratio is still 0.5.
    const a = [100, 400, 110]
    const b = [200, 800, 200]
    expect(pairedRatio(a, b)).toEqual({
      n: 3,
      median: 0.5,
      p25: 0.5,
      p75: 0.525,
      min: 0.5,
      max: 0.55
    })
    // The ratio of the medians would be 110 / 200 = 0.55.
    expect(quantile(a, 0.5) / quantile(b, 0.5)).toBe(0.55)
  })

  it('leaves out rounds where either run failed or the denominator is not positive', () => {
    expect(pairedRatio([100, null, 300, 50], [200, 100, null, 0])).toEqual(summarize([0.5]))
    expect(pairedRatio([100, 200, 300], [200, 400])?.n).toBe(2)
  })

  it('is null when no round has both', () => {
    expect(pairedRatio([null], [100])).toBeNull()
    expect(pairedRatio([], [])).toBeNull()
  })
})

describe('ratio, formatMs, formatRatio, mode and countOperations', () => {
  it('rounds ratios to two decimals and refuses missing values', () => {
    expect(ratio(1000, 300)).toBe(3.33)
    expect(ratio(1, 0)).toBeNull()
    expect(ratio(null, 3)).toBeNull()
    expect(ratio(Number.NaN, 3)).toBeNull()
  })

  it('prints whole milliseconds from 10 ms, one decimal below, a dash when missing', () => {
    expect(formatMs(123.6)).toBe('124')
    expect(formatMs(4.26)).toBe('4.3')
    expect(formatMs(undefined)).toBe('–')
    expect(formatMs(Number.NaN)).toBe('–')
  })

  it('prints a paired ratio as its median and interquartile range', () => {
    expect(formatRatio({ median: 0.8249, p25: 0.791, p75: 0.856 })).toBe('0.82× (0.79–0.86)')
    expect(formatRatio(null)).toBe('–')
    expect(formatRatio({ median: Number.NaN, p25: 1, p75: 1 })).toBe('–')
  })

  it('takes the most frequent value, the larger on a tie', () => {
    expect(mode([4, 4, 5])).toBe(4)
    expect(mode([4, 5])).toBe(5)
    expect(mode([])).toBeNull()
  })

  it('counts repeated operations in first-seen order', () => {
    expect(
      countOperations([
        'sts:GetCallerIdentity',
        'codeartifact:GetRepositoryEndpoint',
        'codeartifact:GetAuthorizationToken',
        'codeartifact:GetRepositoryEndpoint'
      ])
    ).toBe(
      'sts:GetCallerIdentity, codeartifact:GetRepositoryEndpoint ×2, codeartifact:GetAuthorizationToken'
    )
    expect(countOperations([])).toBe('')
  })
})

describe('the run order', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed))
    expect(draw(42)).toEqual(draw(42))
    expect(draw(42)).not.toEqual(draw(43))
    for (const value of draw(7)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })

  it('shuffles a copy, keeping every item once', () => {
    const items = ['npm/off/given', 'npm/auto/none', 'awscli-v1', 'floor', 'all/off/none']
    const random = seededRandom(1)
    const orders = Array.from({ length: 20 }, () => shuffled(items, random))
    for (const order of orders) expect([...order].sort()).toEqual([...items].sort())
    expect(items[0]).toBe('npm/off/given')
    expect(new Set(orders.map((o) => o.join())).size).toBeGreaterThan(1)
  })

  it('puts each item first about equally often', () => {
    const random = seededRandom(2024)
    const firsts = new Map<string, number>()
    for (let i = 0; i < 3000; i++) {
      const first = shuffled(['a', 'b', 'c'], random)[0]
      firsts.set(first, (firsts.get(first) ?? 0) + 1)
    }
    for (const count of firsts.values()) expect(Math.abs(count - 1000)).toBeLessThan(120)
  })
})

describe('parseArgs', () => {
  it('defaults to every variant at 0 and 40 ms, with today’s bundle and the CLIs', () => {
    expect(parseArgs([])).toEqual({
      runs: 30,
      latencies: [0, 40],
      clients: ['npm', 'npm-pip', 'all'],
      check: ['off', 'auto'],
      owner: ['given', 'none'],
      baseline: true,
      cli: true,
      seed: null,
      out: null,
      dist: null,
      baselineDir: null,
      profile: null
    })
  })

  it('reads every flag, with a space or an equals sign', () => {
    expect(
      parseArgs([
        '--runs',
        '3',
        '--latency=40, 80,40',
        '--clients',
        'npm',
        '--check=auto',
        '--owner',
        'none,given',
        '--no-baseline',
        '--no-cli',
        '--seed',
        '9',
        '--out=/tmp/x',
        '--dist',
        '/tmp/d',
        '--baseline',
        '/tmp/b',
        '--profile=/tmp/p'
      ])
    ).toEqual({
      runs: 3,
      latencies: [40, 80],
      clients: ['npm'],
      check: ['auto'],
      owner: ['none', 'given'],
      baseline: false,
      cli: false,
      seed: 9,
      out: '/tmp/x',
      dist: '/tmp/d',
      baselineDir: '/tmp/b',
      profile: '/tmp/p'
    })
  })

  it('refuses unknown flags, missing values, bad numbers and unknown choices', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown flag '--fast' \(use --runs N/)
    expect(() => parseArgs(['--runs'])).toThrow(/needs a value/)
    expect(() => parseArgs(['--runs', '0'])).toThrow(/integer ≥ 1, got '0'/)
    expect(() => parseArgs(['--runs', '2.5'])).toThrow(/integer ≥ 1/)
    expect(() => parseArgs(['--latency', '-5'])).toThrow(/integer ≥ 0, got '-5'/)
    expect(() => parseArgs(['--latency', ','])).toThrow(/at least one latency/)
    expect(() => parseArgs(['--clients', 'npm,yarn'])).toThrow(
      /--clients takes npm, npm-pip, all \(comma-separated\), got 'yarn'/
    )
    expect(() => parseArgs(['--check', 'strict'])).toThrow(/--check takes off, auto/)
  })
})

describe('judgeTargets', () => {
  const r = (median: number) => ({ median })
  type Variant = JudgedReport['latencies'][number]['variants'][number]
  const variant = (id: string, vsBaseline: number, first: number): Variant => ({
    id,
    clients: id.split('/')[0],
    vsBaseline: r(vsBaseline),
    firstRequestVsFloor: r(first)
  })
  const report = (overrides: Partial<Record<string, [number, number]>> = {}, consumer = 1.04) => {
    const at = (latencyMs: number) => {
      const base: Record<string, [number, number]> = {
        'npm/off/given': [0.8, 1.05],
        [README_CONSUMER]: [0.6, 1.1],
        'all/off/none': [0.95, 1.0],
        ...Object.fromEntries(
          Object.entries(overrides)
            .filter(([key]) => key.endsWith(`@${latencyMs}`))
            .map(([key, value]) => [key.split('@')[0], value as [number, number]])
        )
      }
      return {
        latencyMs,
        variants: Object.entries(base).map(([id, [b, f]]) => variant(id, b, f)),
        comparisons: { consumerAutoVsOff: latencyMs === 40 ? r(consumer) : r(9) }
      }
    }
    return { latencies: [at(0), at(40)] }
  }

  it('meets every target at its threshold, naming the worst variant', () => {
    const targets = judgeTargets(report())
    expect(targets.map((t) => t.met)).toEqual([true, true, true, true])
    expect(targets[0].value).toBe('0.80× at worst (npm/off/given, 0 ms)')
    expect(targets[1].value).toBe('0.95× at worst (all/off/none, 0 ms)')
    expect(targets[2].value).toBe('1.10× at worst (npm/auto/none, 0 ms)')
    expect(targets[3].value).toBe('1.04×')
  })

  it('misses each target just past its threshold', () => {
    const targets = judgeTargets(
      report(
        {
          'npm/off/given@0': [0.86, 1.0],
          'all/off/none@40': [1.06, 1.16]
        },
        1.11
      )
    )
    expect(targets.map((t) => t.met)).toEqual([false, false, false, false])
    expect(targets[1].value).toBe('1.06× at worst (all/off/none, 40 ms)')
    expect(targets[2].value).toBe('1.16× at worst (all/off/none, 40 ms)')
  })

  it('judges npm-only at 0 ms only, and says when a target was not measured', () => {
    expect(judgeTargets(report({ 'npm/off/given@40': [0.99, 1.0] }))[0].met).toBe(true)
    const fortyOnly = { latencies: [report().latencies[1]] }
    const targets = judgeTargets(fortyOnly)
    expect(targets[0]).toEqual({
      target: 'npm only: at most 0.85× today’s wall time at 0 ms',
      value: 'not measured',
      met: null
    })
    expect(targets[3].met).toBe(true)
    const noBaseline = report()
    for (const l of noBaseline.latencies) for (const v of l.variants) v.vsBaseline = null
    expect(judgeTargets(noBaseline).map((t) => t.met)).toEqual([null, null, true, true])
  })
})
