// Reads the committed fixture packages (see build-fixtures.sh) once, on first use.
import fs from 'node:fs'

const DIR = new URL('./fixtures/', import.meta.url)
const cache = new Map()

/** Bytes of `fixtures/<rel>`. */
export function fixture(rel) {
  if (!cache.has(rel)) cache.set(rel, fs.readFileSync(new URL(rel, DIR)))
  return cache.get(rel)
}
