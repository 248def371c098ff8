// The bench report (the JSON bench/run.mjs writes) as markdown: what `npm run bench` prints and
// what bench/readme.mjs puts into README § Performance. Pure: no I/O, so __tests__/bench/ tests it.
import { formatMs, formatRatio } from './stats.mjs'

const CLI_LABELS = { 'awscli-v1': 'awscli v1', 'awscli-v2': 'awscli v2' }
const CHECK_LABELS = { off: '`off`', auto: 'auto (default)' }
const OWNER_LABELS = { given: 'given', none: '–' }

/** One table cell: pipes escaped. */
const cell = (text) => String(text).replace(/\|/g, '\\|')

const table = (header, rows) =>
  [
    `| ${header.map(([title]) => title).join(' | ')} |`,
    `| ${header.map(([, align]) => (align === 'right' ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
  ].join('\n')

const mb = (kb) => (kb == null ? '–' : (kb / 1024).toFixed(0))
const median = (summary) => formatMs(summary?.median)
const withToday = (now, today) => (today == null ? String(now ?? '–') : `${now ?? '–'} (${today})`)

/**
 * The table of one latency: a row per variant, this build's wall time, today's, the paired
 * ratios to today's bundle and to each CLI, the time to the first AWS request and its ratio to
 * the floor, AWS calls and denied calls (today's in brackets), CPU time and peak RSS.
 * @param {object} latency one entry of `report.latencies`
 * @param {Array<{id: string}>} clis `report.clis`
 * @returns {string}
 */
export function variantTable(latency, clis) {
  const header = [
    ['Clients', 'left'],
    ['`check-permissions`', 'left'],
    ['`domain-owner`', 'left'],
    ['Wall ms', 'right'],
    ['Today ms', 'right'],
    ['× today', 'right'],
    ...clis.map((c) => [`× ${CLI_LABELS[c.id] ?? c.id}`, 'right']),
    ['First request ms', 'right'],
    ['× floor', 'right'],
    ['AWS calls (today)', 'right'],
    ['Denied (today)', 'right'],
    ['CPU ms', 'right'],
    ['Peak RSS MB', 'right']
  ]
  const rows = latency.variants.map((v) => [
    `${v.clientsLabel}${v.readmeConsumer ? ' (README consumer)' : ''}${
      v.current.failures ? ` (${v.current.failures} failed)` : ''
    }`,
    CHECK_LABELS[v.check] ?? v.check,
    OWNER_LABELS[v.owner] ?? v.owner,
    median(v.current.wallMs),
    median(v.baseline?.wallMs),
    formatRatio(v.vsBaseline),
    ...clis.map((c) => formatRatio(v.vsCli?.[c.id])),
    median(v.current.firstRequestMs),
    formatRatio(v.firstRequestVsFloor),
    withToday(v.current.awsCalls, v.baseline?.awsCalls),
    withToday(v.current.deniedCalls, v.baseline?.deniedCalls),
    median(v.current.cpuMs),
    mb(v.current.peakRssKb?.median)
  ])
  return table(header, rows)
}

/**
 * The reference rows of one latency: each CLI (npm, pip, both) and the STS-only floor.
 * @param {object} latency one entry of `report.latencies`
 * @param {Array<{id: string, version: string}>} clis `report.clis`
 * @returns {string}
 */
export function referenceTable(latency, clis) {
  const header = [
    ['Reference', 'left'],
    ['Wall ms', 'right'],
    ['IQR ms', 'right'],
    ['First request ms', 'right'],
    ['AWS calls', 'right'],
    ['CPU ms', 'right'],
    ['Peak RSS MB', 'right']
  ]
  const row = (label, agg) => [
    `${label}${agg.failures ? ` (${agg.failures} failed)` : ''}`,
    median(agg.wallMs),
    `${formatMs(agg.wallMs?.p25)}–${formatMs(agg.wallMs?.p75)}`,
    median(agg.firstRequestMs),
    agg.awsCalls ?? '–',
    median(agg.cpuMs),
    mb(agg.peakRssKb?.median)
  ]
  const rows = []
  for (const cli of clis) {
    const result = latency.clis?.[cli.id]
    if (!result) continue
    const name = CLI_LABELS[cli.id] ?? cli.id
    rows.push(row(`${name}: \`aws codeartifact login --tool npm\``, result.npm))
    rows.push(row(`${name}: \`--tool pip\``, result.pip))
    rows.push(row(`${name}: npm, then pip`, result.npmThenPip))
  }
  if (latency.floor)
    rows.push(row('floor: `@aws-sdk/client-sts`, one GetCallerIdentity', latency.floor))
  return table(header, rows)
}

/**
 * What `domain-owner` saves: for each clients × check, the wall time with it given divided by
 * the time without it (paired), at every latency.
 * @param {Array<object>} latencies `report.latencies`
 * @returns {string} empty when no latency has both
 */
export function domainOwnerTable(latencies) {
  const keys = []
  for (const l of latencies) {
    for (const d of l.comparisons?.domainOwner ?? []) {
      if (!keys.some((k) => k.clients === d.clients && k.check === d.check)) keys.push(d)
    }
  }
  if (keys.length === 0) return ''
  const label = (clients) =>
    latencies[0].variants.find((v) => v.clients === clients)?.clientsLabel ?? clients
  return table(
    [
      ['Clients', 'left'],
      ['`check-permissions`', 'left'],
      ...latencies.map((l) => [`given ÷ not given, ${l.latencyMs} ms`, 'right'])
    ],
    keys.map(({ clients, check }) => [
      label(clients),
      CHECK_LABELS[check] ?? check,
      ...latencies.map((l) =>
        formatRatio(
          l.comparisons?.domainOwner?.find((d) => d.clients === clients && d.check === check)?.ratio
        )
      )
    ])
  )
}

/**
 * The verdict on the targets.
 * @param {Array<{target: string, value: string, met: boolean | null}>} targets
 * @returns {string}
 */
export function targetsTable(targets) {
  return table(
    [
      ['Target', 'left'],
      ['Measured (median of paired ratios)', 'left'],
      ['Met', 'left']
    ],
    targets.map((t) => [t.target, t.value, t.met === null ? '–' : t.met ? 'yes' : '**no**'])
  )
}

/**
 * The whole generated part of README § Performance, from a bench report.
 * @param {object} report the JSON bench/run.mjs writes
 * @returns {string} markdown
 */
export function performanceMarkdown(report) {
  const m = report.machine
  const loads = report.latencies.map((l) => l.loadAverage)
  const loadMin = Math.min(m.loadAverage.start, ...loads.map((l) => l.min))
  const loadMax = Math.max(m.loadAverage.start, m.loadAverage.end, ...loads.map((l) => l.max))
  const baseline = report.bundles.baseline
  const lines = [
    `Measured ${report.date.slice(0, 10)} on ${m.cpus} CPUs (${m.cpuModel}), the action on Node ` +
      `${m.actionNode.replace(/^v/, '')}; ${report.options.runs} rounds per latency, seed ` +
      `${report.options.seed}, ${Math.round(report.durationS / 60)} min; load average ` +
      `${loadMin.toFixed(1)}–${loadMax.toFixed(1)}. This build: \`${report.bundles.current.commit}\`` +
      (baseline ? `; today's bundle: \`${baseline.commit}\`` : '') +
      (report.clis.length
        ? `; ${report.clis.map((c) => c.version.split(' ')[0]).join(', ')}`
        : '') +
      '.'
  ]
  for (const latency of report.latencies) {
    const consumer = latency.comparisons?.consumerAutoVsOff
    const before = latency.comparisons?.baselineConsumerAutoVsOff
    lines.push(
      '',
      `**${latency.latencyMs ? `${latency.latencyMs} ms added per AWS request` : 'No added latency'}**`,
      '',
      variantTable(latency, report.clis),
      '',
      referenceTable(latency, report.clis)
    )
    if (consumer)
      lines.push(
        '',
        `The README's consumer with \`check-permissions\` at its default takes ${formatRatio(consumer)} ` +
          `the time of the same step with the check off` +
          (before ? `; today's bundle: ${formatRatio(before)}.` : '.')
      )
  }
  const owner = domainOwnerTable(report.latencies)
  if (owner) lines.push('', '**What `domain-owner` saves**', '', owner)
  if (report.targets) lines.push('', '**Targets**', '', targetsTable(report.targets))
  return lines.join('\n')
}
