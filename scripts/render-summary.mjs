#!/usr/bin/env node
// Makes docs/job-summary.png, the README's picture of a real job summary:
//   1. runs the bundled action (dist/main/index.js) as the runner does, against moto and the
//      CodeArtifact emulator on 127.0.0.1 (scripts/local-aws.mjs), and takes what it wrote to
//      GITHUB_STEP_SUMMARY;
//   2. renders that markdown as GitHub does: GitHub-flavoured markdown to HTML with `marked`,
//      styled with GitHub's own markdown CSS (`github-markdown-css`), in a box like the run page's;
//   3. takes a screenshot with headless Chromium from Debian's packages (apt-get install chromium
//      fonts-noto-core fonts-noto-color-emoji: without an emoji font, ✅ renders as a box).
//
//   node scripts/render-summary.mjs [--out docs/job-summary.png] [--input summary.md] [--html page.html]
// --input renders a saved summary instead of running the action; --html also keeps the page.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { marked } from 'marked'
import { REPO_ROOT, createJob, runMain, runPost } from '../__tests__/harness/runner.mjs'
import { DOMAIN, REPOSITORY, startLocalAws } from './local-aws.mjs'

const WIDTH = 1012
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
  '--force-device-scale-factor=1'
]

function option(name, fallback) {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : fallback
}

/** Runs the action once against the local AWS stand-in; returns the job summary it wrote. */
async function summaryOfARun() {
  for (const file of ['dist/main/index.js', 'dist/post/index.js']) {
    if (!fs.existsSync(path.join(REPO_ROOT, file))) {
      throw new Error(`${file} is missing: run \`npm run package\` first.`)
    }
  }
  const aws = await startLocalAws()
  const job = createJob(aws.env)
  try {
    const main = await runMain(job, { domain: DOMAIN, repository: REPOSITORY, tools: 'npm, pip' })
    if (main.code !== 0) throw new Error(`the action failed:\n${main.stdout}\n${main.stderr}`)
    if (main.summary.includes(aws.emulator.tokenFor(DOMAIN))) {
      throw new Error('the job summary holds the token')
    }
    await runPost(job)
    // Show the runner's paths rather than this machine's temporary folders.
    return main.summary
      .split(job.runnerTemp)
      .join('/home/runner/work/_temp')
      .split(job.home)
      .join('/home/runner')
  } finally {
    await aws.stop()
    fs.rmSync(job.root, { recursive: true, force: true })
  }
}

/** A page that looks like a step summary on a GitHub run page. */
function page(markdown) {
  const require = createRequire(import.meta.url)
  const css = fs.readFileSync(
    require.resolve('github-markdown-css/github-markdown-light.css'),
    'utf8'
  )
  const body = marked.parse(markdown, { gfm: true })
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Job summary</title>
<style>${css}</style>
<style>
  html, body { margin: 0; background: #f6f8fa; }
  body { padding: 24px; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
  .summary { width: ${WIDTH - 48}px; box-sizing: border-box; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; }
  .summary header { padding: 16px 24px; border-bottom: 1px solid #d1d9e0; font-size: 14px; font-weight: 600; color: #1f2328; }
  .summary .markdown-body { padding: 8px 24px 16px; font-size: 14px; }
</style>
</head>
<body>
<div class="summary">
<header>build summary</header>
<article class="markdown-body">
${body}
</article>
</div>
<script>
  document.body.dataset.height = String(document.documentElement.scrollHeight)
</script>
</body>
</html>
`
}

function chromium(args, profile) {
  const result = spawnSync('chromium', [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`, ...args], {
    encoding: 'utf8',
    timeout: 60_000
  })
  if (result.error) {
    throw new Error(
      `could not run chromium (apt-get install chromium fonts-noto-core fonts-noto-color-emoji): ${result.error.message}`
    )
  }
  return result
}

async function main() {
  const out = path.resolve(REPO_ROOT, option('--out', 'docs/job-summary.png'))
  const input = option('--input')
  const markdown = input ? fs.readFileSync(input, 'utf8') : await summaryOfARun()
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'render-summary-'))
  try {
    const html = path.join(scratch, 'summary.html')
    fs.writeFileSync(html, page(markdown))
    if (option('--html')) fs.copyFileSync(html, option('--html'))
    const url = pathToFileURL(html).href
    // First pass: let the page measure itself; second pass: a screenshot exactly that tall.
    const dom = chromium(['--dump-dom', url], path.join(scratch, 'profile-1'))
    const height = Number(/data-height="(\d+)"/.exec(dom.stdout)?.[1] ?? 1200)
    fs.mkdirSync(path.dirname(out), { recursive: true })
    const shot = chromium(
      [`--window-size=${WIDTH},${height}`, `--screenshot=${out}`, url],
      path.join(scratch, 'profile-2')
    )
    if (!fs.existsSync(out) || shot.status !== 0) {
      throw new Error(`chromium made no screenshot:\n${shot.stderr}`)
    }
    console.log(`Wrote ${path.relative(REPO_ROOT, out)} (${WIDTH}×${height}).`)
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

await main()
