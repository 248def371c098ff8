import { describe, expect, it } from '@jest/globals'
import {
  declaredXmlEncoding,
  decodeConfigFile,
  encodeText,
  xmlTextEncoding
} from '../../src/tools/text-encoding.js'
import { mavenConfigurer } from '../../src/tools/maven.js'
import { nugetConfigurer } from '../../src/tools/nuget.js'
import type { JobLocation, RepositoryAccess } from '../../src/tools/plan.js'

const access: RepositoryAccess = {
  domain: 'my-domain',
  domainOwner: '111122223333',
  repository: 'my-repo',
  region: 'us-east-1',
  format: 'maven',
  endpoint: 'https://my-domain-111122223333.d.codeartifact.us-east-1.amazonaws.com/maven/my-repo/',
  token: 'tok',
  tokenEnvName: 'CODEARTIFACT_AUTH_TOKEN'
}
const location: JobLocation = { platform: 'linux', home: '/home/u', workDir: '/tmp/ca', env: {} }

/** What the writer would put on disk for a plan's only file. */
function bytesOf(plan: ReturnType<typeof mavenConfigurer.plan>): Buffer {
  const [file] = plan.files
  const encoded = encodeText(file.content, file.encoding, file.path)
  return typeof encoded === 'string' ? Buffer.from(encoded, 'utf8') : encoded
}

describe('decodeConfigFile', () => {
  it('follows a BOM and keeps it as U+FEFF', () => {
    expect(decodeConfigFile(Buffer.from('\uFEFFa=é', 'utf8'))).toBe('\uFEFFa=é')
    expect(decodeConfigFile(Buffer.from('\uFEFF<a>é</a>', 'utf16le'))).toBe('\uFEFF<a>é</a>')
    expect(decodeConfigFile(Buffer.from('\uFEFF<a>é</a>', 'utf16le').swap16())).toBe(
      '\uFEFF<a>é</a>'
    )
  })

  it('reads an XML file declared ISO-8859-1 byte for byte, anything else as UTF-8', () => {
    const latin = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>pässwörd</a>',
      'latin1'
    )
    expect(decodeConfigFile(latin)).toBe(
      '<?xml version="1.0" encoding="ISO-8859-1"?><a>pässwörd</a>'
    )
    expect(decodeConfigFile(Buffer.from('registry=é', 'utf8'))).toBe('registry=é')
  })
})

describe('xmlTextEncoding and encodeText', () => {
  it('takes the charset from the declaration and the BOM from the text', () => {
    expect(xmlTextEncoding('<a/>', 'f')).toEqual({ charset: 'utf-8', bom: false })
    expect(xmlTextEncoding('\uFEFF<?xml version="1.0" encoding="utf-16"?><a/>', 'f')).toEqual({
      charset: 'utf-16le',
      bom: true
    })
    expect(xmlTextEncoding("<?xml version='1.0' encoding='latin1'?><a/>", 'f')).toEqual({
      charset: 'latin1',
      bom: false
    })
    expect(declaredXmlEncoding('<?xml version="1.0" standalone="yes"?>')).toBeUndefined()
  })

  it('refuses an encoding it cannot write back, naming the file', () => {
    expect(() =>
      xmlTextEncoding('<?xml version="1.0" encoding="Shift_JIS"?><a/>', '/h/s.xml')
    ).toThrow(
      "/h/s.xml declares the encoding 'shift_jis', which codeartifact-setup cannot write back"
    )
  })

  it('round-trips every byte of ISO-8859-1 and refuses what it cannot hold', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    const text = all.toString('latin1')
    expect(encodeText(text, { charset: 'latin1', bom: false }, 'f')).toEqual(all)
    expect(() => encodeText('€', { charset: 'latin1', bom: false }, '/h/s.xml')).toThrow(
      /\/h\/s\.xml is ISO-8859-1, which cannot hold '€'/
    )
  })
})

describe('the XML planners keep the encoding', () => {
  it('Maven: an ISO-8859-1 settings.xml keeps its declaration and another server’s password bytes', () => {
    const original =
      '<?xml version="1.0" encoding="ISO-8859-1"?>\n<settings>\n  <servers>\n    <server><id>other</id><password>pässwörd</password></server>\n  </servers>\n</settings>\n'
    const path = '/home/u/.m2/settings.xml'
    const plan = mavenConfigurer.plan({
      access,
      location,
      options: { npmScopes: [] },
      files: new Map([[path, decodeConfigFile(Buffer.from(original, 'latin1'))]])
    })
    const written = bytesOf(plan)
    expect(written.includes(Buffer.from('pässwörd', 'latin1'))).toBe(true)
    expect(written.includes(Buffer.from('pässwörd', 'utf8'))).toBe(false)
    expect(written.toString('latin1')).toContain('encoding="ISO-8859-1"')
    expect(written.toString('latin1')).toContain('<id>codeartifact</id>')
  })

  it('NuGet: a UTF-16 NuGet.Config with BOM stays UTF-16 with BOM', () => {
    const original =
      '\uFEFF<?xml version="1.0" encoding="utf-16"?>\r\n<configuration>\r\n  <packageSources>\r\n    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />\r\n  </packageSources>\r\n</configuration>\r\n'
    const path = '/home/u/.nuget/NuGet/NuGet.Config'
    const plan = nugetConfigurer.plan({
      access: { ...access, format: 'nuget' },
      location,
      options: { npmScopes: [] },
      files: new Map([[path, decodeConfigFile(Buffer.from(original, 'utf16le'))]])
    })
    const written = bytesOf(plan)
    expect([...written.subarray(0, 2)]).toEqual([0xff, 0xfe])
    const text = written.subarray(2).toString('utf16le')
    expect(text).toContain('encoding="utf-16"')
    expect(text).toContain('<add key="nuget.org"')
    expect(text).toContain('ClearTextPassword')
  })
})
