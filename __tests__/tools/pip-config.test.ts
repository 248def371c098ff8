import { describe, expect, it } from '@jest/globals'
import {
  effectivePipSetting,
  pipConfigLocations,
  pipConfigPaths
} from '../../src/tools/pip-config.js'
import type { JobLocation } from '../../src/tools/plan.js'

const linux: JobLocation = { platform: 'linux', home: '/h', workDir: '/w', env: {} }

function setting(files: Record<string, string>, location: JobLocation = linux) {
  return effectivePipSetting('extra-index-url', location, new Map(Object.entries(files)))
}

describe('tools/pip-config.ts', () => {
  it('lists the Linux files in override order, honouring the XDG variables', () => {
    expect(pipConfigPaths(pipConfigLocations(linux))).toEqual([
      '/etc/xdg/pip/pip.conf',
      '/etc/pip.conf',
      '/h/.pip/pip.conf',
      '/h/.config/pip/pip.conf'
    ])
    const xdg = {
      ...linux,
      env: { XDG_CONFIG_DIRS: '/a:/b', XDG_CONFIG_HOME: '/x', PIP_CONFIG_FILE: 'rel/pip.conf' }
    }
    expect(pipConfigPaths(pipConfigLocations(xdg))).toEqual([
      '/a/pip/pip.conf',
      '/b/pip/pip.conf',
      '/etc/pip.conf',
      '/h/.pip/pip.conf',
      '/x/pip/pip.conf',
      `${process.cwd()}/rel/pip.conf`
    ])
  })

  it('lists the macOS and Windows files', () => {
    expect(
      pipConfigPaths(pipConfigLocations({ ...linux, platform: 'darwin', home: '/Users/u' }))
    ).toEqual([
      '/Library/Application Support/pip/pip.conf',
      '/Users/u/.pip/pip.conf',
      '/Users/u/Library/Application Support/pip/pip.conf',
      '/Users/u/.config/pip/pip.conf'
    ])
    const windows: JobLocation = {
      platform: 'win32',
      home: 'C:\\Users\\u',
      workDir: 'D:\\t',
      env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming', PROGRAMDATA: 'C:\\ProgramData' }
    }
    expect(pipConfigPaths(pipConfigLocations(windows))).toEqual([
      'C:\\ProgramData\\pip\\pip.ini',
      'C:\\Users\\u\\pip\\pip.ini',
      'C:\\Users\\u\\AppData\\Roaming\\pip\\pip.ini'
    ])
  })

  it('reads nothing when PIP_CONFIG_FILE is the null device', () => {
    const off = { ...linux, env: { PIP_CONFIG_FILE: '/dev/null' } }
    expect(pipConfigPaths(pipConfigLocations(off))).toEqual([])
    expect(setting({ '/etc/pip.conf': '[global]\nextra-index-url = https://g/\n' }, off)).toBe(
      undefined
    )
  })

  it('lets a later file win, and [install] win over [global] of any file', () => {
    expect(
      setting({
        '/etc/pip.conf': '[global]\nextra-index-url = https://site/\n',
        '/h/.config/pip/pip.conf': '[global]\nextra_index_url = https://user/\n'
      })
    ).toEqual({ value: 'https://user/', source: '/h/.config/pip/pip.conf' })
    expect(
      setting({
        '/etc/pip.conf': '[install]\nextra-index-url = https://site-install/\n',
        '/h/.config/pip/pip.conf': '[global]\nextra-index-url = https://user/\n'
      })
    ).toEqual({ value: 'https://site-install/', source: '/etc/pip.conf' })
  })

  it('ignores empty values, as pip does', () => {
    expect(
      setting({
        '/etc/pip.conf': '[global]\nextra-index-url = https://site/\n',
        '/h/.config/pip/pip.conf': '[global]\nextra-index-url =\n'
      })
    ).toEqual({ value: 'https://site/', source: '/etc/pip.conf' })
  })

  it('lets an existing PIP_CONFIG_FILE override the others and hide the user files', () => {
    const env = { ...linux, env: { PIP_CONFIG_FILE: '/cfg/pip.conf' } }
    expect(
      setting(
        {
          '/h/.config/pip/pip.conf': '[install]\nextra-index-url = https://user/\n',
          '/etc/pip.conf': '[global]\nextra-index-url = https://site/\n',
          '/cfg/pip.conf': '[global]\ntimeout = 1\n'
        },
        env
      )
    ).toEqual({ value: 'https://site/', source: '/etc/pip.conf' })
  })

  it('on macOS uses ~/Library/Application Support/pip when it holds the file', () => {
    const mac: JobLocation = { ...linux, platform: 'darwin', home: '/Users/u' }
    expect(
      setting(
        {
          '/Users/u/Library/Application Support/pip/pip.conf':
            '[global]\nextra-index-url = https://lib/\n',
          '/Users/u/.config/pip/pip.conf': '[global]\nextra-index-url = https://cfg/\n'
        },
        mac
      )?.value
    ).toBe('https://lib/')
    expect(
      setting(
        { '/Users/u/.config/pip/pip.conf': '[global]\nextra-index-url = https://cfg/\n' },
        mac
      )?.value
    ).toBe('https://cfg/')
  })
})
