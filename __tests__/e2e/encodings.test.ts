/**
 * A user's XML config keeps its declared encoding and BOM when the action merges into it
 * (issue #15 item 7), through the bundled action: an ISO-8859-1 `~/.m2/settings.xml` keeps
 * another server's non-ASCII password byte for byte, and a UTF-16 NuGet.Config (which NuGet
 * reads) is merged, not refused. Python's XML parser, which honours BOMs and declarations as
 * Maven's and NuGet's do, reads each merged file; the post step puts the original bytes back.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { startLocalAws, type LocalAws } from '../harness/local-aws-env.mjs'
import { createJob, runMain, runPost, type Job } from '../harness/action-runner.js'
import { expectNoTokenLeak, filesHoldingToken } from '../harness/leaks.js'

let aws: LocalAws
let awsEnv: Record<string, string>
let token: string

beforeAll(async () => {
  aws = await startLocalAws()
  awsEnv = await aws.jobEnv()
  token = aws.emulator.tokenFor('my-domain')
})

afterAll(async () => {
  await aws?.stop()
})

const INPUTS = { domain: 'my-domain', repository: 'my-repo', 'check-permissions': 'off' }

/** What Python's ElementTree reads from `file`: `[tag path, text or attributes]` of the elements asked for. */
function readWithPython(file: string, query: string): unknown {
  const script = [
    'import json, sys, xml.etree.ElementTree as ET',
    'root = ET.parse(sys.argv[1]).getroot()',
    'ns = {"m": root.tag[1:root.tag.index("}")]} if root.tag.startswith("{") else {}',
    `print(json.dumps(${query}, ensure_ascii=True))`
  ].join('\n')
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }))
}

describe('an ISO-8859-1 settings.xml', () => {
  const ORIGINAL = Buffer.from(
    [
      '<?xml version="1.0" encoding="ISO-8859-1"?>',
      '<!-- Grüße aus München -->',
      '<settings>',
      '  <servers>',
      '    <server>',
      '      <id>corp</id>',
      '      <username>jürgen</username>',
      '      <password>pässwörd§</password>',
      '    </server>',
      '  </servers>',
      '</settings>',
      ''
    ].join('\n'),
    'latin1'
  )
  let job: Job
  let settings: string

  beforeAll(async () => {
    job = createJob(awsEnv)
    settings = path.join(job.home, '.m2', 'settings.xml')
    fs.mkdirSync(path.dirname(settings))
    fs.writeFileSync(settings, ORIGINAL, { mode: 0o644 })
  })

  it('is merged in ISO-8859-1: the other server’s password is the same bytes, and ours is added', async () => {
    const main = await runMain(job, { ...INPUTS, tools: 'maven' })
    expect(main.code).toBe(0)
    expectNoTokenLeak(main, job, token)
    const bytes = fs.readFileSync(settings)
    expect(bytes.toString('latin1')).toMatch(/^<\?xml version="1\.0" encoding="ISO-8859-1"\?>/)
    expect(bytes.includes(Buffer.from('<password>pässwörd§</password>', 'latin1'))).toBe(true)
    expect(bytes.includes(Buffer.from('pässwörd', 'utf8'))).toBe(false)
    expect(
      readWithPython(
        settings,
        '[[s.findtext("id"), s.findtext("username"), s.findtext("password")] for s in root.iter("server")]'
      )
    ).toEqual([
      ['corp', 'jürgen', 'pässwörd§'],
      ['codeartifact', 'aws', '${env.CODEARTIFACT_AUTH_TOKEN}']
    ])
  })

  it('comes back byte for byte after the post step', async () => {
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(fs.readFileSync(settings).equals(ORIGINAL)).toBe(true)
    expect(fs.statSync(settings).mode & 0o777).toBe(0o644)
    expect(filesHoldingToken([job.home, job.runnerTemp], token)).toEqual([])
  })
})

describe('a UTF-16 NuGet.Config with a BOM', () => {
  const ORIGINAL = Buffer.from(
    '\uFEFF' +
      [
        '<?xml version="1.0" encoding="utf-16"?>',
        '<configuration>',
        '  <packageSources>',
        '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
        '    <add key="Société" value="https://nuget.example/v3/index.json" />',
        '  </packageSources>',
        '</configuration>',
        ''
      ].join('\r\n'),
    'utf16le'
  )
  let job: Job
  let config: string

  beforeAll(async () => {
    job = createJob(awsEnv)
    config = path.join(job.home, '.nuget', 'NuGet', 'NuGet.Config')
    fs.mkdirSync(path.dirname(config), { recursive: true })
    fs.writeFileSync(config, ORIGINAL)
  })

  it('is merged, and stays UTF-16 with its BOM', async () => {
    const main = await runMain(job, { ...INPUTS, tools: 'nuget' })
    expect(main.code).toBe(0)
    expectNoTokenLeak(main, job, token)
    const bytes = fs.readFileSync(config)
    expect([...bytes.subarray(0, 2)]).toEqual([0xff, 0xfe])
    expect(bytes.subarray(2).toString('utf16le')).toMatch(
      /^<\?xml version="1\.0" encoding="utf-16"\?>\r\n/
    )
    const url = `${aws.emulator.endpointFor('my-domain', 'my-repo', 'nuget')}v3/index.json`
    expect(
      readWithPython(config, '[a.attrib for a in root.find("packageSources").iter("add")]')
    ).toEqual([
      { key: 'nuget.org', value: 'https://api.nuget.org/v3/index.json', protocolVersion: '3' },
      { key: 'Société', value: 'https://nuget.example/v3/index.json' },
      { key: 'my-domain/my-repo', value: url }
    ])
    expect(main.outputs['nuget-source-url']).toBe(url)
  })

  it('comes back byte for byte after the post step', async () => {
    const post = await runPost(job)
    expect(post.code).toBe(0)
    expect(fs.readFileSync(config).equals(ORIGINAL)).toBe(true)
  })
})
