import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The `result` export of an ES module given as source text, loaded from a file as node loads a
 * chunk of the bundle (the tests of the scripts that rewrite dist/: ascii-bundle, minify-bundle).
 */
export async function moduleResult(source: string): Promise<unknown> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'module-result-'))
  const file = path.join(folder, 'chunk.mjs')
  fs.writeFileSync(file, source)
  try {
    return ((await import(pathToFileURL(file).href)) as { result: unknown }).result
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}
