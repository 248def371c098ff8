#!/usr/bin/env node
// Puts the bench's measurements into README § Performance, generated from the JSON that
// `npm run bench` wrote, so the numbers there are never typed by hand.
//
//   node bench/readme.mjs                              from bench/results/latest.json
//   node bench/readme.mjs bench/results/<stamp>.json   from another run
//   node bench/readme.mjs --check                      exit 1 when README.md is out of date
//
// The generated part lives between marker comments in README.md:
//   <!-- bench-results:start --> … <!-- bench-results:end -->
// __tests__/bench/report.test.ts runs the check in `npm test`.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { performanceMarkdown } from './report.mjs'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const START = '<!-- bench-results:start -->'
const END = '<!-- bench-results:end -->'

/**
 * `readme` with the text between the bench markers replaced by the tables of `report`.
 * @param {string} readme
 * @param {object} report the JSON bench/run.mjs writes
 * @returns {string}
 * @throws Error when the markers are missing or out of order
 */
export function updateReadme(readme, report) {
  const from = readme.indexOf(START)
  const to = readme.indexOf(END)
  if (from < 0 || to < from) throw new Error(`README.md lacks the markers ${START} … ${END}`)
  return `${readme.slice(0, from + START.length)}\n\n${performanceMarkdown(report)}\n\n${readme.slice(to)}`
}

function main() {
  const args = process.argv.slice(2)
  const check = args.includes('--check')
  const source =
    args.find((a) => !a.startsWith('--')) ?? path.join('bench', 'results', 'latest.json')
  const report = JSON.parse(fs.readFileSync(path.resolve(ROOT, source), 'utf8'))
  const readmePath = path.join(ROOT, 'README.md')
  const readme = fs.readFileSync(readmePath, 'utf8')
  const updated = updateReadme(readme, report)
  if (check) {
    if (updated !== readme) {
      console.error(
        `README.md § Performance differs from ${source}: run \`node bench/readme.mjs\`.`
      )
      process.exit(1)
    }
    console.log(`README.md § Performance matches ${source}.`)
  } else if (updated !== readme) {
    fs.writeFileSync(readmePath, updated)
    console.log(`Updated README.md § Performance from ${source}.`)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main()
