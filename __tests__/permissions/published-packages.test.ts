import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import {
  MAX_MANIFEST_BYTES,
  readWorkspacePackages
} from '../../src/permissions/published-packages.js'

let workspace: string
let outside: string

beforeEach(() => {
  workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'published-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'outside-'))
})
afterEach(() => {
  fs.rmSync(workspace, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

function write(name: string, text: string): void {
  fs.writeFileSync(path.join(workspace, name), text)
}

const ALL = ['npm', 'pypi', 'maven', 'nuget', 'cargo', 'ruby'] as const

describe('readWorkspacePackages', () => {
  it('reads each format’s manifest and applies CodeArtifact’s naming rules', () => {
    write('package.json', JSON.stringify({ name: '@myscope/tiny', version: '1.0.0' }))
    write('pyproject.toml', '[project]\nname = "Pigeon_CLI"\nversion = "1"\n')
    write(
      'pom.xml',
      '<project xmlns="http://maven.apache.org/POM/4.0.0"><parent><groupId>com.acme</groupId><artifactId>parent</artifactId></parent><artifactId>lib</artifactId></project>'
    )
    write(
      'Tools.csproj',
      '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><PackageId>Acme.Tools</PackageId></PropertyGroup></Project>'
    )
    write('Cargo.toml', '[package]\nname = "my_crate"\nversion = "0.1.0"\n')
    write('acme.gemspec', 'Gem::Specification.new do |spec|\n  spec.name = "acme-gem"\nend\n')
    const { packages, skipped } = readWorkspacePackages(workspace, ALL)
    expect(skipped).toEqual([])
    expect(packages.map((each) => [each.manifest, each.displayName, each.coordinates])).toEqual([
      ['Cargo.toml', 'my_crate', { format: 'cargo', name: 'my_crate' }],
      ['Tools.csproj', 'Acme.Tools', { format: 'nuget', name: 'acme.tools' }],
      ['acme.gemspec', 'acme-gem', { format: 'ruby', name: 'acme-gem' }],
      ['package.json', '@myscope/tiny', { format: 'npm', namespace: 'myscope', name: 'tiny' }],
      ['pom.xml', 'com.acme:lib', { format: 'maven', namespace: 'com.acme', name: 'lib' }],
      ['pyproject.toml', 'Pigeon_CLI', { format: 'pypi', name: 'pigeon-cli' }]
    ])
  })

  it('opens only the manifests of the formats asked for', () => {
    write('package.json', JSON.stringify({ name: 'tiny' }))
    write('Cargo.toml', 'not toml at all [')
    expect(readWorkspacePackages(workspace, ['npm'])).toEqual({
      packages: [
        {
          coordinates: { format: 'npm', name: 'tiny' },
          displayName: 'tiny',
          manifest: 'package.json'
        }
      ],
      skipped: []
    })
    expect(readWorkspacePackages(workspace, [])).toEqual({ packages: [], skipped: [] })
  })

  it('takes the Poetry and setup.cfg names, and the csproj defaults', () => {
    write('pyproject.toml', '[tool.poetry]\nname = "poetry.pkg"\n')
    write('setup.cfg', '[metadata]\nname = setup_pkg\n')
    write(
      'Assembly.csproj',
      '<Project><PropertyGroup><AssemblyName>Acme.Assembly</AssemblyName></PropertyGroup></Project>'
    )
    write('Plain.csproj', '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup/></Project>')
    const { packages } = readWorkspacePackages(workspace, ['pypi', 'nuget'])
    expect(packages.map((each) => each.coordinates.name)).toEqual([
      'acme.assembly',
      'plain',
      'poetry-pkg',
      'setup-pkg'
    ])
  })

  it.each([
    [
      'package.json',
      JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*'] }),
      /private/
    ],
    ['package.json', JSON.stringify({ name: 'Upper' }), /not a valid npm package name/],
    ['package.json', '{ not json', /could not be parsed/],
    [
      'pom.xml',
      '<project><groupId>com.acme</groupId><artifactId>root</artifactId><modules><module>a</module></modules></project>',
      /multi-module/
    ],
    [
      'pom.xml',
      '<project><groupId>${group}</groupId><artifactId>lib</artifactId></project>',
      /property/
    ],
    ['pom.xml', '<settings/>', /could not be parsed/],
    ['Cargo.toml', '[workspace]\nmembers = ["a"]\n', /workspace/],
    ['Cargo.toml', '[package]\nname = "x"\npublish = false\n', /publish = false/],
    ['x.gemspec', 'Gem::Specification.new { |s| s.name = NAME }', /literal/],
    [
      'x.csproj',
      '<Project><PropertyGroup><IsPackable>false</IsPackable></PropertyGroup></Project>',
      /IsPackable/
    ],
    [
      'x.csproj',
      '<Project><PropertyGroup><PackageId>$(Prefix).Tools</PackageId></PropertyGroup></Project>',
      /MSBuild property/
    ],
    ['pyproject.toml', '[build-system]\nrequires = []\n', /no \[project\]/]
  ])('names nothing from %s %s', (name, text, reason) => {
    write(name, text)
    const { packages, skipped } = readWorkspacePackages(workspace, ALL)
    expect(packages).toEqual([])
    expect(skipped).toEqual([{ manifest: name, reason: expect.stringMatching(reason) }])
  })

  it('does not follow a link out of the workspace, but follows one inside it', () => {
    fs.writeFileSync(path.join(outside, 'package.json'), JSON.stringify({ name: 'secret' }))
    fs.symlinkSync(path.join(outside, 'package.json'), path.join(workspace, 'package.json'))
    fs.mkdirSync(path.join(workspace, 'crate'))
    fs.writeFileSync(path.join(workspace, 'crate', 'Cargo.toml'), '[package]\nname = "inner"\n')
    fs.symlinkSync(path.join(workspace, 'crate', 'Cargo.toml'), path.join(workspace, 'Cargo.toml'))
    const { packages, skipped } = readWorkspacePackages(workspace, ALL)
    expect(packages.map((each) => each.coordinates.name)).toEqual(['inner'])
    expect(skipped).toEqual([
      { manifest: 'package.json', reason: 'it is a symbolic link leading out of the workspace' }
    ])
  })

  it('refuses a FIFO without waiting on it, a folder, and a file over the size cap', () => {
    execFileSync('mkfifo', [path.join(workspace, 'package.json')])
    fs.mkdirSync(path.join(workspace, 'Cargo.toml'))
    write('setup.cfg', `[metadata]\nname = big\n${'#'.repeat(MAX_MANIFEST_BYTES)}\n`)
    const { packages, skipped } = readWorkspacePackages(workspace, ALL)
    expect(packages).toEqual([])
    expect(skipped).toEqual([
      {
        manifest: 'Cargo.toml',
        reason: expect.stringMatching(/could not be read|not a regular file/)
      },
      { manifest: 'package.json', reason: 'it is a FIFO, not a regular file' },
      { manifest: 'setup.cfg', reason: `it is larger than ${MAX_MANIFEST_BYTES} bytes` }
    ])
  })

  it('reads nothing from a workspace that is not there', () => {
    expect(readWorkspacePackages(path.join(workspace, 'missing'), ALL)).toEqual({
      packages: [],
      skipped: []
    })
  })
})
