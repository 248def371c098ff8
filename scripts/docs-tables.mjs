#!/usr/bin/env node
// Generates the README's tables of inputs and outputs from action.yml, so they never drift.
//
//   node scripts/docs-tables.mjs          rewrite the tables in README.md
//   node scripts/docs-tables.mjs --check  exit 1 (and say which) when README.md is out of date
//
// The tables live between marker comments in README.md:
//   <!-- action-inputs:start --> … <!-- action-inputs:end -->
//   <!-- action-outputs:start --> … <!-- action-outputs:end -->
// __tests__/docs-tables.test.ts runs the check in `npm test`.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** One table cell: folded to a single line, pipes escaped. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\|/g, '\\|')
}

/**
 * The markdown table of action.yml's inputs, in declaration order.
 * @param {{inputs?: Record<string, {description?: string, required?: boolean, default?: unknown}>}} action
 * @returns {string}
 */
export function inputsTable(action) {
  const rows = Object.entries(action.inputs ?? {}).map(([name, input]) => {
    const fallback =
      input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``
    return `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${fallback} | ${cell(input.description)} |`
  })
  return [
    '| Input | Required | Default | Description |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

/**
 * The markdown table of action.yml's outputs, in declaration order.
 * @param {{outputs?: Record<string, {description?: string}>}} action
 * @returns {string}
 */
export function outputsTable(action) {
  const rows = Object.entries(action.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`
  )
  return ['| Output | Description |', '| --- | --- |', ...rows].join('\n')
}

/**
 * `readme` with the text between each pair of markers replaced by the generated table.
 * @param {string} readme
 * @param {string} actionYaml the text of action.yml
 * @returns {string}
 * @throws Error when a marker pair is missing
 */
export function updateReadme(readme, actionYaml) {
  const action = parse(actionYaml)
  let result = readme
  for (const [marker, table] of [
    ['action-inputs', inputsTable(action)],
    ['action-outputs', outputsTable(action)]
  ]) {
    const start = `<!-- ${marker}:start -->`
    const end = `<!-- ${marker}:end -->`
    const from = result.indexOf(start)
    const to = result.indexOf(end)
    if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${start} … ${end}`)
    result = `${result.slice(0, from + start.length)}\n\n${table}\n\n${result.slice(to)}`
  }
  return result
}

function main() {
  const readmePath = path.join(ROOT, 'README.md')
  const readme = fs.readFileSync(readmePath, 'utf8')
  const updated = updateReadme(readme, fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8'))
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error(
        'README.md tables of inputs/outputs differ from action.yml: run `npm run docs`.'
      )
      process.exit(1)
    }
    console.log('README.md tables match action.yml.')
  } else if (updated !== readme) {
    fs.writeFileSync(readmePath, updated)
    console.log('Updated the tables of inputs and outputs in README.md.')
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
