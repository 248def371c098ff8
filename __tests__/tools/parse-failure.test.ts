/**
 * A config file that does not parse is named with the place of the error,
 * never with the parser's excerpt of it: each case below holds a secret
 * where a parser quotes it (an XML entity name, a YAML alias, escape or
 * directive, JSON's snippet), parsed by the library the planners use.
 */
import { describe, expect, it } from '@jest/globals'
import { DOMParser } from '@xmldom/xmldom'
import { parse as parseToml } from 'smol-toml'
import { parseDocument } from 'yaml'
import { describeParseFailure } from '../../src/tools/parse-failure.js'
import { parseYamlFile } from '../../src/tools/yaml-file.js'

const SECRET = 'Pa55w0rdSECRET'

function xmlFailure(text: string): unknown {
  try {
    new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message)
      }
    }).parseFromString(text, 'text/xml')
  } catch (error) {
    return error
  }
  throw new Error('parsed')
}

function thrown(parse: () => unknown): unknown {
  try {
    parse()
  } catch (error) {
    return error
  }
  throw new Error('parsed')
}

describe('describeParseFailure', () => {
  it.each([
    // The parsers' own first lines quote these.
    [
      'XML entity',
      `<settings>\n  <password>Pa&${SECRET};</password>\n</settings>`,
      'entity not found at line 2'
    ],
    ['XML character reference', `<s><password>&#${SECRET};</password></s>`, 'at line 1'],
    ['XML attribute', `<s>\n<add value="${SECRET}/></s>`, 'at line 2']
  ])('%s: %s', (_, text, says) => {
    const described = describeParseFailure(xmlFailure(text))
    expect(described).toContain(says)
    expect(described).not.toContain(SECRET.slice(3))
  })

  it.each([
    ['a block scalar header', `a: >${SECRET}\n`, 'unexpected token at line 1, column 5'],
    ['an escape', `a: "\\u${SECRET}"\n`, 'bad dq escape at line 1, column 5'],
    ['a directive', `%YAML ${SECRET}\n---\na: b\n`, 'bad directive at line 1, column 7'],
    ['a flow sequence', `npmAuthToken: [${SECRET}\n`, 'at line 2']
  ])('YAML %s', (_, text, says) => {
    const described = describeParseFailure(parseDocument(text).errors[0])
    expect(described).toContain(says)
    expect(described).not.toContain(SECRET.slice(3))
  })

  it('TOML: the line and column', () => {
    const described = describeParseFailure(thrown(() => parseToml(`a = 1\nb = "x\\q${SECRET}"`)))
    expect(described).toBe('at line 2, column 8')
  })

  it('JSON: the line and column, or nothing at all', () => {
    // Node 22+ adds the line and column to the position.
    expect(describeParseFailure(thrown(() => JSON.parse(`{\n"a": "${SECRET}" x}`)))).toMatch(
      /^at (line 2, column 23|character 25)$/
    )
    // V8 quotes short texts whole and gives no position.
    expect(describeParseFailure(thrown(() => JSON.parse(`{"a": ${SECRET}}`)))).toBe(
      'the parser gives no position'
    )
  })
})

describe('parseYamlFile', () => {
  it('names an alias without an anchor by its place, not its name', () => {
    expect(() =>
      parseYamlFile(`---\n:rubygems_api_key: *${SECRET}\n`, '/h/.gem/credentials', 'fix it.')
    ).toThrow(
      new Error(
        '/h/.gem/credentials is not valid YAML (unresolved alias at line 2, column 20); fix it.'
      )
    )
  })

  it('keeps a document whose aliases name anchors', () => {
    const doc = parseYamlFile('a: &x 1\nb: *x\n', 'f', 'fix it.')
    expect(doc.toJS()).toEqual({ a: 1, b: 1 })
  })
})
