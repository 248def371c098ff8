/** The README's tables of inputs and outputs are generated from action.yml and never drift. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { inputsTable, outputsTable, updateReadme } from '../scripts/docs-tables.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8')

describe('README tables', () => {
  it('match action.yml (run `npm run docs` after changing an input or output)', () => {
    const readme = read('README.md')
    expect(updateReadme(readme, read('action.yml'))).toBe(readme)
  })

  it('list every input and output of action.yml once', () => {
    const action = parse(read('action.yml')) as {
      inputs: Record<string, unknown>
      outputs: Record<string, unknown>
    }
    const readme = read('README.md')
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) {
      expect({ name, rows: readme.split(`\n| \`${name}\` |`).length - 1 }).toEqual({
        name,
        rows: 1
      })
    }
  })
})

describe('inputsTable and outputsTable', () => {
  const action = {
    inputs: {
      domain: { description: 'The domain.\nSecond line.', required: true },
      tools: { description: 'npm | pip', required: false, default: 'auto' },
      blank: { description: 'x', default: '' }
    },
    outputs: { token: { description: 'The token (masked).' } }
  }

  it('fold descriptions to one line, escape pipes, and show defaults', () => {
    expect(inputsTable(action).split('\n')).toEqual([
      '| Input | Required | Default | Description |',
      '| --- | --- | --- | --- |',
      '| `domain` | yes |  | The domain. Second line. |',
      '| `tools` | no | `auto` | npm \\| pip |',
      '| `blank` | no |  | x |'
    ])
    expect(outputsTable(action)).toBe(
      '| Output | Description |\n| --- | --- |\n| `token` | The token (masked). |'
    )
  })

  it('replace only the text between the markers, and refuse a README without them', () => {
    const yaml = 'inputs:\n  a:\n    description: A\noutputs:\n  b:\n    description: B\n'
    const readme =
      'intro\n<!-- action-inputs:start -->\nold\n<!-- action-inputs:end -->\nmiddle\n' +
      '<!-- action-outputs:start --><!-- action-outputs:end -->\nend\n'
    expect(updateReadme(readme, yaml)).toBe(
      'intro\n<!-- action-inputs:start -->\n\n| Input | Required | Default | Description |\n| --- | --- | --- | --- |\n| `a` | no |  | A |\n\n<!-- action-inputs:end -->\nmiddle\n' +
        '<!-- action-outputs:start -->\n\n| Output | Description |\n| --- | --- |\n| `b` | B |\n\n<!-- action-outputs:end -->\nend\n'
    )
    expect(() => updateReadme('no markers', yaml)).toThrow(
      'README.md lacks the markers <!-- action-inputs:start -->'
    )
  })
})
