/**
 * `npm run demo`, as a new contributor runs it after `npm ci` (README, Development): the bundled
 * action against the enforcing world of the e2e tests, as a role with exactly the README's
 * consumer policy. It must install a package with the real npm and the real pip through what the
 * action wrote, make no denied AWS call, print no warning, and clean up; and when the machine
 * lacks a tool it needs, say which and how to install it before it starts anything.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../harness/action-runner.js'

const DEMO = path.join(REPO_ROOT, 'scripts', 'demo.mjs')

function runDemo(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEMO], { cwd: REPO_ROOT, env })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.stderr.on('data', (chunk) => (out += chunk))
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, out }))
  })
}

describe('npm run demo', () => {
  it('installs through what the action wrote, with no denied call and no warning, then cleans up', async () => {
    const { code, out } = await runDemo(process.env)
    expect({ code, out: code === 0 ? '' : out }).toEqual({ code: 0, out: '' })
    expect(out).toContain(
      'Done: the action set up npm and pip, both installed through CodeArtifact, and the post step cleaned up.'
    )
    expect(out).toContain(
      "role:     arn:aws:iam::123456789012:role/ci-consumer, with exactly the README's consumer policy"
    )
    expect(out).toContain('main step: denied AWS calls: none, warnings: none')
    expect(out).toContain('post step: denied AWS calls: none, warnings: none')
    expect(out).toContain('output permissions       allowed')
    expect(out).toContain(`require('tiny-pkg')() → "hello from tiny-pkg"`)
    expect(out).toContain('Successfully installed tiny-py-1.0.0')
    expect(out.match(/registry requests: 2, with the token: 2/g)).toHaveLength(2)
    expect(out).toMatch(/files the action wrote that are left: none \(\d+ removed or restored\)/)
  })

  it('names moto_server and how to install it, before it starts anything, when it is missing', async () => {
    // A PATH with python3 (with pip) and nothing else: no moto_server.
    const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-path-'))
    try {
      const python = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], {
        encoding: 'utf8'
      }).trim()
      fs.symlinkSync(python, path.join(bin, 'python3'))
      const { code, out } = await runDemo({ ...process.env, PATH: bin })
      expect(code).toBe(1)
      expect(out).toContain(
        "- moto_server (IAM and STS on 127.0.0.1) is not on the PATH: python3 -m pip install 'moto[server]==5.2.1'"
      )
      expect(out).not.toContain('Starting moto_server')
    } finally {
      fs.rmSync(bin, { recursive: true, force: true })
    }
  })
})
