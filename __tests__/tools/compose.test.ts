import { describe, expect, it } from '@jest/globals'
import { composePlans } from '../../src/tools/compose.js'
import type { RepositoryAccess, ToolConfigurer } from '../../src/tools/plan.js'

const access = {
  domain: 'd1',
  domainOwner: '111122223333',
  repository: 'r1',
  region: 'us-east-1',
  format: 'npm',
  endpoint: 'http://e/',
  token: 't',
  tokenEnvName: 'T'
} satisfies RepositoryAccess
const location = { platform: 'linux' as const, home: '/h', workDir: '/w', env: {} }

const appender = (line: string): ToolConfigurer => ({
  reads: () => ['/shared'],
  plan: ({ files }) => ({
    files: [{ path: '/shared', content: `${files.get('/shared') ?? ''}${line}\n` }],
    env: { [line]: '1' },
    outputs: {},
    notes: [line]
  })
})

describe('tools/compose.ts', () => {
  it('lets a later plan see an earlier plan of the same file, and plans each path once', () => {
    const reads: string[] = []
    const composed = composePlans(
      [
        { tool: 'a', configurer: appender('a'), access },
        { tool: 'b', configurer: appender('b'), access }
      ],
      location,
      { npmScopes: [] },
      (file) => {
        reads.push(file)
        return 'disk\n'
      }
    )
    expect(composed.files).toEqual([{ path: '/shared', content: 'disk\na\nb\n' }])
    expect(composed.env).toEqual({ a: '1', b: '1' })
    expect(composed.notes).toEqual([
      { tool: 'a', lines: ['a'], warnings: [] },
      { tool: 'b', lines: ['b'], warnings: [] }
    ])
    expect(reads).toEqual(['/shared'])
  })
})

describe('tools/compose.ts URL outputs across repositories', () => {
  const setsOutput = (value: string): ToolConfigurer => ({
    reads: () => [],
    plan: () => ({ files: [], env: {}, outputs: { 'npm-registry-url': value }, notes: [] })
  })
  const compose = (steps: [string, string][]) =>
    composePlans(
      steps.map(([tool, value]) => ({ tool, configurer: setsOutput(value), access })),
      location,
      { npmScopes: [] },
      () => null
    )

  it("names npm's repository whichever order the clients come in, and says who uses the other", () => {
    for (const order of [
      [
        ['npm', 'https://a/'],
        ['bun', 'https://b/']
      ],
      [
        ['bun', 'https://b/'],
        ['npm', 'https://a/']
      ]
    ] as [string, string][][]) {
      const composed = compose(order)
      expect(composed.outputs).toEqual({ 'npm-registry-url': 'https://a/' })
      expect(composed.notes.flatMap((note) => note.lines)).toEqual([
        expect.stringMatching(
          /^output npm-registry-url (is|stays) https:\/\/a\/ \(npm\); bun uses https:\/\/b\/$/
        )
      ])
    }
  })

  it('keeps quiet when the clients agree', () => {
    const composed = compose([
      ['npm', 'https://a/'],
      ['pnpm', 'https://a/']
    ])
    expect(composed.outputs).toEqual({ 'npm-registry-url': 'https://a/' })
    expect(composed.notes.flatMap((note) => note.lines)).toEqual([])
  })
})
