export const id = 785;
export const ids = [785];
export const modules = {

/***/ 3976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gradleConfigurer: () => (/* binding */ gradleConfigurer),
/* harmony export */   gradleEnv: () => (/* binding */ gradleEnv)
/* harmony export */ });
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1013);

/**
 * The environment variables that give every Gradle build in the job the
 * project properties `<name>Url`, `<name>Username` (`aws`) and
 * `<name>Password` (the token). Gradle turns `ORG_GRADLE_PROJECT_<prop>`
 * into project property `<prop>` (all versions), and Gradle 6.6+ reads
 * `<name>Username` / `<name>Password` for `credentials(PasswordCredentials)`
 * on a repository named `<name>`.
 * https://docs.gradle.org/current/userguide/build_environment.html#sec:project_properties
 * https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:handling_credentials
 */
function gradleEnv(name, endpoint, token) {
    return {
        [`ORG_GRADLE_PROJECT_${name}Url`]: endpoint,
        [`ORG_GRADLE_PROJECT_${name}Username`]: 'aws',
        [`ORG_GRADLE_PROJECT_${name}Password`]: token
    };
}
/**
 * Gradle: environment variables only \u2014 no file is written and the user's
 * `gradle.properties` (project or GRADLE_USER_HOME) is never touched. The
 * build script names the repository, e.g. (Gradle 6.6+):
 *
 *     maven { name = 'codeartifact'; url = codeartifactUrl; credentials(PasswordCredentials) }
 *
 * or on any version:
 *
 *     maven { url codeartifactUrl; credentials { username codeartifactUsername; password codeartifactPassword } }
 *
 * Source: https://docs.aws.amazon.com/codeartifact/latest/ug/maven-gradle.html
 */
const gradleConfigurer = {
    reads: () => [],
    plan: ({ access, options }) => {
        const name = options.gradleRepositoryName ?? 'codeartifact';
        return {
            files: [],
            env: gradleEnv(name, access.endpoint, access.token),
            outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_0__/* .Output */ .k7.mavenRepositoryUrl]: access.endpoint },
            notes: [
                `Gradle repository: ${access.endpoint} (project properties ${name}Url, ${name}Username, ${name}Password via ORG_GRADLE_PROJECT_* environment variables)`
            ]
        };
    }
};


/***/ }),

/***/ 4984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAVEN_MIRROR_OF: () => (/* binding */ MAVEN_MIRROR_OF),
/* harmony export */   MAVEN_REPOSITORY_MODES: () => (/* reexport safe */ _plan_js__WEBPACK_IMPORTED_MODULE_3__.a),
/* harmony export */   mavenConfigurer: () => (/* binding */ mavenConfigurer),
/* harmony export */   mavenSettingsPath: () => (/* binding */ mavenSettingsPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _xml_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9367);
/* harmony import */ var _plan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4532);



// Defined in plan.ts, so inputs.ts can check the input without loading @xmldom/xmldom.

/**
 * What the mirror covers in `mirror` mode: every repository except those on
 * localhost or `file:` URLs, so a project's own file-based repositories keep
 * working. https://maven.apache.org/guides/mini/guide-mirror-settings.html
 */
const MAVEN_MIRROR_OF = 'external:*';
/**
 * Maven's user settings: `${user.home}/.m2/settings.xml` on every platform
 * (`-s` overrides it; Maven 3 has no environment variable for it).
 * https://maven.apache.org/settings.html
 */
function mavenSettingsPath(location) {
    const p = location.platform === 'win32' ? (node_path__WEBPACK_IMPORTED_MODULE_0___default().win32) : (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix);
    return p.join(location.home, '.m2', 'settings.xml');
}
const SETTINGS_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
</settings>
`;
/**
 * Maven: merges into the user's `~/.m2/settings.xml` (every server, mirror,
 * profile and comment of theirs is kept; the post step restores the file):
 * - a `<server>` whose id is the `maven-server-id` input, with username `aws`
 *   and password `${env.CODEARTIFACT_AUTH_TOKEN}` \u2014 Maven expands it at run
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
const mavenConfigurer = {
    reads: (_access, location) => [mavenSettingsPath(location)],
    plan: planMaven
};
function planMaven({ access, location, options, files }) {
    const target = mavenSettingsPath(location);
    const id = options.mavenServerId ?? 'codeartifact';
    const mode = options.mavenRepositoryMode ?? 'profile';
    const file = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(files.get(target) ?? null, SETTINGS_TEMPLATE, 'settings', target);
    setServer(file, id, `\${env.${access.tokenEnvName}}`);
    if (mode === 'profile')
        setProfile(file, id, access.endpoint);
    if (mode === 'mirror')
        setMirror(file, id, access.endpoint);
    const how = {
        profile: `active profile '${id}' with the repository and plugin repository`,
        mirror: `mirror '${id}' of ${MAVEN_MIRROR_OF}`,
        none: 'server credentials only; name the repository in your POM with the same id'
    }[mode];
    // Java takes user.home from the password database, not HOME: where they differ (container
    // jobs: HOME=/github/home, Java /root), Maven would read another settings.xml. Point it here.
    const homeDiffers = location.accountHome !== undefined &&
        location.platform !== 'win32' &&
        location.accountHome !== location.home;
    const env = homeDiffers
        ? {
            MAVEN_OPTS: [location.env.MAVEN_OPTS, `-Duser.home=${location.home}`]
                .filter(Boolean)
                .join(' ')
        }
        : {};
    return {
        files: [{ path: target, content: (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeXml */ .QM)(file), encoding: file.encoding }],
        env,
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.mavenRepositoryUrl]: access.endpoint },
        notes: [
            `Maven repository: ${access.endpoint} (${target}: server '${id}', ${how})`,
            `To publish, use <distributionManagement> with id '${id}' and this URL, or mvn deploy -DaltDeploymentRepository=${id}::${access.endpoint}`,
            ...(homeDiffers
                ? [
                    `HOME (${location.home}) is not the account's home (${location.accountHome}), which Java uses: MAVEN_OPTS gets -Duser.home=${location.home} so Maven reads this settings.xml.`
                ]
                : [])
        ]
    };
}
/** The `<server>` of `id`, updated in place (its other children kept), or appended. */
function setServer(file, id, password) {
    const servers = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'servers');
    const server = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(servers, 'server').find((element) => (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childText */ .ix)(element, 'id') === id);
    if (server === undefined) {
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, servers, {
            name: 'server',
            children: [
                { name: 'id', text: id },
                { name: 'username', text: 'aws' },
                { name: 'password', text: password }
            ]
        });
        return;
    }
    (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .setChildText */ .eO)(file, server, 'username', 'aws');
    (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .setChildText */ .eO)(file, server, 'password', password);
}
function repositorySpec(kind, id, url) {
    return {
        name: kind,
        children: [
            { name: 'id', text: id },
            { name: 'url', text: url }
        ]
    };
}
/** The profile `id` (replaced when it exists) and its `<activeProfile>`. */
function setProfile(file, id, endpoint) {
    const spec = {
        name: 'profile',
        children: [
            { name: 'id', text: id },
            { name: 'repositories', children: [repositorySpec('repository', id, endpoint)] },
            { name: 'pluginRepositories', children: [repositorySpec('pluginRepository', id, endpoint)] }
        ]
    };
    const profiles = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'profiles');
    const existing = findById(profiles, 'profile', id);
    if (existing)
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceIndented */ .iO)(file, existing, spec);
    else
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, profiles, spec);
    const active = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'activeProfiles');
    const listed = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(active, 'activeProfile').some((element) => element.textContent?.trim() === id);
    if (!listed)
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, active, { name: 'activeProfile', text: id });
}
/** The mirror `id`, moved first in `<mirrors>` so it wins over the user's wildcard mirrors. */
function setMirror(file, id, endpoint) {
    const mirrors = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'mirrors');
    const existing = findById(mirrors, 'mirror', id);
    if (existing)
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .removeIndented */ .Cx)(existing);
    const spec = {
        name: 'mirror',
        children: [
            { name: 'id', text: id },
            { name: 'name', text: 'AWS CodeArtifact' },
            { name: 'url', text: endpoint },
            { name: 'mirrorOf', text: MAVEN_MIRROR_OF }
        ]
    };
    (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, mirrors, spec, (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .firstChildElement */ .fo)(mirrors) ?? undefined);
}
function findById(parent, name, id) {
    return (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(parent, name).find((element) => (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childText */ .ix)(element, 'id') === id);
}


/***/ }),

/***/ 2776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   decodeNugetElementName: () => (/* binding */ decodeNugetElementName),
/* harmony export */   nugetConfigPath: () => (/* binding */ nugetConfigPath),
/* harmony export */   nugetConfigurer: () => (/* binding */ nugetConfigurer),
/* harmony export */   nugetCredentialElementName: () => (/* binding */ nugetCredentialElementName),
/* harmony export */   nugetSourceUrl: () => (/* binding */ nugetSourceUrl)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _action_contract_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1013);
/* harmony import */ var _xml_edit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9367);



/**
 * The user-level NuGet.Config that dotnet and NuGet read:
 * `%APPDATA%\NuGet\NuGet.Config` on Windows; elsewhere
 * `~/.nuget/NuGet/NuGet.Config`, where dotnet takes `~` from DOTNET_CLI_HOME
 * when set, else HOME. (Mono's nuget.exe reads `~/.config/NuGet/NuGet.Config`
 * instead.) Sources: https://learn.microsoft.com/nuget/consume-packages/configuring-nuget-behavior
 * and NuGet.Client `NuGetEnvironment.GetFolderPath(UserSettingsDirectory)`.
 */
function nugetConfigPath(location) {
    if (location.platform === 'win32') {
        const appData = location.env.APPDATA || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.join(location.home, 'AppData', 'Roaming');
        return node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.join(appData, 'NuGet', 'NuGet.Config');
    }
    const home = location.env.DOTNET_CLI_HOME || location.home;
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(home, '.nuget', 'NuGet', 'NuGet.Config');
}
/** The NuGet V3 service index of a repository endpoint: `<endpoint>v3/index.json`. */
function nugetSourceUrl(endpoint) {
    return `${endpoint.endsWith('/') ? endpoint : `${endpoint}/`}v3/index.json`;
}
/**
 * The element name NuGet uses for a source under `<packageSourceCredentials>`:
 * the name itself when it is a valid XML name, else .NET's
 * `XmlConvert.EncodeLocalName` form (`my-domain/my-repo` \u2192 `my-domain_x002F_my-repo`,
 * a space \u2192 `_x0020_`). A `:` is always encoded, since a prefixed name would
 * need a namespace. Source: NuGet.Client `XmlUtility.GetEncodedXMLName`;
 * https://learn.microsoft.com/nuget/reference/nuget-config-file#packagesourcecredentials
 */
function nugetCredentialElementName(sourceName) {
    if (/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(sourceName))
        return sourceName;
    const chars = [...sourceName];
    return chars
        .map((char, index) => {
        const rest = chars.slice(index).join('');
        const startsEscape = char === '_' && /^_[Xx][0-9A-Fa-f]{4}(?:_|[0-9A-Fa-f]{4}_)/.test(rest);
        const ok = index === 0 ? /[A-Za-z_]/.test(char) : /[A-Za-z0-9_.-]/.test(char);
        if (ok && !startsEscape)
            return char;
        const code = char.codePointAt(0);
        return `_x${code
            .toString(16)
            .toUpperCase()
            .padStart(code > 0xffff ? 8 : 4, '0')}_`;
    })
        .join('');
}
/** Undoes `nugetCredentialElementName` (.NET `XmlConvert.DecodeName`). */
function decodeNugetElementName(elementName) {
    return elementName.replace(/_[Xx]([0-9A-Fa-f]{8}|[0-9A-Fa-f]{4})_/g, (_match, hex) => String.fromCodePoint(parseInt(hex, 16)));
}
/** What NuGet writes for a new user-level config: nuget.org as the one source. */
const CONFIG_TEMPLATE = `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
</configuration>
`;
/**
 * NuGet and dotnet: merges a package source for `<endpoint>v3/index.json`
 * into the user-level NuGet.Config, as `aws codeartifact login --tool dotnet`
 * does, but without running any CLI: a source that already has this URL keeps
 * its name; otherwise the source is named by the `nuget-source` input
 * (default `<domain>/<repository>`), updated when that name exists. Its
 * credentials are `Username=aws` and `ClearTextPassword=%CODEARTIFACT_AUTH_TOKEN%`,
 * an environment variable NuGet expands when it reads the file, so the file
 * never holds the token (and no Windows DPAPI encryption is needed). Every
 * other source, credential and setting of the user's is kept; the post step
 * restores the file. Source: https://learn.microsoft.com/nuget/reference/nuget-config-file
 */
const nugetConfigurer = {
    reads: (_access, location) => [nugetConfigPath(location)],
    plan: planNuget
};
function planNuget({ access, location, options, files }) {
    const target = nugetConfigPath(location);
    const url = nugetSourceUrl(access.endpoint);
    const file = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .parseXml */ .NO)(files.get(target) ?? null, CONFIG_TEMPLATE, 'configuration', target);
    const sources = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'packageSources');
    const adds = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(sources, 'add');
    const chosen = options.nugetSource ?? `${access.domain}/${access.repository}`;
    const existing = adds.find((add) => add.getAttribute('value')?.trim() === url) ??
        adds.find((add) => sameName(add.getAttribute('key'), chosen));
    const name = existing?.getAttribute('key') ?? chosen;
    if (existing)
        existing.setAttribute('value', url);
    else
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, sources, {
            name: 'add',
            attributes: [
                ['key', name],
                ['value', url]
            ]
        });
    const credentials = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .ensureChild */ .De)(file, file.root, 'packageSourceCredentials');
    const spec = {
        name: nugetCredentialElementName(name),
        children: [
            {
                name: 'add',
                attributes: [
                    ['key', 'Username'],
                    ['value', 'aws']
                ]
            },
            {
                name: 'add',
                attributes: [
                    ['key', 'ClearTextPassword'],
                    ['value', `%${access.tokenEnvName}%`]
                ]
            }
        ]
    };
    const stored = credentialsFor(credentials, name);
    if (stored)
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceIndented */ .iO)(file, stored, spec);
    else
        (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .appendIndented */ .Ie)(file, credentials, spec);
    const disabled = (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(file.root, 'disabledPackageSources')
        .flatMap((section) => (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .childElements */ .AR)(section, 'add'))
        .some((add) => sameName(add.getAttribute('key'), name) && add.getAttribute('value')?.trim() === 'true');
    return {
        files: [{ path: target, content: (0,_xml_edit_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeXml */ .QM)(file), encoding: file.encoding }],
        env: {},
        outputs: { [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.nugetSourceUrl]: url, [_action_contract_js__WEBPACK_IMPORTED_MODULE_1__/* .Output */ .k7.nugetSourceName]: name },
        notes: [
            `NuGet source '${name}': ${url} (${target}; password from %${access.tokenEnvName}%)`,
            ...(disabled
                ? [`The source '${name}' is listed in <disabledPackageSources>; enable it to use it.`]
                : [])
        ]
    };
}
/** NuGet compares source names case-insensitively. */
function sameName(a, b) {
    return a !== null && a !== undefined && a.trim().toLowerCase() === b.toLowerCase();
}
function credentialsFor(section, name) {
    for (let node = section.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === 1 &&
            sameName(decodeNugetElementName(node.localName ?? ''), name)) {
            return node;
        }
    }
    return undefined;
}


/***/ }),

/***/ 4719:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ describeParseFailure)
/* harmony export */ });
/**
 * Why a user's config file did not parse, for an error message that never
 * quotes the file. Parsers' own messages carry excerpts of the text \u2014 an XML
 * entity name (`entity not found:&Pa55w0rd;`), a YAML alias, escape or block
 * header, JSON's snippet around the error \u2014 and the file may hold the user's
 * own passwords and tokens (`<password>`, `npmAuthToken`,
 * `:rubygems_api_key:`), which are not masked. So only the position and,
 * where the parser names it apart from the text, the kind of error are shown.
 *
 * Understands the errors of `yaml` (`code`, `linePos`), `@xmldom/xmldom`
 * (`locator`), `smol-toml` (`line`, `column`) and `JSON.parse` (V8's
 * `at position N (line L column C)`, or `at position N` before Node 22).
 *
 * @param error what the parser threw or reported
 * @returns e.g. `duplicate key at line 2, column 1`, `at line 3, column 8`,
 *   or `the parser gives no position`
 */
function describeParseFailure(error) {
    const place = positionOf(error);
    const kind = kindOf(error);
    if (place === undefined)
        return kind ?? 'the parser gives no position';
    const at = 'offset' in place
        ? `at character ${place.offset + 1}`
        : `at line ${place.line}, column ${place.column}`;
    return kind === undefined ? at : `${kind} ${at}`;
}
function positionOf(error) {
    if (typeof error !== 'object' || error === null)
        return undefined;
    const fields = error;
    const yamlPlace = fields.linePos?.[0];
    if (yamlPlace)
        return { line: yamlPlace.line, column: yamlPlace.col };
    if (fields.locator?.lineNumber !== undefined) {
        return { line: fields.locator.lineNumber, column: fields.locator.columnNumber ?? 0 };
    }
    if (typeof fields.line === 'number' && typeof fields.column === 'number') {
        return { line: fields.line, column: fields.column };
    }
    if (error instanceof SyntaxError) {
        // Node 22+: `\u2026 at position 21 (line 2 column 20)`; Node 20: `\u2026 at position 21`.
        const json = /at position (\d+)(?: \(line (\d+) column (\d+)\))?/.exec(error.message);
        if (json?.[2] !== undefined)
            return { line: Number(json[2]), column: Number(json[3]) };
        if (json)
            return { offset: Number(json[1]) };
    }
    return undefined;
}
/**
 * The kind of error, where it can be told apart from the text: a `yaml` code
 * (`DUPLICATE_KEY` \u2192 `duplicate key`), or the leading words of an xmldom
 * message before anything it quotes (`entity not found`).
 */
function kindOf(error) {
    const code = error?.code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) {
        return code.toLowerCase().replace(/_/g, ' ');
    }
    if (error?.locator !== undefined && error instanceof Error) {
        const words = error.message
            .replace(/^Reporting \w+ "/, '')
            .split(/[:"'&<>\n]/)[0]
            .trim();
        return /^[A-Za-z][A-Za-z ]*$/.test(words) ? words : undefined;
    }
    return undefined;
}


/***/ }),

/***/ 9367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AR: () => (/* binding */ childElements),
/* harmony export */   Cx: () => (/* binding */ removeIndented),
/* harmony export */   De: () => (/* binding */ ensureChild),
/* harmony export */   Ie: () => (/* binding */ appendIndented),
/* harmony export */   NO: () => (/* binding */ parseXml),
/* harmony export */   QM: () => (/* binding */ serializeXml),
/* harmony export */   eO: () => (/* binding */ setChildText),
/* harmony export */   fo: () => (/* binding */ firstChildElement),
/* harmony export */   iO: () => (/* binding */ replaceIndented),
/* harmony export */   ix: () => (/* binding */ childText)
/* harmony export */ });
/* unused harmony exports createElement, buildElement */
/* harmony import */ var _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8351);
/* harmony import */ var _parse_failure_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4719);
/* harmony import */ var _text_encoding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1996);



const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
/**
 * Parses an XML config file with @xmldom/xmldom, keeping comments, the XML
 * declaration and whitespace, so that `serializeXml` writes the user's file
 * back with only the planned changes.
 *
 * @param text the file's content; null or blank means "no file", and `template` is used
 * @param template the content to start from when there is no file
 * @param rootName the element the root must be (e.g. `settings`, `configuration`)
 * @param file the path, for error messages
 * @throws Error naming `file` when it is not well-formed XML or its root is not `rootName`
 */
function parseXml(text, template, rootName, file) {
    const blank = text === null || text.replace(/^\uFEFF/, '').trim() === '';
    const source = blank ? template : text.replace(/^\uFEFF/, '');
    // Checked first: a declared encoding that cannot be written back stops the run before any parse.
    const encoding = blank
        ? { charset: 'utf-8', bom: text?.startsWith('\uFEFF') ?? false }
        : (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .xmlTextEncoding */ .Cg)(text, file);
    let doc;
    try {
        doc = new _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__/* .DOMParser */ .S4({
            onError: (level, message) => {
                if (level !== 'warning')
                    throw new Error(message);
            }
        }).parseFromString(source, 'text/xml');
    }
    catch (error) {
        throw new Error(`${file} is not well-formed XML (${(0,_parse_failure_js__WEBPACK_IMPORTED_MODULE_2__/* .describeParseFailure */ .F)(error)}); fix or remove it, then re-run.`, { cause: error });
    }
    const root = doc.documentElement;
    if (!root || root.localName !== rootName) {
        throw new Error(`${file} has the root element <${root?.nodeName ?? ''}>, not <${rootName}>; fix or remove it, then re-run.`);
    }
    return {
        doc,
        root,
        indentUnit: detectIndent(root),
        newline: source.includes('\r\n') ? '\r\n' : '\n',
        finalNewline: /\n\s*$/.test(source),
        encoding,
        file
    };
}
/**
 * Writes the document back: XML declaration and comments kept, original line
 * endings restored; a BOM the original had comes first (U+FEFF). Plan the
 * file with `encoding: file.encoding` to have it written in the original's encoding.
 * @throws Error naming the file when the text cannot be written in that encoding
 */
function serializeXml(file) {
    let text = new _xmldom_xmldom__WEBPACK_IMPORTED_MODULE_0__/* .XMLSerializer */ .el().serializeToString(file.doc);
    if (file.finalNewline && !text.endsWith('\n'))
        text += '\n';
    if (file.newline !== '\n')
        text = text.replace(/\r?\n/g, file.newline);
    if (file.encoding.bom)
        text = `\uFEFF${text}`;
    (0,_text_encoding_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeText */ .wx)(text, file.encoding, file.file); // fails here, before anything is written
    return text;
}
/** The whitespace before the root's first child element, i.e. one level of indentation. */
function detectIndent(root) {
    for (let node = root.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === TEXT_NODE) {
            const match = /\n([ \t]+)$/.exec(node.nodeValue ?? '');
            if (match)
                return match[1];
        }
        if (node.nodeType === ELEMENT_NODE)
            break;
    }
    return '  ';
}
function depthOf(element) {
    let depth = 0;
    for (let node = element.parentNode; node && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
        depth++;
    }
    return depth;
}
/** Child elements of `parent` named `name` (local name, any namespace). */
function childElements(parent, name) {
    const found = [];
    for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE && node.localName === name) {
            found.push(node);
        }
    }
    return found;
}
/** The trimmed text of the first `<name>` child, or undefined. */
function childText(parent, name) {
    return childElements(parent, name)[0]?.textContent?.trim();
}
/** A new element in the root's namespace (so no `xmlns=""` appears on it). */
function createElement(file, name, text) {
    const element = file.doc.createElementNS(file.root.namespaceURI, name);
    if (text !== undefined)
        element.appendChild(file.doc.createTextNode(text));
    return element;
}
/** Builds `spec` as elements in the root's namespace, attributes set in order. */
function buildElement(file, spec) {
    const element = createElement(file, spec.name, spec.text);
    for (const [name, value] of spec.attributes ?? [])
        element.setAttribute(name, value);
    return element;
}
/**
 * Appends `spec` (built) as the last child element of `parent`, indented the
 * way the file indents, with its own children indented below it.
 * `before`, when given, is an existing child element to insert in front of.
 */
function appendIndented(file, parent, spec, before) {
    const element = buildElement(file, spec);
    const depth = depthOf(parent);
    const childIndent = '\n' + file.indentUnit.repeat(depth + 1);
    if (before) {
        parent.insertBefore(element, before);
        parent.insertBefore(file.doc.createTextNode(childIndent), before);
    }
    else {
        const last = parent.lastChild;
        const closingWhitespace = last && last.nodeType === TEXT_NODE && (last.nodeValue ?? '').trim() === '' ? last : null;
        if (closingWhitespace) {
            parent.insertBefore(file.doc.createTextNode(childIndent), closingWhitespace);
            parent.insertBefore(element, closingWhitespace);
            if (!(closingWhitespace.nodeValue ?? '').includes('\n')) {
                closingWhitespace.nodeValue = '\n' + file.indentUnit.repeat(depth);
            }
        }
        else {
            parent.appendChild(file.doc.createTextNode(childIndent));
            parent.appendChild(element);
            parent.appendChild(file.doc.createTextNode('\n' + file.indentUnit.repeat(depth)));
        }
    }
    for (const child of spec.children ?? [])
        appendIndented(file, element, child);
    return element;
}
/** The first `<name>` child of `parent`, created (indented, last) when missing. */
function ensureChild(file, parent, name) {
    return childElements(parent, name)[0] ?? appendIndented(file, parent, { name });
}
/** Sets the text of the first `<name>` child, creating the child when missing. */
function setChildText(file, parent, name, text) {
    const existing = childElements(parent, name)[0];
    if (existing === undefined) {
        appendIndented(file, parent, { name, text });
        return;
    }
    while (existing.firstChild)
        existing.removeChild(existing.firstChild);
    existing.appendChild(file.doc.createTextNode(text));
}
/**
 * Replaces `old` by `spec`, at the same place, indented like `old` was.
 * Returns the new element.
 */
function replaceIndented(file, old, spec) {
    const parent = old.parentNode;
    const next = nextElementOrNull(old);
    removeIndented(old);
    if (next)
        return appendIndented(file, parent, spec, next);
    return appendIndented(file, parent, spec);
}
function nextElementOrNull(element) {
    for (let node = element.nextSibling; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE)
            return node;
    }
    return null;
}
/** Removes `element` with the indentation in front of it. */
function removeIndented(element) {
    const parent = element.parentNode;
    if (!parent)
        return;
    const previous = element.previousSibling;
    if (previous && previous.nodeType === TEXT_NODE && (previous.nodeValue ?? '').trim() === '') {
        parent.removeChild(previous);
    }
    parent.removeChild(element);
}
/** The first child element in document order, or null. */
function firstChildElement(parent) {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === ELEMENT_NODE)
            return node;
    }
    return null;
}


/***/ })

};
