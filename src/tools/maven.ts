import path from 'node:path'
import type { Element } from '@xmldom/xmldom'
import { Output } from '../action-contract.js'
import type { JobLocation, PlanRequest, ToolConfigurer, ToolPlan } from './plan.js'
import {
  appendIndented,
  childElements,
  childText,
  ensureChild,
  firstChildElement,
  parseXml,
  removeIndented,
  replaceIndented,
  serializeXml,
  setChildText,
  type ElementSpec,
  type XmlFile
} from './xml-edit.js'

// Defined in plan.ts, so inputs.ts can check the input without loading @xmldom/xmldom.
export { MAVEN_REPOSITORY_MODES, type MavenRepositoryMode } from './plan.js'

/**
 * What the mirror covers in `mirror` mode: every repository except those on
 * localhost or `file:` URLs, so a project's own file-based repositories keep
 * working. https://maven.apache.org/guides/mini/guide-mirror-settings.html
 */
export const MAVEN_MIRROR_OF = 'external:*'

/**
 * Maven's user settings: `${user.home}/.m2/settings.xml` on every platform
 * (`-s` overrides it; Maven 3 has no environment variable for it).
 * https://maven.apache.org/settings.html
 */
export function mavenSettingsPath(location: Pick<JobLocation, 'platform' | 'home'>): string {
  const p = location.platform === 'win32' ? path.win32 : path.posix
  return p.join(location.home, '.m2', 'settings.xml')
}

const SETTINGS_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
</settings>
`

/**
 * Maven: merges into the user's `~/.m2/settings.xml` (every server, mirror,
 * profile and comment of theirs is kept; the post step restores the file):
 * - a `<server>` whose id is the `maven-server-id` input, with username `aws`
 *   and password `${env.CODEARTIFACT_AUTH_TOKEN}` — Maven expands it at run
 *   time, so the file never holds the token;
 * - `profile` mode (default): an always-active profile of that id whose
 *   `<repositories>` and `<pluginRepositories>` put the repository endpoint
 *   before Maven Central;
 * - `mirror` mode: a `<mirror>` of that id for `external:*`, first in
 *   `<mirrors>`, so every remote repository goes through CodeArtifact;
 * - `none`: the server only (the POM names the repository with the same id).
 * Publishing: `<distributionManagement>` (or `-DaltDeploymentRepository`) with
 * the same id and the `maven-repository-url` output.
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/maven-mvn.html
 */
export const mavenConfigurer: ToolConfigurer = {
  reads: (_access, location) => [mavenSettingsPath(location)],
  plan: planMaven
}

function planMaven({ access, location, options, files }: PlanRequest): ToolPlan {
  const target = mavenSettingsPath(location)
  const id = options.mavenServerId ?? 'codeartifact'
  const mode = options.mavenRepositoryMode ?? 'profile'
  const file = parseXml(files.get(target) ?? null, SETTINGS_TEMPLATE, 'settings', target)
  setServer(file, id, `\${env.${access.tokenEnvName}}`)
  if (mode === 'profile') setProfile(file, id, access.endpoint)
  if (mode === 'mirror') setMirror(file, id, access.endpoint)
  const how = {
    profile: `active profile '${id}' with the repository and plugin repository`,
    mirror: `mirror '${id}' of ${MAVEN_MIRROR_OF}`,
    none: 'server credentials only; name the repository in your POM with the same id'
  }[mode]
  // Java takes user.home from the password database, not HOME: where they differ (container
  // jobs: HOME=/github/home, Java /root), Maven would read another settings.xml. Point it here.
  const homeDiffers =
    location.accountHome !== undefined &&
    location.platform !== 'win32' &&
    location.accountHome !== location.home
  const env: Record<string, string> = homeDiffers
    ? {
        MAVEN_OPTS: [location.env.MAVEN_OPTS, `-Duser.home=${location.home}`]
          .filter(Boolean)
          .join(' ')
      }
    : {}
  return {
    files: [{ path: target, content: serializeXml(file), encoding: file.encoding }],
    env,
    outputs: { [Output.mavenRepositoryUrl]: access.endpoint },
    notes: [
      `Maven repository: ${access.endpoint} (${target}: server '${id}', ${how})`,
      `To publish, use <distributionManagement> with id '${id}' and this URL, or mvn deploy -DaltDeploymentRepository=${id}::${access.endpoint}`,
      ...(homeDiffers
        ? [
            `HOME (${location.home}) is not the account's home (${location.accountHome}), which Java uses: MAVEN_OPTS gets -Duser.home=${location.home} so Maven reads this settings.xml.`
          ]
        : [])
    ]
  }
}

/** The `<server>` of `id`, updated in place (its other children kept), or appended. */
function setServer(file: XmlFile, id: string, password: string): void {
  const servers = ensureChild(file, file.root, 'servers')
  const server = childElements(servers, 'server').find((element) => childText(element, 'id') === id)
  if (server === undefined) {
    appendIndented(file, servers, {
      name: 'server',
      children: [
        { name: 'id', text: id },
        { name: 'username', text: 'aws' },
        { name: 'password', text: password }
      ]
    })
    return
  }
  setChildText(file, server, 'username', 'aws')
  setChildText(file, server, 'password', password)
}

function repositorySpec(
  kind: 'repository' | 'pluginRepository',
  id: string,
  url: string
): ElementSpec {
  return {
    name: kind,
    children: [
      { name: 'id', text: id },
      { name: 'url', text: url }
    ]
  }
}

/** The profile `id` (replaced when it exists) and its `<activeProfile>`. */
function setProfile(file: XmlFile, id: string, endpoint: string): void {
  const spec: ElementSpec = {
    name: 'profile',
    children: [
      { name: 'id', text: id },
      { name: 'repositories', children: [repositorySpec('repository', id, endpoint)] },
      { name: 'pluginRepositories', children: [repositorySpec('pluginRepository', id, endpoint)] }
    ]
  }
  const profiles = ensureChild(file, file.root, 'profiles')
  const existing = findById(profiles, 'profile', id)
  if (existing) replaceIndented(file, existing, spec)
  else appendIndented(file, profiles, spec)

  const active = ensureChild(file, file.root, 'activeProfiles')
  const listed = childElements(active, 'activeProfile').some(
    (element) => element.textContent?.trim() === id
  )
  if (!listed) appendIndented(file, active, { name: 'activeProfile', text: id })
}

/** The mirror `id`, moved first in `<mirrors>` so it wins over the user's wildcard mirrors. */
function setMirror(file: XmlFile, id: string, endpoint: string): void {
  const mirrors = ensureChild(file, file.root, 'mirrors')
  const existing = findById(mirrors, 'mirror', id)
  if (existing) removeIndented(existing)
  const spec: ElementSpec = {
    name: 'mirror',
    children: [
      { name: 'id', text: id },
      { name: 'name', text: 'AWS CodeArtifact' },
      { name: 'url', text: endpoint },
      { name: 'mirrorOf', text: MAVEN_MIRROR_OF }
    ]
  }
  appendIndented(file, mirrors, spec, firstChildElement(mirrors) ?? undefined)
}

function findById(parent: Element, name: string, id: string): Element | undefined {
  return childElements(parent, name).find((element) => childText(element, 'id') === id)
}
