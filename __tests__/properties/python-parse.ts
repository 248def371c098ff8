/**
 * Parses many files at once with Python's own parsers (the ones pip, twine,
 * poetry, SwiftPM's peers and Cargo's TOML spec agree with): one `python3`
 * process per batch, so property tests can check hundreds of generated files.
 * Not a test file (no `.test.ts`): a helper for __tests__/properties/.
 */
import { execFileSync } from 'node:child_process'

/** What to parse: configparser (RawConfigParser, as twine reads .pypirc), netrc, TOML (tomllib), XML (ElementTree). */
export interface PythonCase {
  kind: 'configparser' | 'netrc' | 'toml' | 'xml'
  text: string
}

/** `{ok: true, value}` with the parsed data (configparser: {section: {key: value}}; netrc: {host: [login, account, password]}), or `{ok: false, error}`. */
export type PythonResult = { ok: true; value: unknown } | { ok: false; error: string }

const SCRIPT = String.raw`
import configparser, json, netrc, os, sys, tempfile, tomllib
import xml.etree.ElementTree as ET
out = []
for case in json.load(sys.stdin):
    try:
        kind, text = case['kind'], case['text']
        if kind == 'configparser':
            c = configparser.RawConfigParser()
            c.read_string(text)
            out.append({'ok': True, 'value': {s: dict(c.items(s)) for s in c.sections()}})
        elif kind == 'netrc':
            fd, name = tempfile.mkstemp()
            with os.fdopen(fd, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
            try:
                n = netrc.netrc(name)
            finally:
                os.unlink(name)
            hosts = {h: list(v) for h, v in n.hosts.items()}
            out.append({'ok': True, 'value': hosts})
        elif kind == 'toml':
            out.append({'ok': True, 'value': tomllib.loads(text)})
        elif kind == 'xml':
            root = ET.fromstring(text.lstrip('\ufeff').encode('utf-8'))
            out.append({'ok': True, 'value': root.tag})
        else:
            raise ValueError('unknown kind ' + kind)
    except Exception as e:
        out.append({'ok': False, 'error': type(e).__name__ + ': ' + str(e)})
json.dump(out, sys.stdout, default=str)
`

/** Parses every case with Python 3.11+ in one process; results in the same order. */
export function pythonParse(cases: PythonCase[]): PythonResult[] {
  const out = execFileSync('python3', ['-c', SCRIPT], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8' }
  })
  return JSON.parse(out) as PythonResult[]
}
