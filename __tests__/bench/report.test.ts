/**
 * The bench report as markdown (bench/report.mjs) and README § Performance generated from it
 * (bench/readme.mjs): the tables print what the JSON holds, and the README's numbers are the
 * committed bench/results/latest.json's. No timing is measured or asserted here.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { updateReadme } from '../../bench/readme.mjs'
import {
  domainOwnerTable,
  performanceMarkdown,
  referenceTable,
  targetsTable,
  variantTable
} from '../../bench/report.mjs'
import { summarize } from '../../bench/stats.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** A sample set's summary as bench/run.mjs aggregates it. */
const agg = (wall: number[], extra: Record<string, unknown> = {}) => ({
  runs: wall.length,
  failures: 0,
  firstError: null,
  wallMs: summarize(wall),
  cpuMs: summarize(wall.map((w) => w / 2)),
  postMs: null,
  peakRssKb: summarize([70 * 1024]),
  firstRequestMs: summarize(wall.map((w) => w - 100)),
  awsCalls: 3,
  operations: '',
  deniedCalls: 0,
  deniedOperations: '',
  samples: { wallMs: wall, cpuMs: [], firstRequestMs: [] },
  ...extra
})
const r = (median: number, p25 = median, p75 = median) => ({
  n: 3,
  median,
  p25,
  p75,
  min: p25,
  max: p75
})

const clis = [{ id: 'awscli-v1', version: 'aws-cli/1.45.11 Python/3.11.7' }]

function latency(latencyMs: number) {
  return {
    latencyMs,
    loadAverage: summarize([0.6, 0.9]),
    variants: [
      {
        id: 'npm/off/given',
        clients: 'npm',
        clientsLabel: 'npm',
        check: 'off',
        owner: 'given',
        readmeConsumer: false,
        current: agg([200, 210, 220]),
        baseline: agg([260, 270, 280]),
        vsBaseline: r(0.78, 0.77, 0.8),
        vsCli: { 'awscli-v1': r(0.16, 0.15, 0.17) },
        firstRequestVsFloor: r(1.04, 1.01, 1.08)
      },
      {
        id: 'npm/auto/none',
        clients: 'npm',
        clientsLabel: 'npm',
        check: 'auto',
        owner: 'none',
        readmeConsumer: true,
        current: agg([250, 260, 270], { failures: 1, awsCalls: 4 }),
        baseline: agg([400, 410, 420], { awsCalls: 11, deniedCalls: 8 }),
        vsBaseline: r(0.63),
        vsCli: { 'awscli-v1': r(0.2) },
        firstRequestVsFloor: r(1.02)
      }
    ],
    clis: {
      'awscli-v1': {
        npm: agg([1300, 1350, 1400], { awsCalls: 2 }),
        pip: agg([1200, 1250, 1300], { awsCalls: 2 }),
        npmThenPip: agg([2500, 2600, 2700], { awsCalls: 4 })
      }
    },
    floor: agg([190, 200, 210], { awsCalls: 1 }),
    comparisons: {
      consumerAutoVsOff: r(1.05, 1.02, 1.07),
      baselineConsumerAutoVsOff: r(1.5, 1.45, 1.55),
      domainOwner: [{ clients: 'npm', check: 'off', ratio: r(0.88, 0.86, 0.9) }]
    }
  }
}

const report = {
  date: '2026-12-07T22:00:00.000Z',
  durationS: 840,
  machine: {
    cpus: 2,
    cpuModel: 'AMD EPYC',
    actionNode: 'v24.22.3',
    loadAverage: { start: 0.7, end: 1.2 }
  },
  options: { runs: 3, latencies: [0, 40], seed: 42 },
  bundles: { current: { commit: 'abc1234' }, baseline: { commit: 'ada2fdf' } },
  clis,
  latencies: [latency(0), latency(40)],
  targets: [
    { target: 'npm only', value: '0.78× at worst (npm/off/given, 0 ms)', met: true },
    { target: 'no variant slower', value: '1.06× at worst (x)', met: false },
    { target: 'consumer', value: 'not measured', met: null }
  ]
}

const rows = (markdown: string) =>
  markdown.split('\n').map((line) =>
    line
      .split(' | ')
      .map((c) => c.replace(/^\| | \|$/g, ''))
      .map((c) => c.trim())
  )

describe('variantTable', () => {
  it('prints each variant with its ratios, calls and denied calls (today’s in brackets)', () => {
    const [header, align, first, consumer] = rows(variantTable(latency(40), clis))
    expect(header).toEqual([
      'Clients',
      '`check-permissions`',
      '`domain-owner`',
      'Wall ms',
      'Today ms',
      '× today',
      '× awscli v1',
      'First request ms',
      '× floor',
      'AWS calls (today)',
      'Denied (today)',
      'CPU ms',
      'Peak RSS MB'
    ])
    expect(align).toHaveLength(header.length)
    expect(first).toEqual([
      'npm',
      '`off`',
      'given',
      '210',
      '270',
      '0.78× (0.77–0.80)',
      '0.16× (0.15–0.17)',
      '110',
      '1.04× (1.01–1.08)',
      '3 (3)',
      '0 (0)',
      '105',
      '70'
    ])
    expect(consumer.slice(0, 3)).toEqual([
      'npm (README consumer) (1 failed)',
      'auto (default)',
      '–'
    ])
    expect(consumer.slice(9, 11)).toEqual(['4 (11)', '0 (8)'])
  })

  it('has no CLI column without CLIs, and dashes without today’s bundle', () => {
    const l = latency(0)
    for (const v of l.variants) Object.assign(v, { baseline: null, vsBaseline: null })
    const [header, , first] = rows(variantTable(l, []))
    expect(header).not.toContain('× awscli v1')
    expect(first.slice(3, 6)).toEqual(['210', '–', '–'])
    expect(first[8]).toBe('3')
  })
})

describe('referenceTable, domainOwnerTable and targetsTable', () => {
  it('lists each CLI’s npm, pip and both, then the floor', () => {
    const table = rows(referenceTable(latency(0), clis))
    expect(table.slice(2).map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['awscli v1: `aws codeartifact login --tool npm`', '1350', '1325–1375', '2'],
      ['awscli v1: `--tool pip`', '1250', '1225–1275', '2'],
      ['awscli v1: npm, then pip', '2600', '2550–2650', '4'],
      ['floor: `@aws-sdk/client-sts`, one GetCallerIdentity', '200', '195–205', '1']
    ])
  })

  it('shows what domain-owner saves at each latency', () => {
    expect(rows(domainOwnerTable([latency(0), latency(40)]))).toEqual([
      ['Clients', '`check-permissions`', 'given ÷ not given, 0 ms', 'given ÷ not given, 40 ms'],
      ['---', '---', '---:', '---:'],
      ['npm', '`off`', '0.88× (0.86–0.90)', '0.88× (0.86–0.90)']
    ])
    const none = latency(0)
    none.comparisons.domainOwner = []
    expect(domainOwnerTable([none])).toBe('')
  })

  it('marks a missed target in bold and an unmeasured one with a dash', () => {
    expect(rows(targetsTable(report.targets)).slice(2)).toEqual([
      ['npm only', '0.78× at worst (npm/off/given, 0 ms)', 'yes'],
      ['no variant slower', '1.06× at worst (x)', '**no**'],
      ['consumer', 'not measured', '–']
    ])
  })
})

describe('performanceMarkdown', () => {
  it('says where and how it was measured, then each latency, domain-owner and the targets', () => {
    const markdown = performanceMarkdown(report)
    expect(markdown.split('\n')[0]).toBe(
      'Measured 2026-12-07 on 2 CPUs (AMD EPYC), the action on Node 24.22.3; 3 rounds per ' +
        "latency, seed 42, 14 min; load average 0.6–1.2. This build: `abc1234`; today's bundle: " +
        '`ada2fdf`; aws-cli/1.45.11.'
    )
    const headings = markdown.split('\n').filter((line) => line.startsWith('**'))
    expect(headings).toEqual([
      '**No added latency**',
      '**40 ms added per AWS request**',
      '**What `domain-owner` saves**',
      '**Targets**'
    ])
    expect(markdown).toContain(
      "The README's consumer with `check-permissions` at its default takes 1.05× (1.02–1.07) the " +
        "time of the same step with the check off; today's bundle: 1.50× (1.45–1.55)."
    )
  })
})

describe('README § Performance', () => {
  it('replaces only the text between the markers, and refuses a README without them', () => {
    const readme =
      'intro\n<!-- bench-results:start -->\nold numbers\n<!-- bench-results:end -->\nafter\n'
    const updated = updateReadme(readme, report)
    expect(updated.startsWith('intro\n<!-- bench-results:start -->\n\nMeasured 2026-12-07')).toBe(
      true
    )
    expect(updated.endsWith('\n\n<!-- bench-results:end -->\nafter\n')).toBe(true)
    expect(updated).not.toContain('old numbers')
    expect(updateReadme(updated, report)).toBe(updated)
    expect(() => updateReadme('no markers', report)).toThrow(/lacks the markers/)
  })

  it('shows the committed bench/results/latest.json (run `node bench/readme.mjs` after a bench)', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    const latest = JSON.parse(
      fs.readFileSync(path.join(ROOT, 'bench', 'results', 'latest.json'), 'utf8')
    )
    expect(updateReadme(readme, latest)).toBe(readme)
  })
})
