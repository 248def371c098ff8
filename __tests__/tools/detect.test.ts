import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { detectTools, listWorkspace, type WorkspaceListing } from '../../src/tools/detect.js'

function listing(files: Record<string, string>): WorkspaceListing {
  return { files: Object.keys(files), read: (name) => files[name] ?? null }
}

describe('tools/detect.ts', () => {
  it.each([
    [{ 'package.json': '{}' }, [{ tool: 'npm', because: 'package.json' }]],
    [
      { 'package.json': '{}', 'package-lock.json': '{}' },
      [{ tool: 'npm', because: 'package-lock.json' }]
    ],
    [{ 'package.json': '{}', 'pnpm-lock.yaml': '' }, [{ tool: 'pnpm', because: 'pnpm-lock.yaml' }]],
    [
      { 'package.json': '{}', 'yarn.lock': '# yarn lockfile v1\n' },
      [{ tool: 'yarn-classic', because: 'yarn.lock (yarn 1)' }]
    ],
    [
      { 'package.json': '{}', 'yarn.lock': '__metadata:\n  version: 8\n' },
      [{ tool: 'yarn-berry', because: 'yarn.lock (yarn 2+)' }]
    ],
    [
      { 'yarn.lock': '', '.yarnrc.yml': '' },
      [{ tool: 'yarn-berry', because: '.yarnrc.yml (yarn 2+)' }]
    ],
    [{ 'package.json': '{}', 'bun.lockb': '' }, [{ tool: 'bun', because: 'bun.lockb' }]],
    [
      { 'package.json': '{}', 'bunfig.toml': '' },
      [
        { tool: 'npm', because: 'package.json' },
        { tool: 'bun', because: 'bunfig.toml' }
      ]
    ],
    [{ 'requirements-dev.txt': '' }, [{ tool: 'pip', because: 'requirements-dev.txt' }]],
    [
      { 'pyproject.toml': '[tool.poetry]\nname = "x"\n' },
      [{ tool: 'poetry', because: 'pyproject.toml [tool.poetry]' }]
    ],
    [{ 'pyproject.toml': '[project]\n', 'uv.lock': '' }, [{ tool: 'uv', because: 'uv.lock' }]],
    [{ 'pom.xml': '' }, [{ tool: 'maven', because: 'pom.xml' }]],
    [{ 'build.gradle.kts': '' }, [{ tool: 'gradle', because: 'build.gradle.kts' }]],
    [{ 'App.csproj': '' }, [{ tool: 'nuget', because: 'App.csproj' }]],
    [{ 'Cargo.toml': '' }, [{ tool: 'cargo', because: 'Cargo.toml' }]],
    [{ Gemfile: '' }, [{ tool: 'ruby', because: 'Gemfile' }]],
    [{ 'Package.swift': '' }, [{ tool: 'swift', because: 'Package.swift' }]],
    [{ 'README.md': '' }, []]
  ])('%j', (files, expected) => {
    expect(detectTools(listing(files))).toEqual(expected)
  })

  it('detects several ecosystems in one workspace, each once', () => {
    const tools = detectTools(
      listing({ 'package.json': '{}', 'requirements.txt': '', 'setup.py': '', 'pom.xml': '' })
    ).map((entry) => entry.tool)
    expect(tools).toEqual(['npm', 'pip', 'maven'])
  })

  it('lists only top-level regular files of a real folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'detect-'))
    fs.writeFileSync(path.join(dir, 'package.json'), '{}')
    fs.mkdirSync(path.join(dir, 'pom.xml'))
    expect(listWorkspace(dir).files).toEqual(['package.json'])
    expect(listWorkspace(path.join(dir, 'missing')).files).toEqual([])
    fs.rmSync(dir, { recursive: true })
  })
})

describe('listWorkspace', () => {
  it('skips file names with line breaks or control characters, which could carry workflow commands', () => {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'detect-names-'))
    try {
      for (const name of [
        'y\n::stop-commands::abc\n.gemspec',
        'a\r.csproj',
        'b\u2028.sln',
        'ok.gemspec'
      ])
        fs.writeFileSync(path.join(workspace, name), '')
      const listing = listWorkspace(workspace)
      expect(listing.files).toEqual(['ok.gemspec'])
      expect(detectTools(listing)).toEqual([{ tool: 'ruby', because: 'ok.gemspec' }])
    } finally {
      fs.rmSync(workspace, { recursive: true, force: true })
    }
  })
})
