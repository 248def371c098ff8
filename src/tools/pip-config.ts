import path from 'node:path'
import type { JobLocation } from './plan.js'
import { parsePythonIni } from './python-ini.js'

/**
 * Where pip looks for config files, as pip 23–25 does on each platform
 * (`pip/_internal/configuration.py` `get_configuration_files`,
 * `pip/_internal/utils/appdirs.py`), in pip's override order, lowest first.
 * Source: https://pip.pypa.io/en/stable/topics/configuration/#location
 *
 * The per-environment "site" file (`<sys.prefix>/pip.conf`) is left out: it
 * depends on which Python runs pip, which the action cannot know.
 */
export interface PipConfigLocations {
  /** Site-wide files, e.g. /etc/xdg/pip/pip.conf then /etc/pip.conf. */
  global: string[]
  /** Per-user files: the legacy one, then the current one (which wins). */
  user: string[]
  /**
   * macOS only: pip uses `~/Library/Application Support/pip` when that folder
   * exists, else `~/.config/pip`; both are read and the first that exists is used.
   */
  userAlternatives?: [string, string]
  /** `PIP_CONFIG_FILE`, absolute; it overrides the others and, when it exists, hides the user files. */
  envFile?: string
  /** True when `PIP_CONFIG_FILE` is the null device: pip then loads no file at all. */
  disabled: boolean
}

/** pip's config file locations for `location` (see {@link PipConfigLocations}). */
export function pipConfigLocations(location: JobLocation): PipConfigLocations {
  const { env, home, platform } = location
  const p = platform === 'win32' ? path.win32 : path.posix
  const envFileRaw = env.PIP_CONFIG_FILE
  const disabled = envFileRaw === (platform === 'win32' ? 'nul' : '/dev/null')
  const envFile = envFileRaw && !disabled ? p.resolve(envFileRaw) : undefined
  if (platform === 'win32') {
    const programData = env.PROGRAMDATA || env.ALLUSERSPROFILE || 'C:\\ProgramData'
    const appData = env.APPDATA || p.join(home, 'AppData', 'Roaming')
    return {
      global: [p.join(programData, 'pip', 'pip.ini')],
      user: [p.join(home, 'pip', 'pip.ini'), p.join(appData, 'pip', 'pip.ini')],
      envFile,
      disabled
    }
  }
  if (platform === 'darwin') {
    return {
      global: ['/Library/Application Support/pip/pip.conf'],
      user: [p.join(home, '.pip', 'pip.conf')],
      userAlternatives: [
        p.join(home, 'Library', 'Application Support', 'pip', 'pip.conf'),
        p.join(home, '.config', 'pip', 'pip.conf')
      ],
      envFile,
      disabled
    }
  }
  const xdgDirs = (env.XDG_CONFIG_DIRS || '/etc/xdg').split(':').filter((dir) => dir !== '')
  const xdgHome = env.XDG_CONFIG_HOME || p.join(home, '.config')
  return {
    global: [...xdgDirs.map((dir) => p.join(dir, 'pip', 'pip.conf')), '/etc/pip.conf'],
    user: [p.join(home, '.pip', 'pip.conf'), p.join(xdgHome, 'pip', 'pip.conf')],
    envFile,
    disabled
  }
}

/** Every file `pipConfigLocations` may read, for a configurer's `reads`. */
export function pipConfigPaths(locations: PipConfigLocations): string[] {
  if (locations.disabled) return []
  return [
    ...locations.global,
    ...locations.user,
    ...(locations.userAlternatives ?? []),
    ...(locations.envFile ? [locations.envFile] : [])
  ]
}

/** The value pip's `install` command would use for an option, and where it came from. */
export interface PipSetting {
  value: string
  /** A file path, or `PIP_<NAME>` for the environment. */
  source: string
}

/**
 * The effective value of `option` (e.g. `extra-index-url`) for `pip install`:
 * files merge in override order (a later file's `[section] option` replaces
 * an earlier one's), then `[global]` is overridden by `[install]`, and both by
 * the `PIP_<OPTION>` environment variable. Empty values are ignored, as pip
 * ignores them. Source: `ConfigOptionParser._get_ordered_configuration_items`
 * in pip/_internal/cli/parser.py.
 *
 * @param files current contents of the paths from {@link pipConfigPaths} (null = absent)
 */
export function effectivePipSetting(
  option: string,
  location: JobLocation,
  files: ReadonlyMap<string, string | null>
): PipSetting | undefined {
  const envName = `PIP_${option.toUpperCase().replace(/-/g, '_')}`
  const fromEnv = location.env[envName]
  if (fromEnv) return { value: fromEnv, source: envName }
  const locations = pipConfigLocations(location)
  if (locations.disabled) return undefined
  const envFileExists = locations.envFile !== undefined && files.get(locations.envFile) != null
  const alternatives = locations.userAlternatives ?? []
  const userNew = alternatives.find((file) => files.get(file) != null)
  const ordered = [
    ...locations.global,
    ...(envFileExists ? [] : [...locations.user, ...(userNew ? [userNew] : [])]),
    ...(locations.envFile ? [locations.envFile] : [])
  ]
  const bySection = new Map<string, PipSetting>()
  for (const file of ordered) {
    const text = files.get(file)
    if (text == null) continue
    for (const [section, values] of Object.entries(parsePythonIni(text))) {
      for (const [key, value] of Object.entries(values)) {
        if (key.replace(/_/g, '-') === option && typeof value === 'string' && value.trim() !== '') {
          bySection.set(section, { value, source: file })
        }
      }
    }
  }
  return bySection.get('install') ?? bySection.get('global')
}
