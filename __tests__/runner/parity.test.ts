/**
 * src/runner/ speaks the runner's protocol without @actions/core (which drags
 * in undici). Here @actions/core is the oracle: for random names, values and
 * messages, both write the same bytes to stdout, to GITHUB_OUTPUT, GITHUB_ENV,
 * GITHUB_STATE and GITHUB_STEP_SUMMARY (heredoc delimiters are random in both,
 * so they are compared by shape), and read inputs and state the same way.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import * as core from '@actions/core'
import * as runner from '../../src/runner/index.js'
import { RUNNER_WHITESPACE } from '../../src/runner/workflow-commands.js'
import { runs } from '../properties/settings.js'
import { commandsTheRunnerSees } from '../harness/runner-model.js'

const RUNS = runs(200)
let dir: string
let saved: NodeJS.ProcessEnv
let savedExitCode: typeof process.exitCode

beforeEach(() => {
  saved = { ...process.env }
  savedExitCode = process.exitCode
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'runner-parity-'))
})
afterEach(() => {
  process.env = saved
  process.exitCode = savedExitCode
  fs.rmSync(dir, { recursive: true, force: true })
})

/** What `fn` wrote to stdout. */
function stdoutOf(fn: () => void): string {
  const written: string[] = []
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk))
    return true
  })
  try {
    fn()
  } finally {
    spy.mockRestore()
  }
  return written.join('')
}

/** .NET `Char.IsWhiteSpace` (https://learn.microsoft.com/dotnet/api/system.char.iswhitespace). */
const DOTNET_WHITESPACE = [
  ...'\t\n\v\f\r \u0085\u00a0\u1680\u2028\u2029\u202f\u205f\u3000',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i))
]

/** What src/runner fences. */
const commandLike = new RegExp(`(?:^|[\\r\\n])${RUNNER_WHITESPACE}*::|##\\[`)

/** Any text, including what the protocol escapes (%, CR, LF, `:`, `,`) and non-ASCII. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.stringMatching(/^[%\r\n:,=a ]{0,20}$/)
)
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_ -]{0,20}$/)

/** A file command's text with the random delimiter replaced by `ghadelimiter_X`. */
const normalize = (written: string): string =>
  written.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')

describe('workflow commands on stdout', () => {
  it.each([
    ['setSecret', (m: string) => runner.setSecret(m), (m: string) => core.setSecret(m)],
    ['debug', (m: string) => runner.debug(m), (m: string) => core.debug(m)],
    ['warning', (m: string) => runner.warning(m), (m: string) => core.warning(m)],
    ['error', (m: string) => runner.error(m), (m: string) => core.error(m)],
    ['startGroup', (m: string) => runner.startGroup(m), (m: string) => core.startGroup(m)],
    ['endGroup', () => runner.endGroup(), () => core.endGroup()]
  ])('%s writes what @actions/core writes', (_name, ours, theirs) => {
    fc.assert(
      fc.property(text, (message) => {
        expect(stdoutOf(() => ours(message))).toBe(stdoutOf(() => theirs(message)))
      }),
      { numRuns: RUNS }
    )
  })

  it('info writes what @actions/core writes when the text holds no workflow command', () => {
    fc.assert(
      fc.property(
        text.filter((m) => !commandLike.test(m)),
        (message) => {
          expect(stdoutOf(() => runner.info(message))).toBe(stdoutOf(() => core.info(message)))
        }
      ),
      { numRuns: RUNS }
    )
  })

  it('info never lets text act as a workflow command, and shows it unchanged', () => {
    const injected = fc.constantFrom(
      '::stop-commands::abc',
      '  ::add-mask::x',
      '::error title=Injected::from a file name',
      '##[stop-commands]abc',
      'x ##[add-mask]y',
      '::endgroup::',
      '::STOP-COMMANDS::abc'
    )
    // Whatever the runner's TrimStart strips (.NET Char.IsWhiteSpace), U+0085 above all, which
    // JavaScript's \s lacks.
    const leading = fc
      .array(fc.constantFrom(...DOTNET_WHITESPACE.filter((c) => c !== '\r' && c !== '\n')), {
        maxLength: 3
      })
      .map((chars) => chars.join(''))
    const hostile = fc
      .tuple(text, fc.constantFrom('\n', '\r', '\r\n', ''), leading, injected, text)
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(hostile, (message) => {
        const written = stdoutOf(() => runner.info(message))
        const seen = commandsTheRunnerSees(written)
        expect(seen.commands).toEqual([])
        // As the runner splits it: a CR at the end joins the line break after it.
        expect(seen.text).toBe(
          `${message}\n`
            .split(/\r\n|\r|\n/)
            .slice(0, -1)
            .join('\n')
        )
      }),
      { numRuns: RUNS }
    )
  })

  it('fences a command behind U+0085, which the runner strips and JavaScript does not', () => {
    const message = 'endpoint answer\n\u0085::stop-commands::pwned'
    // Unfenced, the runner model would stop commands: the model must be able to see it.
    expect(commandsTheRunnerSees(`${message}\n::add-mask::x\n`).commands).toEqual([])
    const written = stdoutOf(() => runner.info(message))
    expect(written.startsWith('::stop-commands::')).toBe(true)
    expect(commandsTheRunnerSees(`${written}::add-mask::x\n`).commands).toEqual(['::add-mask::x'])
  })

  it('the fence covers every character .NET Char.IsWhiteSpace calls white space', () => {
    const stripped: string[] = []
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      if (commandsTheRunnerSees(`${char}::add-mask::x\n`).commands.length === 1) {
        stripped.push(char)
      }
    }
    // The model strips exactly .NET's set (CR and LF split the line instead).
    expect(stripped.sort()).toEqual([...DOTNET_WHITESPACE].sort())
    for (const char of stripped) {
      const written = stdoutOf(() => runner.info(`${char}::add-mask::x`))
      expect([char.charCodeAt(0).toString(16), commandsTheRunnerSees(written).commands]).toEqual([
        char.charCodeAt(0).toString(16),
        []
      ])
    }
  })

  it('escapes what would end a command early', () => {
    expect(stdoutOf(() => runner.setSecret('a%b\r\nc'))).toBe(`::add-mask::a%25b%0D%0Ac${os.EOL}`)
  })

  it('warning and error take an Error as @actions/core does', () => {
    const failure = new TypeError('bad: thing,\nsecond line')
    expect(stdoutOf(() => runner.warning(failure))).toBe(stdoutOf(() => core.warning(failure)))
    expect(stdoutOf(() => runner.error(failure))).toBe(stdoutOf(() => core.error(failure)))
  })

  it('setFailed sets exit code 1 and writes an error annotation', () => {
    process.exitCode = 0
    const ours = stdoutOf(() => runner.setFailed('no token: 100%'))
    expect(process.exitCode).toBe(1)
    process.exitCode = 0
    expect(ours).toBe(stdoutOf(() => core.setFailed('no token: 100%')))
    expect(process.exitCode).toBe(1)
  })

  it('group ends the group when its function throws, and passes the error on', async () => {
    const lines: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      lines.push(String(chunk))
      return true
    })
    try {
      await expect(
        runner.group('Identity', async () => {
          runner.info('inside')
          throw new Error('boom')
        })
      ).rejects.toThrow('boom')
      await expect(runner.group('Token', async () => 42)).resolves.toBe(42)
    } finally {
      spy.mockRestore()
    }
    expect(lines.join('')).toBe(
      ['::group::Identity', 'inside', '::endgroup::', '::group::Token', '::endgroup::', ''].join(
        os.EOL
      )
    )
  })
})

describe('environment files', () => {
  const files = () =>
    Object.fromEntries(
      (['OUTPUT', 'ENV', 'STATE'] as const).map((kind) => {
        const file = path.join(dir, kind)
        fs.writeFileSync(file, '')
        process.env[`GITHUB_${kind}`] = file
        return [kind, file]
      })
    )

  it('setOutput, exportVariable and saveState append what @actions/core appends', () => {
    fc.assert(
      fc.property(name, text, (key, value) => {
        const paths = files()
        runner.setOutput(key, value)
        runner.exportVariable(key, value)
        expect(process.env[key]).toBe(value)
        delete process.env[key]
        runner.saveState(key, value)
        const ours = Object.values(paths).map((p) => fs.readFileSync(p, 'utf8'))
        const again = files()
        core.setOutput(key, value)
        core.exportVariable(key, value)
        core.saveState(key, value)
        const theirs = Object.values(again).map((p) => fs.readFileSync(p, 'utf8'))
        expect(ours.map(normalize)).toEqual(theirs.map(normalize))
        expect(ours[0]).toMatch(/^[^\n]*<<ghadelimiter_[0-9a-f-]{36}\n/)
      }),
      { numRuns: RUNS }
    )
  })

  it('uses a fresh delimiter for every value', () => {
    const { OUTPUT } = files()
    runner.setOutput('a', '1')
    runner.setOutput('b', '2')
    const delimiters = fs.readFileSync(OUTPUT, 'utf8').match(/ghadelimiter_[0-9a-f-]{36}/g) ?? []
    expect(delimiters).toHaveLength(4)
    expect(new Set(delimiters).size).toBe(2)
  })

  it('throws, as @actions/core does, when the named file is missing', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'gone')
    expect(() => runner.setOutput('a', '1')).toThrow(
      `Missing file at path: ${path.join(dir, 'gone')}`
    )
    expect(() => core.setOutput('a', '1')).toThrow(
      `Missing file at path: ${path.join(dir, 'gone')}`
    )
  })

  it('without the files, throws and prints nothing, where @actions/core prints the value in a command', () => {
    delete process.env.GITHUB_OUTPUT
    delete process.env.GITHUB_ENV
    delete process.env.GITHUB_STATE
    for (const [fn, name] of [
      [(api: typeof runner | typeof core) => api.setOutput('token', 's3cret'), 'GITHUB_OUTPUT'],
      [(api: typeof runner | typeof core) => api.exportVariable('TOKEN', 's3cret'), 'GITHUB_ENV'],
      [(api: typeof runner | typeof core) => api.saveState('token', 's3cret'), 'GITHUB_STATE']
    ] as const) {
      let ours = ''
      expect(() => (ours = stdoutOf(() => fn(runner)))).toThrow(`${name} is not set`)
      expect(ours).toBe('')
      expect(stdoutOf(() => fn(core))).toContain('s3cret')
    }
    expect(process.env.TOKEN).toBe('s3cret') // @actions/core's; ours set nothing
    delete process.env.TOKEN
    expect(runner.missingEnvironmentFiles().map((found) => found.name)).toEqual([
      'GITHUB_OUTPUT',
      'GITHUB_ENV',
      'GITHUB_STATE'
    ])
    expect(() => runner.checkEnvironmentFiles()).toThrow(
      /^GITHUB_OUTPUT is not set.*GITHUB_ENV is not set.*GITHUB_STATE is not set.*token included\.$/
    )
  })

  it('reads inputs and state as @actions/core does', () => {
    fc.assert(
      fc.property(name, text, (key, value) => {
        process.env[`INPUT_${key.replace(/ /g, '_').toUpperCase()}`] = value
        process.env[`STATE_${key}`] = value
        expect(runner.getInput(key)).toBe(core.getInput(key))
        expect(runner.getState(key)).toBe(core.getState(key))
      }),
      { numRuns: RUNS }
    )
    expect(runner.getInput('never-set-input')).toBe('')
    expect(runner.getState('never-set-state')).toBe('')
  })
})

describe('job summary', () => {
  type Builder = typeof runner.summary | typeof core.summary
  const cell = fc.oneof(
    text,
    fc.record(
      {
        data: text,
        header: fc.boolean(),
        colspan: fc.constantFrom('2', '3'),
        rowspan: fc.constantFrom('2')
      },
      { requiredKeys: ['data'] }
    )
  )
  const step = fc.oneof(
    fc.tuple(fc.constant('raw'), text, fc.boolean()),
    fc.tuple(fc.constant('heading'), text, fc.constantFrom(1, 2, 3, 6, 7, '4')),
    fc.tuple(fc.constant('table'), fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 4 })),
    fc.tuple(fc.constant('list'), fc.array(text, { maxLength: 4 }), fc.boolean()),
    fc.tuple(fc.constant('details'), text, text),
    fc.tuple(
      fc.constant('code'),
      text,
      fc.option(fc.constantFrom('json', 'ini'), { nil: undefined })
    )
  )
  function build(builder: Builder, steps: readonly (readonly unknown[])[]): string {
    builder.emptyBuffer()
    for (const s of steps) {
      const [kind] = s
      if (kind === 'raw') builder.addRaw(s[1] as string, s[2] as boolean)
      else if (kind === 'heading') builder.addHeading(s[1] as string, s[2] as number)
      else if (kind === 'table') builder.addTable(s[1] as runner.SummaryTableCell[][])
      else if (kind === 'list') builder.addList(s[1] as string[], s[2] as boolean)
      else if (kind === 'details') builder.addDetails(s[1] as string, s[2] as string)
      else builder.addCodeBlock(s[1] as string, s[2] as string | undefined)
    }
    return builder.stringify()
  }

  it('builds the HTML @actions/core builds', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 8 }), (steps) => {
        expect(build(runner.summary, steps)).toBe(build(core.summary, steps))
      }),
      { numRuns: RUNS }
    )
  })

  it('write appends to GITHUB_STEP_SUMMARY and empties the buffer', async () => {
    const file = path.join(dir, 'summary.md')
    fs.writeFileSync(file, 'earlier step\n')
    process.env.GITHUB_STEP_SUMMARY = file
    await new runner.SummaryBuffer().addHeading('Token', 3).addRaw('<p>ok</p>', true).write()
    expect(fs.readFileSync(file, 'utf8')).toBe(
      `earlier step\n<h3>Token</h3>${os.EOL}<p>ok</p>${os.EOL}`
    )
    expect(runner.summary.emptyBuffer().addRaw('x').stringify()).toBe('x')
    await runner.summary.write()
    expect(runner.summary.stringify()).toBe('')
  })

  it('write fails with @actions/core’s message when there is no summary file', async () => {
    delete process.env.GITHUB_STEP_SUMMARY
    await expect(new runner.SummaryBuffer().write()).rejects.toThrow(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY'
    )
    process.env.GITHUB_STEP_SUMMARY = path.join(dir, 'missing.md')
    await expect(new runner.SummaryBuffer().write()).rejects.toThrow(
      `Unable to access summary file: '${path.join(dir, 'missing.md')}'`
    )
  })
})
