/**
 * The pure helpers of `npm run bench` (bench/stats.mjs, bench/aws-proxy.mjs): statistics, the
 * markdown tables, the verdict on issue #7's targets, the command line, and what the counting
 * proxy reads from a request. No timing is measured or asserted here.
 */
import { describe, expect, it } from '@jest/globals'
import { DOMParser, type Element } from '@xmldom/xmldom'
import {
  formatMs,
  judgeTargets,
  markdownTable,
  mode,
  parseArgs,
  quantile,
  ratio,
  summarize,
  targetsTable
} from '../../bench/stats.mjs'
import { actionOf, serviceOf, simulateAllowedXml } from '../../bench/aws-proxy.mjs'

describe('quantile and summarize', () => {
  it('interpolates between closest ranks, whatever the input order', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5)
    expect(quantile([10, 20, 30, 40, 50], 0.25)).toBe(20)
    expect(quantile([10, 20], 0.75)).toBe(17.5)
    expect(quantile([7], 0.9)).toBe(7)
    expect(quantile([], 0.5)).toBeNaN()
  })

  it('gives median, quartiles and range without changing the samples', () => {
    const samples = [5, 1, 9, 3, 7]
    expect(summarize(samples)).toEqual({ n: 5, median: 5, p25: 3, p75: 7, min: 1, max: 9 })
    expect(samples).toEqual([5, 1, 9, 3, 7])
  })
})

describe('ratio, formatMs and mode', () => {
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
  })

  it('takes the most frequent value, the larger on a tie', () => {
    expect(mode([4, 4, 5])).toBe(4)
    expect(mode([4, 5])).toBe(5)
    expect(mode([])).toBeNull()
  })
})

describe('markdownTable', () => {
  it('renders one row per scenario with every column', () => {
    const table = markdownTable([
      {
        label: 'action: npm',
        wallMs: { median: 301.2, p25: 290, p75: 320.4, min: 280, max: 400 },
        cpuMs: 250,
        speedupVsCli: 4.5,
        awsCalls: 3,
        peakRssKb: 70 * 1024,
        firstRequestMs: { median: 120 }
      },
      {
        label: 'bare',
        wallMs: { median: 40, p25: 39, p75: 41, min: 38, max: 45 },
        awsCalls: null,
        peakRssKb: null
      }
    ])
    const lines = table.split('\n')
    expect(lines).toHaveLength(4)
    expect(lines[0].split('|').length).toBe(lines[1].split('|').length)
    expect(lines[2]).toBe('| action: npm | 301 | 290–320 | 280–400 | 250 | 4.50× | 3 | 70 | 120 |')
    expect(lines[3]).toBe('| bare | 40 | 39–41 | 38–45 | – | – | – | – | – |')
  })
})

describe('judgeTargets', () => {
  const met = {
    cliNpmThenPipMs: 2000,
    actionNpmPipMs: 400,
    actionNpmMs: 380,
    actionAllMs: 450,
    callsWithoutValidation: [
      { label: 'npm', calls: 3, formats: 1 },
      { label: 'all', calls: 9, formats: 7 }
    ],
    coldStartMs: 110,
    bareNodeMs: 40
  }

  it('meets every target at the thresholds of issue #7', () => {
    const targets = judgeTargets(met)
    expect(targets.map((t) => t.met)).toEqual([true, true, true, true])
    expect(targets[0].value).toBe('5.00×')
    expect(targetsTable(targets)).not.toContain('**no**')
  })

  it('adds the same ratios in CPU time to the text, without changing the verdict', () => {
    const targets = judgeTargets({
      ...met,
      cpuMs: { cliNpmThenPip: 2800, actionNpmPip: 400, actionNpm: 300, actionAll: 450 }
    })
    expect(targets[0].value).toBe('5.00× (CPU time: 7.00×)')
    expect(targets[1].value).toBe('1.18× (CPU time: 1.50×)')
    expect(targets.map((t) => t.met)).toEqual([true, true, true, true])
  })

  it('misses each target just past its threshold', () => {
    const targets = judgeTargets({
      ...met,
      cliNpmThenPipMs: 1596,
      actionAllMs: 380 * 1.31,
      callsWithoutValidation: [{ label: 'npm', calls: 4, formats: 1 }],
      coldStartMs: 121
    })
    expect(targets.map((t) => t.met)).toEqual([false, false, false, false])
    expect(targetsTable(targets).match(/\*\*no\*\*/g)).toHaveLength(4)
  })
})

describe('parseArgs', () => {
  it('defaults to 10 runs, 40 ms, every scenario, with the CLI', () => {
    expect(parseArgs([])).toEqual({
      runs: 10,
      latencyMs: 40,
      scenarios: null,
      cli: true,
      out: null,
      dist: null
    })
  })

  it('reads every flag, with a space or an equals sign', () => {
    expect(
      parseArgs([
        '--runs',
        '15',
        '--latency=60',
        '--scenarios',
        'npm, npm-pip',
        '--no-cli',
        '--out=/tmp/x',
        '--dist',
        '/tmp/d'
      ])
    ).toEqual({
      runs: 15,
      latencyMs: 60,
      scenarios: ['npm', 'npm-pip'],
      cli: false,
      out: '/tmp/x',
      dist: '/tmp/d'
    })
  })

  it('refuses unknown flags, missing values and bad numbers', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown flag '--fast'/)
    expect(() => parseArgs(['--runs'])).toThrow(/needs a value/)
    expect(() => parseArgs(['--runs', '0'])).toThrow(/integer ≥ 1/)
    expect(() => parseArgs(['--latency', '-5'])).toThrow(/integer ≥ 0/)
  })
})

describe('the counting proxy', () => {
  it('reads the service from the SigV4 scope and the action from the body or target', () => {
    expect(
      serviceOf(
        'AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/20261129/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=abc'
      )
    ).toBe('sts')
    expect(serviceOf(undefined)).toBe('unknown')
    expect(actionOf('Action=GetCallerIdentity&Version=2011-06-15', undefined)).toBe(
      'GetCallerIdentity'
    )
    expect(actionOf('{}', 'AWSSecurityTokenServiceV20110615.GetCallerIdentity')).toBe(
      'GetCallerIdentity'
    )
    expect(actionOf('', undefined)).toBe('Unknown')
  })

  it('answers SimulatePrincipalPolicy with one allowed result per action and resource', () => {
    const body = new URLSearchParams({
      Action: 'SimulatePrincipalPolicy',
      'ActionNames.member.2': 'codeartifact:GetRepositoryEndpoint',
      'ActionNames.member.1': 'codeartifact:ReadFromRepository',
      'ResourceArns.member.1': 'arn:aws:codeartifact:us-east-1:123456789012:repository/d/r&x'
    }).toString()
    const xml = new DOMParser().parseFromString(simulateAllowedXml(body), 'text/xml')
    const results = Array.from(xml.getElementsByTagName('EvaluationResults')[0].childNodes).filter(
      (node) => node.nodeName === 'member'
    ) as Element[]
    const text = (element: Element, name: string) =>
      element.getElementsByTagName(name)[0]?.textContent
    expect(results.map((r) => text(r, 'EvalActionName'))).toEqual([
      'codeartifact:ReadFromRepository',
      'codeartifact:GetRepositoryEndpoint'
    ])
    expect(results.map((r) => text(r, 'EvalDecision'))).toEqual(['allowed', 'allowed'])
    expect(text(results[0], 'EvalResourceDecision')).toBe('allowed')
    expect(text(results[0], 'EvalResourceName')).toBe(
      'arn:aws:codeartifact:us-east-1:123456789012:repository/d/r&x'
    )
    expect(xml.getElementsByTagName('IsTruncated')[0].textContent).toBe('false')
  })
})
