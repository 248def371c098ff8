export const id = 976;
export const ids = [976];
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
 * Gradle: environment variables only — no file is written and the user's
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


/***/ })

};
