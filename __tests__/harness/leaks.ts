/**
 * Token-leak assertions for e2e tests. Every e2e step, success or failure,
 * should end with `expectNoTokenLeak(step, job, token)`: the token (and each
 * encoding of it: URL-encoded, base64 of `aws:<token>` and of the bare token)
 * must appear in no stdout/stderr line except the `::add-mask::` lines, not in
 * GITHUB_STATE or the job summary, in GITHUB_OUTPUT only as the `token` output, and in no file
 * under GITHUB_WORKSPACE.
 *
 * `startProcessRecorder()` goes further: a `--require` preload (through
 * NODE_OPTIONS) wraps child_process (spawn, exec*, fork), process.stdout/stderr
 * and the fs write calls of the bundled action, and logs each call in order, so
 * a test can prove the action spawns nothing and registers every form of the
 * token as a secret before it writes the token anywhere.
 */
import { expect } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { tokenForms } from '../../src/token-masking.js'
import { listFiles, type Job, type StepResult } from './action-runner.js'

export { tokenForms }

/** The forms of every token given, longest first (so a report names the most specific). */
export function leakForms(tokens: string | string[]): string[] {
  const list = Array.isArray(tokens) ? tokens : [tokens]
  return [...new Set(list.flatMap((token) => tokenForms(token)))].sort(
    (a, b) => b.length - a.length
  )
}

/** The first form of the token found in `text`, if any. */
function formIn(text: string | Buffer, forms: string[]): string | undefined {
  return forms.find((form) => text.includes(form))
}

/** A short, token-free description of where a form was found, for failure messages. */
function describeForm(form: string, forms: string[], tokens: string[]): string {
  const token = tokens.find((candidate) => tokenForms(candidate).includes(form)) ?? ''
  const kind =
    form === token
      ? 'the token'
      : form === encodeURIComponent(token)
        ? 'URL-encoded token'
        : form === Buffer.from(`aws:${token}`).toString('base64')
          ? 'base64 of aws:<token>'
          : 'base64 of the token'
  return `${kind} #${tokens.indexOf(token) + 1} (${forms.length} forms checked)`
}

/** Files under `dirs` that hold any form of the tokens: `[{file, form}]`, form described, not shown. */
export function filesHoldingToken(
  dirs: string[],
  tokens: string | string[]
): { file: string; form: string }[] {
  const list = Array.isArray(tokens) ? tokens : [tokens]
  const forms = leakForms(list)
  const found: { file: string; form: string }[] = []
  for (const dir of dirs) {
    for (const file of listFiles(dir)) {
      let content: Buffer
      try {
        content = fs.readFileSync(file)
      } catch {
        continue
      }
      const form = formIn(content, forms)
      if (form !== undefined) found.push({ file, form: describeForm(form, forms, list) })
    }
  }
  return found
}

/**
 * The leak rules for one step of the bundled action (main or post, success or failure):
 * - stdout and stderr: no line holds any form, except `::add-mask::<form>` lines;
 * - GITHUB_STATE and GITHUB_STEP_SUMMARY: no form at all;
 * - GITHUB_OUTPUT: no output but `token` holds any form, and the token appears at most once;
 * - GITHUB_WORKSPACE: no file holds any form;
 * - when the token was handed out (the `token` output or an exported variable), every form of
 *   it was registered with `::add-mask::`.
 */
export function expectNoTokenLeak(step: StepResult, job: Job, tokens: string | string[]): void {
  const list = Array.isArray(tokens) ? tokens : [tokens]
  const forms = leakForms(list)
  const leaks: string[] = []
  for (const [stream, text] of [
    ['stdout', step.stdout],
    ['stderr', step.stderr]
  ] as const) {
    text.split(/\r?\n/).forEach((line, index) => {
      if (line.startsWith('::add-mask::')) return
      const form = formIn(line, forms)
      if (form) leaks.push(`${stream} line ${index + 1}: ${describeForm(form, forms, list)}`)
    })
  }
  const stateForm = formIn(step.raw.state, forms)
  if (stateForm) leaks.push(`GITHUB_STATE: ${describeForm(stateForm, forms, list)}`)
  const summaryForm = formIn(step.summary ?? '', forms)
  if (summaryForm) leaks.push(`GITHUB_STEP_SUMMARY: ${describeForm(summaryForm, forms, list)}`)
  for (const [name, value] of Object.entries(step.outputs)) {
    const form = formIn(value, forms)
    if (form && !(name === 'token' && list.includes(value))) {
      leaks.push(`GITHUB_OUTPUT '${name}': ${describeForm(form, forms, list)}`)
    }
  }
  for (const token of list) {
    const count = step.raw.output.split(token).length - 1
    if (count > 1)
      leaks.push(`GITHUB_OUTPUT holds token #${list.indexOf(token) + 1} ${count} times`)
  }
  for (const { file, form } of filesHoldingToken([job.workspace], list)) {
    leaks.push(`workspace file ${path.relative(job.workspace, file)}: ${form}`)
  }
  const handedOut = list.filter(
    (token) =>
      step.outputs.token === token ||
      Object.values(step.exportedEnv).some((value) => value.includes(token))
  )
  const masked = new Set(step.stdout.split(/\r?\n/).map(maskedValue))
  for (const token of handedOut) {
    for (const form of tokenForms(token)) {
      if (!masked.has(form)) leaks.push(`not masked: ${describeForm(form, forms, list)}`)
    }
  }
  expect(leaks).toEqual([])
}

/**
 * The secret an `::add-mask::` line registers, decoded as the runner decodes command data
 * (`%25` → `%`, `%0D` → CR, `%0A` → LF; src/runner/ escapes them, as @actions/core does, when it writes the line).
 */
export function maskedValue(line: string): string | undefined {
  if (!line.startsWith('::add-mask::')) return undefined
  return line
    .slice('::add-mask::'.length)
    .replace(/\r?\n$/, '')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%25/g, '%')
}

/** One call the preload saw in the bundled action's process. */
export type RecordedEvent = { pid: number; seq: number } & (
  | { kind: 'spawn'; fn: string; argv: string[] }
  | { kind: 'stdout' | 'stderr'; text: string }
  | { kind: 'write'; fn: string; path: string; text: string }
  | { kind: 'rename' | 'copy'; from: string; to: string }
)

/** Records what the bundled action does; see `startProcessRecorder`. */
export interface ProcessRecorder {
  /** The folder of the preload and the log (outside every job folder). */
  dir: string
  /** NODE_OPTIONS and the log path, to add to a step's env. */
  env: Record<string, string>
  /** Events logged since the last `reset()`, in order, per process. */
  events(): RecordedEvent[]
  reset(): void
  dispose(): void
}

const PRELOAD = String.raw`'use strict'
// Test-only preload (NODE_OPTIONS=--require): logs child_process calls, stdout/stderr
// writes, fs writes, renames and copies of this process, in order, as JSON lines.
const fs = require('node:fs')
const cp = require('node:child_process')
const { syncBuiltinESMExports } = require('node:module')
const LOG = process.env.CODEARTIFACT_TEST_PROCESS_LOG
if (LOG) {
  const append = fs.appendFileSync
  let seq = 0
  let busy = false // appendFileSync calls the (wrapped) writeFileSync: don't log the log
  const record = (event) => {
    if (busy) return
    busy = true
    try {
      append(LOG, JSON.stringify({ pid: process.pid, seq: seq++, ...event }) + '\n')
    } catch {
    } finally {
      busy = false
    }
  }
  const text = (data) =>
    typeof data === 'string'
      ? data
      : Buffer.isBuffer(data) || ArrayBuffer.isView(data)
        ? Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')
        : String(data)
  for (const fn of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) {
    const original = cp[fn]
    cp[fn] = function (...args) {
      const argv = args
        .slice(0, 2)
        .flatMap((arg) => (Array.isArray(arg) ? arg : [arg]))
        .filter((arg) => typeof arg === 'string')
      record({ kind: 'spawn', fn, argv })
      return original.apply(this, args)
    }
  }
  for (const name of ['stdout', 'stderr']) {
    const stream = process[name]
    const write = stream.write
    stream.write = function (chunk, ...rest) {
      record({ kind: name, text: text(chunk) })
      return write.call(this, chunk, ...rest)
    }
  }
  const fds = new Map()
  const openSync = fs.openSync
  fs.openSync = function (file, ...rest) {
    const fd = openSync.call(this, file, ...rest)
    fds.set(fd, String(file))
    return fd
  }
  const where = (target) =>
    typeof target === 'number' ? (fds.get(target) ?? 'fd:' + target) : String(target?.path ?? target)
  for (const fn of ['writeFileSync', 'appendFileSync', 'writeSync', 'writeFile', 'appendFile', 'write']) {
    const original = fs[fn]
    fs[fn] = function (target, data, ...rest) {
      record({ kind: 'write', fn, path: where(target), text: text(data) })
      return original.call(this, target, data, ...rest)
    }
  }
  for (const fn of ['renameSync', 'copyFileSync']) {
    const original = fs[fn]
    fs[fn] = function (from, to, ...rest) {
      record({ kind: fn === 'renameSync' ? 'rename' : 'copy', from: String(from), to: String(to) })
      return original.call(this, from, to, ...rest)
    }
  }
  for (const fn of ['writeFile', 'appendFile']) {
    const original = fs.promises[fn]
    fs.promises[fn] = function (target, data, ...rest) {
      record({ kind: 'write', fn: 'promises.' + fn, path: where(target), text: text(data) })
      return original.call(this, target, data, ...rest)
    }
  }
  syncBuiltinESMExports()
}
`

/**
 * Writes the preload into a fresh temp folder (outside any job). Add `recorder.env` to the
 * env of the steps to record, e.g. with `recordSteps(job, recorder, () => runMain(…))`.
 */
export function startProcessRecorder(): ProcessRecorder {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ca-recorder-'))
  const preload = path.join(dir, 'record-process.cjs')
  const log = path.join(dir, 'events.jsonl')
  fs.writeFileSync(preload, PRELOAD)
  fs.writeFileSync(log, '')
  return {
    dir,
    env: { NODE_OPTIONS: `--require ${preload}`, CODEARTIFACT_TEST_PROCESS_LOG: log },
    events: () =>
      fs
        .readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as RecordedEvent),
    reset: () => fs.writeFileSync(log, ''),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Runs `step` with the recorder's env added to the job's env (and removed afterwards, so later
 * steps such as real npm or pip runs are not recorded).
 */
export async function recordSteps<T>(
  job: Job,
  recorder: ProcessRecorder,
  step: () => Promise<T>
): Promise<T> {
  const saved = { ...job.env }
  Object.assign(job.env, recorder.env)
  try {
    return await step()
  } finally {
    for (const name of Object.keys(recorder.env)) delete job.env[name]
    Object.assign(job.env, saved)
  }
}

/** Every child process the recorded steps started (`[]` is what the action should show). */
export function spawnedCommands(events: RecordedEvent[]): string[][] {
  return events.flatMap((event) => (event.kind === 'spawn' ? [[event.fn, ...event.argv]] : []))
}

/** What an event hands on (a write, a command line, a log line), or undefined for mask lines. */
function usedText(event: RecordedEvent): string | undefined {
  if (event.kind === 'write') return event.text
  if (event.kind === 'spawn') return event.argv.join(' ')
  if (event.kind === 'stdout' || event.kind === 'stderr') {
    return event.text.startsWith('::add-mask::') ? undefined : event.text
  }
  return undefined
}

/**
 * Checks, per recorded process, that every form of each token that appears in a write or an
 * output line was registered with `::add-mask::` before that first use. Returns the number of
 * uses seen, so callers can assert the check had something to check.
 */
export function expectMaskedBeforeUse(events: RecordedEvent[], tokens: string | string[]): number {
  const list = Array.isArray(tokens) ? tokens : [tokens]
  const problems: string[] = []
  let uses = 0
  for (const pid of new Set(events.map((event) => event.pid))) {
    const own = events.filter((event) => event.pid === pid).sort((a, b) => a.seq - b.seq)
    for (const token of list) {
      const forms = tokenForms(token)
      const maskedAt = new Map<string, number>()
      for (const event of own) {
        const form = event.kind === 'stdout' ? maskedValue(event.text) : undefined
        if (form !== undefined && forms.includes(form) && !maskedAt.has(form)) {
          maskedAt.set(form, event.seq)
        }
      }
      const firstUse = own.find((event) => {
        const text = usedText(event)
        return text !== undefined && forms.some((form) => text.includes(form))
      })
      if (firstUse === undefined) continue
      uses++
      for (const form of forms) {
        const at = maskedAt.get(form)
        if (at === undefined || at > firstUse.seq) {
          problems.push(
            `${describeForm(form, forms, list)} not masked before its first use (${firstUse.kind} ${'path' in firstUse ? firstUse.path : ''})`
          )
        }
      }
    }
  }
  expect(problems).toEqual([])
  return uses
}
