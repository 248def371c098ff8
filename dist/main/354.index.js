export const id = 354;
export const ids = [354];
export const modules = {

/***/ 4706:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  accessRequests: () => (/* binding */ accessRequests),
  domainKey: () => (/* binding */ domainKey),
  domainTokenEnvNames: () => (/* binding */ domainTokenEnvNames),
  earliestExpiration: () => (/* binding */ earliestExpiration),
  maySetPlainToken: () => (/* binding */ maySetPlainToken),
  requestEndpoints: () => (/* binding */ requestEndpoints),
  requestTokens: () => (/* binding */ requestTokens),
  settle: () => (/* binding */ settle),
  startAccess: () => (/* binding */ startAccess),
  tokenEnvNamesByDomain: () => (/* binding */ tokenEnvNamesByDomain)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 3 modules
var runner = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/action-contract.ts + 1 modules
var action_contract = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/token-masking.ts
var token_masking = __webpack_require__(5755);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/aws/endpoint-key.ts
var endpoint_key = __webpack_require__(2902);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var dist_cjs = __webpack_require__(3380);
;// CONCATENATED MODULE: ./src/aws/answer-checks.ts
/**
 * Checks on what CodeArtifact answers, before any of it is written into a
 * client's config, an environment variable or the log. The SDK checks no
 * shapes: a string member may arrive as an array, a number or 200 KB of text,
 * and a URL parser quietly drops line breaks that the raw string still holds.
 * An answer that fails a check is refused with a message naming the call;
 * only values that pass are used, in their checked (normalized) form.
 *
 * Shapes: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html,
 * API_GetAuthorizationToken.html.
 */
/**
 * The longest repository endpoint accepted, in characters. A real one is
 * `https://<domain>-<owner>.d.codeartifact.<region>.amazonaws.com/<format>/<repository>/`
 * (a VPC endpoint host is longer): well under 300 characters.
 */
const MAX_ENDPOINT_LENGTH = 512;
/**
 * The longest authorization token accepted, in characters. Real tokens are
 * about 1\u20132 KB; clients send them in an HTTP header, which servers cap at 8 KB.
 */
const MAX_TOKEN_LENGTH = 8192;
/** Host names CodeArtifact endpoints use: DNS labels (lower-cased by URL parsing). */
const HOST_NAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/;
/**
 * Paths CodeArtifact endpoints use: `/<format>/<repository>/` and the like,
 * where repository names are letters, digits, `.`, `_` and `-`. Nothing else
 * is accepted, so no client's expansion syntax can ride along (`${\u2026}` in npm
 * and Maven config, `%NAME%` in NuGet.Config, `%(name)s` in configparser).
 */
const ENDPOINT_PATH = /^\/[A-Za-z0-9._/-]*$/;
/** Hosts on which plain `http` is accepted (a local emulator or proxy). */
function isLoopback(hostname) {
    return (hostname === 'localhost' ||
        hostname === '[::1]' ||
        /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname));
}
/** What kind of value `value` is, for a message: `an array`, `a number`, \u2026 */
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Date)
        return 'a date';
    const type = typeof value;
    return type === 'object' ? 'an object' : `a ${type}`;
}
/**
 * The first character outside printable ASCII (U+0021\u2013U+007E), described
 * without showing the text around it: `a line break (U+000A) at character 27`.
 */
function firstUnprintable(text) {
    const index = [...text].findIndex((char) => !/^[\x21-\x7e]$/.test(char));
    if (index === -1)
        return undefined;
    const char = [...text][index];
    const code = `U+${char.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const value = char.codePointAt(0);
    const kind = /[\r\n\u0085\u2028\u2029]/.test(char)
        ? 'a line break'
        : value < 0x20 || (value >= 0x7f && value <= 0x9f)
            ? 'a control character'
            : /\s/.test(char)
                ? 'white space'
                : 'a character outside printable ASCII';
    return `${kind} (${code}) at character ${index + 1}`;
}
/**
 * Up to `max` characters of `text` for a message, every character outside
 * printable ASCII written as `\uXXXX`, so nothing in it can break a log line.
 */
function quoteForLog(text, max = 120) {
    const chars = [...text];
    const shown = chars
        .slice(0, max)
        .map((char) => /^[\x20-\x7e]$/.test(char) && char !== '"' && char !== '\\'
        ? char
        : char === '"' || char === '\\'
            ? `\\${char}`
            : `\\u${char.codePointAt(0).toString(16).padStart(4, '0')}`)
        .join('');
    return `"${shown}${chars.length > max ? `\u2026" (${chars.length} characters)` : '"'}`;
}
/**
 * Checks a GetRepositoryEndpoint answer and returns the endpoint to use: a
 * string that is exactly its own WHATWG-normalized form (so what clients
 * parse is what gets written), `https` (plain `http` only on a loopback
 * host), with no user information, query or fragment, a DNS host name and a
 * path of the characters repository endpoints hold, at most
 * MAX_ENDPOINT_LENGTH characters.
 *
 * @param answer the `repositoryEndpoint` member as the SDK returned it (any value)
 * @param where names the call in messages, e.g. `GetRepositoryEndpoint for acme/shared (npm)`
 * @param hint added when the endpoint does not parse (e.g. the `xn--` domain advice)
 * @returns the normalized endpoint URL
 * @throws Error starting with `where` that says what is wrong, never the raw
 *   answer beyond a short escaped excerpt
 */
function checkRepositoryEndpoint(answer, where, hint = '') {
    if (answer === undefined || answer === null || answer === '') {
        throw new Error(`${where} returned no endpoint.`);
    }
    if (typeof answer !== 'string') {
        throw new Error(`${where} returned ${describeType(answer)} as repositoryEndpoint, not a URL string; the answer did not come from CodeArtifact as documented.`);
    }
    const refuse = (why) => {
        throw new Error(`${where} returned ${quoteForLog(answer)}, which ${why} A CodeArtifact repository endpoint is a plain https URL; a proxy or a custom endpoint (AWS_ENDPOINT_URL_CODEARTIFACT) may be answering instead of AWS.`);
    };
    if (answer.length > MAX_ENDPOINT_LENGTH) {
        refuse(`is ${answer.length} characters long (at most ${MAX_ENDPOINT_LENGTH} are accepted).`);
    }
    const unprintable = firstUnprintable(answer);
    if (unprintable !== undefined)
        refuse(`holds ${unprintable}.`);
    if (!URL.canParse(answer)) {
        throw new Error(`${where} returned ${quoteForLog(answer)}, which is not a valid URL.${hint}`);
    }
    const url = new URL(answer);
    if (url.href !== answer) {
        refuse(`is not in its normalized form (URL parsers read it as ${quoteForLog(url.href)}).`);
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        refuse(`is not an https URL (plain http is accepted only on a loopback host).`);
    }
    if (url.username !== '' || url.password !== '')
        refuse('carries user information.');
    if (url.search !== '' || url.hash !== '')
        refuse('has a query or a fragment.');
    if (!(HOST_NAME.test(url.hostname) || url.hostname === '[::1]')) {
        refuse('has a host name that is not a DNS name.');
    }
    if (!ENDPOINT_PATH.test(url.pathname)) {
        refuse('has characters in its path that no repository endpoint has (only letters, digits and . _ - / are accepted: clients expand ${\u2026} and %\u2026% in their config files).');
    }
    return url.href;
}
/**
 * Checks a GetAuthorizationToken token: a non-empty string of printable ASCII
 * (no line break, control character or white space, which could end a config
 * line or a heredoc and start another), at most MAX_TOKEN_LENGTH characters.
 *
 * @param where names the call, e.g. `GetAuthorizationToken for domain acme`
 * @returns the token
 * @throws Error starting with `where` that says what is wrong; the message never holds the token
 */
function checkAuthorizationToken(answer, where) {
    if (answer === undefined || answer === null || answer === '') {
        throw new Error(`${where} returned no token.`);
    }
    if (typeof answer !== 'string') {
        throw new Error(`${where} returned ${describeType(answer)} as authorizationToken, not a string; the answer did not come from CodeArtifact as documented.`);
    }
    if (answer.length > MAX_TOKEN_LENGTH) {
        throw new Error(`${where} returned a token of ${answer.length} characters (at most ${MAX_TOKEN_LENGTH} are accepted); the answer did not come from CodeArtifact as documented.`);
    }
    const unprintable = firstUnprintable(answer);
    if (unprintable !== undefined) {
        throw new Error(`${where} returned a token that holds ${unprintable}; it is refused, since it could break the config files it would be written into.`);
    }
    return answer;
}
/**
 * Checks a GetAuthorizationToken expiration: a valid time (the SDK turns the
 * epoch seconds of the answer into a Date) that is still ahead.
 *
 * @param now the current time as AWS sees it (the SDK's clock-skew correction applied), epoch milliseconds
 * @throws Error starting with `where` when the expiration is missing, not a time, or past
 */
function checkExpiration(answer, where, now) {
    if (answer === undefined || answer === null) {
        throw new Error(`${where} returned no expiration.`);
    }
    if (!(answer instanceof Date) || Number.isNaN(answer.getTime())) {
        throw new Error(`${where} returned ${describeType(answer)} as expiration, not a time; the answer did not come from CodeArtifact as documented.`);
    }
    if (answer.getTime() <= now) {
        throw new Error(`${where} returned a token that expired at ${answer.toISOString()}, before it arrived; the answer did not come from CodeArtifact as documented.`);
    }
    return answer;
}

;// CONCATENATED MODULE: ./src/aws/endpoints.ts




/**
 * Calls codeartifact:GetRepositoryEndpoint once per distinct (domain, owner,
 * repository, format), all in parallel. Endpoints are used as AWS returns
 * them (hosts differ by partition, dual-stack and VPC endpoints), once
 * `checkRepositoryEndpoint` has accepted them: a plain https URL in its
 * normalized form, of the characters repository endpoints hold.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html
 *
 * @returns endpoint URL (with its trailing slash) by `endpointKey`
 * @throws the SDK's error for the first failed lookup; an `Error` naming the
 *   call and the repository when an answer holds no endpoint or one that the
 *   checks refuse (answer-checks.ts)
 */
async function getRepositoryEndpoints(client, requests) {
    const distinct = new Map(requests.map((request) => [(0,endpoint_key/* endpointKey */.r)(request), request]));
    const entries = await Promise.all([...distinct].map(async ([key, request]) => {
        const answer = await client.send(new dist_cjs/* GetRepositoryEndpointCommand */.Z3Z(request));
        const where = `GetRepositoryEndpoint for ${request.domain}/${request.repository} (${request.format})`;
        const hint = request.domain.startsWith('xn--')
            ? ` A domain name that starts with "xn--" gives a host name that URL parsers reject as bad punycode, so npm and other clients cannot use it either; use a domain whose name does not start with "xn--".`
            : '';
        return [key, checkRepositoryEndpoint(answer.repositoryEndpoint, where, hint)];
    }));
    return new Map(entries);
}

// EXTERNAL MODULE: ./src/aws/failure.ts
var failure = __webpack_require__(9551);
;// CONCATENATED MODULE: ./src/aws/token.ts


/**
 * Calls codeartifact:GetAuthorizationToken. CodeArtifact checks
 * `sts:GetServiceBearerToken` inside this call. The answer is checked before
 * it is used (answer-checks.ts): a printable-ASCII token of sane length, and
 * an expiration that is a time still ahead (by the SDK's clock, corrected for
 * skew).
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html
 *
 * @param request.durationSeconds 0 (tie the token to the role session) or 900\u201343200 seconds; always sent
 * @throws the SDK's error (AccessDeniedException, ResourceNotFoundException, \u2026), or Error naming
 *   the call when the answer lacks a token or an expiration or holds one the checks refuse
 */
async function getAuthorizationToken(client, request) {
    const answer = await client.send(new dist_cjs/* GetAuthorizationTokenCommand */.Eu6({
        domain: request.domain,
        domainOwner: request.domainOwner,
        durationSeconds: request.durationSeconds
    }));
    const where = `GetAuthorizationToken for domain ${request.domain}`;
    const token = checkAuthorizationToken(answer.authorizationToken, where);
    const now = Date.now() + (client.config.systemClockOffset ?? 0);
    return { token, expiration: checkExpiration(answer.expiration, where, now) };
}

;// CONCATENATED MODULE: ./src/aws/repository-access.ts







/** The key under which a target's token is filed. */
function domainKey(target) {
    return `${target.domain}/${target.domainOwner}`;
}
/**
 * Asks for one token per distinct domain, in parallel, and masks each (every form of it) as soon
 * as it arrives, before anything else sees it.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html
 *
 * @param durationSeconds 0 (the role session) or 900\u201343200
 * @returns tokens by {@link domainKey}
 * @throws Error whose message says what failed and what to do (aws/failure.ts), with the SDK's
 *   error as its cause
 */
async function requestTokens(client, targets, durationSeconds, region) {
    const domains = new Map(targets.map((target) => [domainKey(target), target]));
    const entries = await Promise.all([...domains].map(async ([key, target]) => {
        try {
            const token = await getAuthorizationToken(client, { ...target, durationSeconds });
            (0,token_masking/* maskToken */.g)(token.token, runner/* setSecret */.Pq);
            return [key, token];
        }
        catch (error) {
            const step = 'get the authorization token';
            throw new Error((0,failure/* describeAwsFailure */.x)(error, { step, ...target, region }), { cause: error });
        }
    }));
    return new Map(entries);
}
/**
 * Looks up each distinct repository endpoint (per repository and format), in parallel, grouped
 * by target so that a failure names the repository whose lookup failed.
 * https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryEndpoint.html
 *
 * @param endpointType `ipv4` or `dualstack` (the `endpoint-type` input); undefined sends none
 * @returns endpoint URLs by `endpointKey`
 * @throws Error whose message says what failed and what to do, with the SDK's error as its cause
 */
async function requestEndpoints(client, targets, region, endpointType) {
    const seen = new Set();
    const lookups = targets.map(async (target) => {
        const requests = target.formats.flatMap((format) => {
            const { domain, domainOwner, repository } = target;
            const request = { domain, domainOwner, repository, format, endpointType };
            if (seen.has((0,endpoint_key/* endpointKey */.r)(request)))
                return [];
            seen.add((0,endpoint_key/* endpointKey */.r)(request));
            return [request];
        });
        try {
            return await getRepositoryEndpoints(client, requests);
        }
        catch (error) {
            const step = 'look up the repository endpoint';
            throw new Error((0,failure/* describeAwsFailure */.x)(error, { step, ...target, region }), { cause: error });
        }
    });
    const found = await Promise.all(lookups);
    return new Map(found.flatMap((endpoints) => [...endpoints]));
}
/**
 * `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` per `<domain>/<domain owner>` (upper case, other characters
 * as `_`). Domain names are unique only per account, so when two owners have a domain of the same
 * name, both names also carry the owner: `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>_<OWNER>`. Every run
 * exports these, whatever its clients read.
 *
 * @param tokens token by `<domain>/<domain owner>`
 */
function domainTokenEnvNames(tokens) {
    const keys = [...tokens.keys()];
    const envPart = (text) => text.toUpperCase().replace(/[^A-Z0-9]/g, '_');
    const domainOf = (key) => key.split('/')[0];
    return new Map(keys.map((key) => {
        const [domain, owner] = key.split('/');
        const shared = keys.filter((other) => domainOf(other) === domain).length > 1;
        return [key, `${action_contract/* TOKEN_ENV_NAME */.Se}_${envPart(domain)}${shared ? `_${owner}` : ''}`];
    }));
}
/**
 * Whether this step may set `CODEARTIFACT_AUTH_TOKEN` to the token of the domain whose own
 * variable is `domainEnvName`: when no earlier step of the job set it, or when an earlier step
 * set it to that same domain's token (its `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` holds the same
 * value: a second step for the same domain, say to renew the token). Otherwise it holds another
 * domain's token, which the clients an earlier step configured read (or the user's own value),
 * and this step leaves it alone.
 *
 * @param env the step's environment (the runner applies earlier steps' GITHUB_ENV to it)
 */
function maySetPlainToken(env, domainEnvName) {
    const plain = env[action_contract/* TOKEN_ENV_NAME */.Se] ?? '';
    return plain === '' || plain === env[domainEnvName];
}
/**
 * The env var the clients' configuration reads, per domain: `CODEARTIFACT_AUTH_TOKEN` when one
 * domain is used and this step may set it (maySetPlainToken); otherwise each domain's own
 * `CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` (domainTokenEnvNames).
 *
 * @param tokens token by `<domain>/<domain owner>`
 * @param env the step's environment
 */
function tokenEnvNamesByDomain(tokens, env = {}) {
    const own = domainTokenEnvNames(tokens);
    const keys = [...own.keys()];
    if (keys.length === 1 && maySetPlainToken(env, own.get(keys[0]))) {
        return new Map([[keys[0], action_contract/* TOKEN_ENV_NAME */.Se]]);
    }
    return own;
}
/**
 * The requests for these repositories (`endpointType`: the `endpoint-type` input); `phase` wraps each
 * (main.ts names a failed request by it: `get the authorization token`, `look up the repository
 * endpoint`).
 * @param onSent called each time the token requests have gone out (main.ts then starts loading the
 *   clients' planners, so that compiling them does not hold up the requests)
 */
function accessRequests(client, targets, { region, endpointType }, phase, onSent = () => undefined) {
    return {
        tokens: (lifetime) => {
            const sent = phase('get the authorization token', () => requestTokens(client, targets, lifetime, region));
            onSent();
            return sent;
        },
        endpoints: () => phase('look up the repository endpoint', () => requestEndpoints(client, targets, region, endpointType))
    };
}
/** Runs the token and the endpoint requests side by side and waits for both. */
async function settle(tokens, endpoints) {
    const [gotTokens, gotEndpoints] = await Promise.allSettled([tokens(), endpoints()]);
    const failure = gotTokens.status === 'rejected'
        ? gotTokens.reason
        : gotEndpoints.status === 'rejected'
            ? gotEndpoints.reason
            : undefined;
    const denied = failure === undefined ? undefined : (0,errors/* accessDeniedOf */.rp)(failure);
    return {
        use: {
            tokenIssued: gotTokens.status === 'fulfilled',
            endpointsFound: gotEndpoints.status === 'fulfilled',
            ...(denied ? { denied } : {})
        },
        ...(gotTokens.status === 'fulfilled' ? { tokens: gotTokens.value } : {}),
        ...(gotEndpoints.status === 'fulfilled' ? { endpoints: gotEndpoints.value } : {}),
        ...(failure === undefined ? {} : { failure })
    };
}
/** Starts the token and endpoint requests now (to overlap with GetCallerIdentity). */
function startAccess(requests, lifetime) {
    return settle(() => requests.tokens(lifetime), requests.endpoints);
}
/** When the first of the tokens expires. */
function earliestExpiration(tokens) {
    return new Date(Math.min(...[...tokens.values()].map((token) => token.expiration.getTime())));
}


/***/ }),

/***/ 6354:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  access: () => (/* reexport */ repository_access),
  configureClients: () => (/* reexport */ configureClients),
  exportSetup: () => (/* reexport */ exportSetup),
  gate: () => (/* reexport */ gate_namespaceObject)
});

// NAMESPACE OBJECT: ./src/permissions/gate.ts
var gate_namespaceObject = {};
__webpack_require__.r(gate_namespaceObject);
__webpack_require__.d(gate_namespaceObject, {
  PermissionCheckFailure: () => (PermissionCheckFailure),
  checkPhase: () => (checkPhase),
  failedCheckReport: () => (failedCheckReport),
  permissionsAfterFailure: () => (permissionsAfterFailure),
  summaryPermissions: () => (permissions_report/* summaryPermissions */.R2),
  useAccess: () => (useAccess)
});

// EXTERNAL MODULE: ./src/aws/repository-access.ts + 3 modules
var repository_access = __webpack_require__(4706);
// EXTERNAL MODULE: ./src/runner/index.ts + 3 modules
var runner = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/action-contract.ts + 1 modules
var action_contract = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/permissions/requirements.ts
var requirements = __webpack_require__(6618);
// EXTERNAL MODULE: ./src/permissions/results.ts
var permissions_results = __webpack_require__(4558);
;// CONCATENATED MODULE: ./src/permissions/access-denied.ts


/** Whether AWS's text names this permission (the action, and the resource when it gives one). */
function names(denied, permission) {
    if (denied.action.toLowerCase() !== permission.action.toLowerCase())
        return false;
    return (denied.resource === undefined ||
        denied.resource === '*' ||
        denied.resource === permission.resource);
}
/** The permissions a successful GetAuthorizationToken proves (sts: and codeartifact:, per domain). */
function provenByToken(permission) {
    return (permission.action === requirements/* BEARER_TOKEN_ACTION */.fh ||
        permission.action === 'codeartifact:GetAuthorizationToken');
}
/** Where an Allow must be added for a denial of this policy type, if anywhere. */
function missingIn(denied) {
    if (denied.denial === 'explicit')
        return [];
    switch (denied.policyType) {
        case undefined:
        case 'unknown':
        case 'identity-based':
            return ['identity-policy'];
        case 'permissions boundary':
            return ['permissions-boundary'];
        case 'resource-based':
            return ['domain-policy'];
        default:
            // Session, organization and VPC endpoint policies are not fixed by adding statements here.
            return [];
    }
}
/**
 * The report a run that proved by use makes: the token request proves sts:GetServiceBearerToken
 * and codeartifact:GetAuthorizationToken, the endpoint requests prove GetRepositoryEndpoint;
 * ReadFromRepository and the publish actions are checked by CodeArtifact when a client uses the
 * token. A refusal is decided from AWS's text; what AWS did not reach stays unknown.
 *
 * @param diagnosis the deep diagnosis (or the preflight check) for the refused permission: its
 *   decision, statement and reasons replace the bare AWS answer where it names the same denial
 */
function useReport(caller, entity, permissions, outcome, diagnosis) {
    const { denied } = outcome;
    const deniedFirst = denied?.action;
    const results = permissions.map((permission) => {
        const base = { permission, reasons: [] };
        if (denied && names(denied, permission)) {
            const diagnosed = diagnosis?.results.find((result) => result.permission.action === permission.action &&
                result.permission.resource === permission.resource);
            const decision = denied.denial === 'explicit' ? 'explicit-deny' : 'implicit-deny';
            const reasons = [{ kind: 'aws-denied', denied }];
            if (outcome.durationCap && permission.action === requirements/* BEARER_TOKEN_ACTION */.fh) {
                reasons.push({ kind: 'duration-cap', ...outcome.durationCap });
            }
            return {
                ...base,
                decision,
                method: 'access-denied',
                ...(diagnosed?.statement && diagnosed.decision === decision
                    ? { statement: diagnosed.statement }
                    : {}),
                reasons: [...reasons, ...(diagnosed?.decision === decision ? diagnosed.reasons : [])],
                missingIn: missingIn(denied)
            };
        }
        const notReached = {
            ...base,
            decision: 'unknown',
            method: 'none',
            reasons: deniedFirst ? [{ kind: 'not-reached', deniedFirst }] : []
        };
        if (provenByToken(permission)) {
            return outcome.tokenIssued
                ? { ...base, decision: 'allowed', method: 'token-request' }
                : notReached;
        }
        if (permission.action === 'codeartifact:GetRepositoryEndpoint') {
            return outcome.endpointsFound
                ? { ...base, decision: 'allowed', method: 'endpoint-request' }
                : notReached;
        }
        return { ...base, decision: 'checked-at-use', method: 'none' };
    });
    return {
        basis: 'use',
        verdict: (0,permissions_results/* verdictOf */.Vj)(results),
        callerArn: caller.arn,
        ...(entity ? { entityArn: entity.arn, entityKind: entity.kind } : {}),
        results,
        warnings: diagnosis?.warnings ?? [],
        notes: diagnosis?.notes.filter((note) => note.kind !== 'invisible-policies') ?? []
    };
}
/**
 * The role or user a fix goes into, from the caller alone (no IAM call): for a role session the
 * role ARN with the path `/` (a guess: the session ARN omits the path), for a user its ARN.
 */
function holderOf(caller) {
    const { principal } = caller;
    if (principal.kind === 'assumed-role' && principal.roleName) {
        return {
            kind: 'role',
            arn: `arn:${caller.partition}:iam::${caller.account}:role/${principal.roleName}`
        };
    }
    if (principal.kind === 'user')
        return { kind: 'user', arn: caller.arn };
    return undefined;
}

// EXTERNAL MODULE: ./src/permissions/report.ts
var permissions_report = __webpack_require__(7632);
;// CONCATENATED MODULE: ./src/permissions/gate.ts









/*
 * The permission check, as the step runs it. `auto` proves by use: no IAM call and no policy
 * read before the token; the token and endpoint requests are the proof, and a refusal is
 * explained from AWS's AccessDenied text, then once diagnosed in depth. `strict` and `check-only`
 * check before any token (preflight), from the policies; a gate whose role may not read IAM
 * proves the bearer, token and endpoint permissions by use with a token it never hands out.
 */

/** A check that failed the step: its message says what is missing; `report` is what it found. */
class PermissionCheckFailure extends Error {
    report;
    constructor(report, message, options) {
        super(message, options);
        this.report = report;
        this.name = 'PermissionCheckFailure';
    }
}
/** The report a failed check found, if `error` (or its cause) is one: for the summary and retries. */
function failedCheckReport(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        if (e instanceof PermissionCheckFailure)
            return e.report;
    }
    return undefined;
}
/** The job summary's Permissions section after a failure that carried a report. */
function permissionsAfterFailure(error) {
    const report = failedCheckReport(error);
    return report && (0,permissions_report/* summaryPermissions */.R2)(report);
}
function permissionsFor(inputs, request) {
    return (0,requirements/* requiredPermissions */.kx)({
        targets: request.targets,
        access: inputs.access,
        partition: request.caller.partition,
        region: inputs.region,
        durationSeconds: request.durationSeconds
    });
}
/**
 * The check phase. Preflight (the policies, before any token) when asked for: `strict`,
 * `check-only`, or a principal other than the caller (after provisioning it); then the verdict
 * is acted on (outputs, warnings, failure). `auto` for the caller itself makes no call here: the
 * token and endpoint requests prove the permissions ({@link useAccess}).
 *
 * @returns the report; undefined when nothing is checked before the token
 * @throws PermissionCheckFailure on `denied`, or on `unknown` in strict mode
 */
async function checkPhase(inputs, request) {
    const mode = inputs.checkPermissions;
    if (mode === 'off')
        return undefined;
    if (mode === 'auto' && !inputs.checkOnly && request.isCaller)
        return undefined;
    const check = async () => {
        let report = await preflight(inputs, request);
        if (inputs.checkOnly && request.isCaller)
            report = await proveGate(inputs, request, report);
        return actOn(report, mode, request.warn ?? runner/* warning */.$e);
    };
    const { propagation } = request;
    const report = await (propagation
        ? propagation.retry('the permission check', check, (error) => failedCheckReport(error)?.verdict === 'denied')
        : check());
    if (inputs.checkOnly) {
        runner/* info */.pq(`check-only: the permission verdict is ${report.verdict}; no token handed out, nothing configured.`);
    }
    return report;
}
/** Reads and evaluates the policies (the IAM client loads only now) and logs what it found. */
async function preflight(inputs, request) {
    const { checkPermissions } = await Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 7868));
    return runner/* group */.Os('Permissions', async () => {
        const found = await checkPermissions(checkClients(request), checkParameters(inputs, request));
        for (const line of (0,permissions_report/* reportLines */.QS)(found))
            runner/* info */.pq(line);
        for (const note of found.notes)
            runner/* info */.pq(`Note: ${(0,permissions_report/* noteText */.gA)(note)}`);
        return found;
    });
}
/** The check's clients: CodeArtifact's, and an IAM client it creates, both logging their calls. */
function checkClients(request) {
    return { codeartifact: request.codeartifact, wrap: (client) => (0,clients/* logCalls */.c)(client, runner/* debug */.Yz) };
}
/** The check's parameters: whose permissions, for which repositories and token lifetime. */
function checkParameters(inputs, request) {
    return {
        caller: request.caller,
        targets: request.targets,
        access: inputs.access,
        region: inputs.region,
        durationSeconds: request.durationSeconds,
        ...(request.workspace === undefined ? {} : { workspace: request.workspace })
    };
}
/** Sets the outputs, warns, and fails on `denied` (and on `unknown` in strict mode). */
function actOn(report, mode, warn) {
    for (const warning of report.warnings)
        warn((0,permissions_report/* warningText */.i4)(warning));
    runner/* setOutput */.uH(action_contract/* Output */.k7.permissions, report.verdict);
    runner/* setOutput */.uH(action_contract/* Output */.k7.missingPermissions, (0,permissions_results/* missingActions */.mt)(report).join(','));
    if (report.verdict === 'denied') {
        throw new PermissionCheckFailure(report, (0,permissions_report/* failureMessage */.oh)(report, mode));
    }
    if (report.verdict === 'unknown') {
        if (mode === 'strict')
            throw new PermissionCheckFailure(report, (0,permissions_report/* failureMessage */.oh)(report, mode));
        warn((0,permissions_report/* unverifiedWarning */.ce)(report));
    }
    return report;
}
/** The gate's proof lifetime: the shortest token AWS issues. */
const GATE_TOKEN_SECONDS = 900;
/**
 * A gate whose role may not read IAM: the bearer, token and endpoint permissions the preflight
 * left unknown are proven by use. One token per domain, for 900 seconds, masked on arrival and
 * then dropped (never exported, written or output), and the endpoints. AWS's answers decide.
 */
async function proveGate(inputs, request, report) {
    const provable = (result) => result.decision === 'unknown' &&
        (result.permission.action === requirements/* BEARER_TOKEN_ACTION */.fh ||
            result.permission.action === 'codeartifact:GetAuthorizationToken' ||
            result.permission.action === 'codeartifact:GetRepositoryEndpoint');
    if (report.verdict === 'denied' || !report.results.some(provable))
        return report;
    const outcome = await runner/* group */.Os('Permissions by use', async () => {
        runner/* info */.pq(`The preflight could not decide every permission; proving sts:GetServiceBearerToken, codeartifact:GetAuthorizationToken and codeartifact:GetRepositoryEndpoint by use, with a ${GATE_TOKEN_SECONDS}-second token that is masked and never handed out.`);
        return (0,repository_access.settle)(() => (0,repository_access.requestTokens)(request.codeartifact, request.targets, GATE_TOKEN_SECONDS, inputs.region), () => (0,repository_access.requestEndpoints)(request.codeartifact, request.targets, inputs.region, inputs.endpointType));
    });
    if (outcome.failure !== undefined && !(0,errors/* isAccessDenied */.w7)((0,errors/* awsCause */.hG)(outcome.failure))) {
        throw outcome.failure;
    }
    const proof = useReport(request.caller, holderOf(request.caller), permissionsFor(inputs, request), outcome.use);
    const results = report.results.map((result) => provable(result)
        ? (proof.results.find((proven) => proven.permission.action === result.permission.action &&
            proven.permission.resource === result.permission.resource &&
            proven.decision !== 'unknown') ?? result)
        : result);
    const merged = { ...report, results, verdict: (0,permissions_results/* verdictOf */.Vj)(results) };
    for (const line of (0,permissions_report/* reportLines */.QS)(merged))
        runner/* info */.pq(line);
    return merged;
}
/**
 * The credentials phase: the token and endpoint requests, in the `Authorization token` log group.
 * When they succeed in `auto` mode they are the proof of the bearer, token and endpoint
 * permissions (logged, and in the `permissions` output; no warning). When AWS refuses one, the
 * refusal is explained: the fix for the policy type AWS named; if the lifetime asked for was
 * refused, whether a 900-second token is issued (a duration cap); then, once, the deep diagnosis
 * (the policies, read or simulated) that names the deciding statement, or one line on what would
 * let it run. Denied calls happen only on this failure path.
 *
 * @returns the tokens and endpoints, and the report of what they proved (none with check off)
 * @throws PermissionCheckFailure (with the request's failure as its cause) for a refusal; the
 *   request's own error for other failures
 */
async function useAccess(requests, context) {
    const { inputs, check } = context;
    const request = { ...check, caller: context.caller, isCaller: true };
    // The preflight explains a refusal only when it checked the caller itself.
    const preflight = check.isCaller ? context.preflight : undefined;
    const propagation = context.tokenWaits ? check.propagation : undefined;
    const attempt = async () => {
        const found = await (context.early ?? (0,repository_access.startAccess)(requests, request.durationSeconds));
        context.early = undefined;
        if (found.failure !== undefined)
            throw new SettledFailure(found);
        return found;
    };
    let settled;
    try {
        settled = await runner/* group */.Os('Authorization token', async () => {
            const found = await (propagation
                ? propagation.retry('the token request', attempt, (error) => (0,errors/* isAccessDenied */.w7)((0,errors/* awsCause */.hG)(error)))
                : attempt());
            for (const [key, { expiration }] of found.tokens ?? []) {
                runner/* info */.pq(`Token for ${key} expires at ${expiration.toISOString()}`);
            }
            return found;
        });
    }
    catch (error) {
        const refused = settledOf(error);
        if (refused?.use.denied === undefined)
            throw refused?.failure ?? error;
        throw await explainRefusal(requests, { inputs, request, preflight }, refused, error);
    }
    const access = {
        tokens: settled.tokens,
        endpoints: settled.endpoints
    };
    // A preflight (of the caller, or of a principal just provisioned) already gave the verdict.
    if (inputs.checkPermissions !== 'auto' || context.preflight)
        return access;
    const report = useReport(request.caller, holderOf(request.caller), permissionsFor(inputs, request), settled.use);
    runner/* info */.pq((0,permissions_report/* provenText */.Sd)(report));
    runner/* setOutput */.uH(action_contract/* Output */.k7.permissions, report.verdict);
    runner/* setOutput */.uH(action_contract/* Output */.k7.missingPermissions, '');
    return { ...access, report };
}
/** A failed attempt, carrying what the requests showed (for the explanation). */
class SettledFailure extends Error {
    settled;
    constructor(settled) {
        super(settled.failure instanceof Error ? settled.failure.message : String(settled.failure), {
            cause: settled.failure
        });
        this.settled = settled;
    }
}
function settledOf(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        if (e instanceof SettledFailure)
            return e.settled;
    }
    return undefined;
}
/** Whether the refusal may be a `sts:DurationSeconds` cap: the bearer token, for a lifetime other than 900 s. */
function mayBeDurationCap(denied, lifetime) {
    return (denied.action === requirements/* BEARER_TOKEN_ACTION */.fh &&
        denied.denial === 'implicit' &&
        (denied.policyType === undefined || denied.policyType === 'identity-based') &&
        lifetime !== GATE_TOKEN_SECONDS);
}
/**
 * Whether reading the principal's policies can name what refused: not for a session policy, an
 * organization's policies or a VPC endpoint policy, which IAM's reads do not show.
 */
function diagnosable(denied) {
    const type = denied.policyType;
    return (type === undefined ||
        type === 'unknown' ||
        type === 'identity-based' ||
        type === 'permissions boundary' ||
        type === 'resource-based');
}
/** Builds the explained failure for a refused token or endpoint request. */
async function explainRefusal(requests, context, refused, error) {
    const { inputs, request } = context;
    const denied = refused.use.denied;
    const permissions = permissionsFor(inputs, request);
    let durationCap;
    if (inputs.checkPermissions !== 'off' && mayBeDurationCap(denied, request.durationSeconds)) {
        // One more token request, only on this failure path: issued, the token is masked and dropped.
        const probe = await requests.tokens(GATE_TOKEN_SECONDS).then(() => true, () => false);
        if (probe)
            durationCap = request.durationSeconds;
    }
    const use = {
        ...refused.use,
        ...(durationCap === undefined ? {} : { durationCap: { requestedSeconds: durationCap } })
    };
    const diagnosed = inputs.checkPermissions === 'off' || durationCap !== undefined || !diagnosable(denied)
        ? undefined
        : context.preflight
            ? { report: context.preflight }
            : await diagnose(inputs, request, denied);
    const refusedPermission = permissions.find((permission) => names(denied, permission));
    const diagnosis = diagnosed?.report.results.find((result) => refusedPermission !== undefined &&
        result.permission.action === refusedPermission.action &&
        result.permission.resource === refusedPermission.resource);
    const entity = diagnosed?.report.entityArn && diagnosed.report.entityKind
        ? { arn: diagnosed.report.entityArn, kind: diagnosed.report.entityKind }
        : holderOf(request.caller);
    const report = useReport(request.caller, entity, permissions, use, diagnosed?.report);
    if (inputs.checkPermissions !== 'off') {
        runner/* setOutput */.uH(action_contract/* Output */.k7.permissions, report.verdict);
        runner/* setOutput */.uH(action_contract/* Output */.k7.missingPermissions, (0,permissions_results/* missingActions */.mt)(report).join(','));
    }
    const explanation = {
        failure: refused.failure instanceof Error ? refused.failure.message : String(refused.failure),
        denied,
        report,
        callerAccount: request.caller.account,
        ...(durationCap === undefined ? {} : { durationCap }),
        diagnosis: diagnosis === undefined
            ? diagnosed === undefined
                ? 'not-run'
                : 'unreadable'
            : diagnosis.decision === 'allowed'
                ? 'allowed'
                : diagnosis.decision === 'unknown'
                    ? 'unreadable'
                    : 'read',
        ...(diagnosed?.similar ? { similar: diagnosed.similar } : {})
    };
    return new PermissionCheckFailure(report, (0,permissions_report/* denialMessage */.fL)(explanation), { cause: error });
}
/** The deep diagnosis: the preflight check, run once after the refusal, in its own log group. */
async function diagnose(inputs, request, denied) {
    const { diagnose: run } = await Promise.all(/* import() */[__webpack_require__.e(764), __webpack_require__.e(868)]).then(__webpack_require__.bind(__webpack_require__, 7868));
    return runner/* group */.Os('Permissions: diagnosis of the refusal', async () => {
        const found = await run(checkClients(request), { ...checkParameters(inputs, request), only: (permission) => names(denied, permission) }, denied);
        for (const line of (0,permissions_report/* reportLines */.QS)(found.report))
            runner/* info */.pq(line);
        return found;
    });
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/aws/endpoint-key.ts
var endpoint_key = __webpack_require__(2902);
// EXTERNAL MODULE: ./src/config/file-access-error.ts
var file_access_error = __webpack_require__(1758);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/config/user-file.ts
var user_file = __webpack_require__(6542);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
var external_node_crypto_default = /*#__PURE__*/__webpack_require__.n(external_node_crypto_);
;// CONCATENATED MODULE: ./src/config/file-replace.ts




/** The owner of a file as `stat` found it. */
function ownerOf(stat) {
    return { uid: stat.uid, gid: stat.gid };
}
/** SHA-256 of a file's content, hex: how the post step tells whether a later step changed it. */
function contentDigest(content) {
    return external_node_crypto_default().createHash('sha256').update(content).digest('hex');
}
/**
 * Replaces `target` with a new file holding `content`: written to a fresh
 * temporary file beside it (O_EXCL, `mode`), given `owner` where this process
 * may (as root; see `giveTo`), then renamed over `target`. A crash leaves the
 * old file or the new one, never half; a link at `target` is replaced, never
 * written through.
 *
 * @param mode permission bits, e.g. 0o600
 * @param owner the owner and group the file should keep, e.g. the original's
 * @throws the file system's error (the temporary file is removed)
 */
function replaceFile(target, content, mode = 0o600, owner) {
    const temporary = external_node_path_default().join(external_node_path_default().dirname(target), `.${external_node_path_default().basename(target)}.codeartifact-setup-${process.pid}-${Date.now()}`);
    const fd = external_node_fs_default().openSync(temporary, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | user_file/* NO_FOLLOW */.qP, mode);
    try {
        try {
            external_node_fs_default().writeFileSync(fd, content);
            giveTo(fd, owner);
            external_node_fs_default().fchmodSync(fd, mode);
        }
        finally {
            external_node_fs_default().closeSync(fd);
        }
        external_node_fs_default().renameSync(temporary, target);
    }
    catch (error) {
        external_node_fs_default().rmSync(temporary, { force: true });
        throw error;
    }
}
/**
 * Overwrites the regular file at `target` in place (same inode), for when
 * its folder no longer lets a file be created or renamed there: the file is
 * opened without following a link (O_NOFOLLOW) and without blocking, and
 * written only once the open descriptor is seen to be a regular file. Then
 * its mode and owner are set.
 *
 * @throws Error when `target` is now a link or not a regular file (saying so);
 *   the file system's error otherwise (EACCES for a read-only file \u2026)
 */
function overwriteInPlace(target, content, mode, owner) {
    const fd = openRegularForWriting(target);
    try {
        external_node_fs_default().ftruncateSync(fd, 0);
        external_node_fs_default().writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content, 0, undefined, 0);
        giveTo(fd, owner);
        external_node_fs_default().fchmodSync(fd, mode);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
/**
 * Empties the regular file at `target` in place, never through a link: what
 * the post step does to a file it created but cannot delete.
 * @throws as `overwriteInPlace`
 */
function emptyInPlace(target) {
    const fd = openRegularForWriting(target);
    try {
        external_node_fs_default().ftruncateSync(fd, 0);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}
function openRegularForWriting(target) {
    let fd;
    try {
        fd = external_node_fs_default().openSync(target, (external_node_fs_default()).constants.O_WRONLY | ((external_node_fs_default()).constants.O_NONBLOCK ?? 0) | user_file/* NO_FOLLOW */.qP);
    }
    catch (error) {
        const code = error.code;
        // ELOOP for a link under O_NOFOLLOW; EMLINK on FreeBSD.
        if (code === 'ELOOP' || code === 'EMLINK') {
            throw new Error(`${target} is now a symbolic link (a later step replaced the file); codeartifact-setup does not write through links.`, { cause: error });
        }
        // A FIFO without a reader refuses a non-blocking open for writing.
        if (code === 'ENXIO') {
            throw new Error(`${target} is now a FIFO, not a regular file.`, { cause: error });
        }
        throw error;
    }
    const stat = external_node_fs_default().fstatSync(fd);
    if (!stat.isFile()) {
        external_node_fs_default().closeSync(fd);
        throw new Error(`${target} is now ${(0,user_file/* describeKind */.SB)(stat)}, not a regular file.`);
    }
    return fd;
}
/**
 * Gives the open file to `owner` when it belongs to someone else and this
 * process may change that (root may; others may only change the group to
 * one of theirs). A file the action puts in place of a user's file keeps its
 * owner and group, so the user can still read their settings during the job.
 */
function giveTo(fd, owner) {
    if (owner === undefined || typeof process.getuid !== 'function')
        return;
    const stat = external_node_fs_default().fstatSync(fd);
    if (stat.uid === owner.uid && stat.gid === owner.gid)
        return;
    try {
        external_node_fs_default().fchownSync(fd, process.getuid() === 0 ? owner.uid : stat.uid, owner.gid);
    }
    catch {
        // EPERM: not root and not in that group; the file stays this user's.
    }
}

;// CONCATENATED MODULE: ./src/config/ledger.ts




/** The suffix of a ledger folder's name. */
const LEDGER_SUFFIX = '.codeartifact-setup';
/** The ledger folder of `file`: `<folder>/<name>.codeartifact-setup`. */
function ledgerFolderOf(file) {
    return `${file}${LEDGER_SUFFIX}`;
}
/** The file a ledger folder is for (the inverse of ledgerFolderOf). */
function fileOfLedgerFolder(folder) {
    return folder.slice(0, -LEDGER_SUFFIX.length);
}
/** Paths inside a ledger folder. */
function ledgerPaths(folder) {
    return {
        ledger: external_node_path_default().join(folder, 'ledger.json'),
        original: external_node_path_default().join(folder, 'original'),
        lock: external_node_path_default().join(folder, 'lock')
    };
}
/**
 * Creates the ledger folder (mode 0700) when missing, and checks it is one
 * this user may trust (see `checkLedgerFolder`).
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error when it cannot be created
 */
function openLedgerFolder(folder) {
    try {
        external_node_fs_default().mkdirSync(folder, { mode: 0o700 });
    }
    catch (error) {
        if (error.code !== 'EEXIST')
            throw error;
    }
    checkLedgerFolder(folder);
}
/**
 * Checks that an existing ledger folder is one this user may trust: a real
 * folder (not a link), owned by this user, closed to others. One planted by
 * another user (who can write the folder holding the file) is never used, by
 * the main step or the post step: its `ledger.json` would say which file to
 * put back, with which mode and owner.
 *
 * @throws Error naming the folder when it cannot be trusted; the file
 *   system's error (ENOENT \u2026) when it cannot be examined
 */
function checkLedgerFolder(folder) {
    const stat = external_node_fs_default().lstatSync(folder);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    const closed = process.platform === 'win32' || (stat.mode & 0o077) === 0;
    if (!stat.isDirectory() || !mine || !closed) {
        throw new Error(`${folder} is not a private folder of this user (codeartifact-setup keeps its record of ${fileOfLedgerFolder(folder)} there, to share the file safely with other jobs). Jobs sharing a HOME must run as the same user; remove it if no job of the action is running.`);
    }
}
/**
 * Reads the ledger in `folder`, or undefined when there is none.
 * @param file the file it must be about
 * @throws Error when it is not a ledger of `file`
 */
function loadLedger(folder, file) {
    const read = (0,user_file/* readUserFile */.E1)(ledgerPaths(folder).ledger, { followLinks: false });
    if (read.kind === 'absent')
        return undefined;
    let ledger;
    try {
        ledger = read.kind === 'file' ? JSON.parse(read.text) : undefined;
    }
    catch {
        ledger = undefined;
    }
    if (ledger?.version !== 1 ||
        ledger.file !== file ||
        !Array.isArray(ledger.runs) ||
        !Array.isArray(ledger.createdDirs) ||
        typeof ledger.original?.kind !== 'string') {
        throw new Error(`${ledgerPaths(folder).ledger} is not a codeartifact-setup ledger of ${file}; remove ${folder} if no job of the action is running.`);
    }
    return ledger;
}
/** Writes the ledger (mode 0600), replacing the previous one atomically. */
function saveLedger(folder, ledger) {
    replaceFile(ledgerPaths(folder).ledger, JSON.stringify(ledger, null, 2));
}

;// CONCATENATED MODULE: ./src/config/manifest.ts





/** The manifest's file name inside a run's private folder. */
const MANIFEST_FILE = 'manifest.json';
/**
 * Starts the manifest of a run whose private folder is `workDir`, taking over
 * every earlier run of the action in the same job: a manifest left in a
 * sibling folder of the same RUNNER_TEMP (which the runner empties at the
 * start of each job) whose post step has not run yet. Its entries come first
 * and its folder is listed in `adopted`, so the post step ends that run's use
 * of the shared files too. Without this, a job that runs the main step twice
 * and the post step once (only the last run's state reaches it) would leave
 * the first run on the files' ledgers, as if still going, and its folder
 * behind.
 *
 * Manifests already taken over by another one are skipped; unreadable ones
 * are ignored.
 *
 * @param workDir this run's new private folder (it holds no manifest yet)
 * @returns the manifest (not yet saved)
 */
function startManifest(workDir) {
    const earlier = earlierManifests(workDir);
    const taken = new Set(earlier.flatMap((manifest) => manifest.adopted ?? []));
    const live = earlier.filter((manifest) => !taken.has(manifest.workDir));
    const entries = [];
    for (const manifest of live) {
        for (const entry of manifest.entries) {
            if (!entries.some((known) => known.path === entry.path))
                entries.push(entry);
        }
    }
    const adopted = [
        ...new Set(live.flatMap((manifest) => [...(manifest.adopted ?? []), manifest.workDir]))
    ];
    return { version: 2, workDir, entries, ...(adopted.length > 0 ? { adopted } : {}) };
}
/** The folder in a run's private folder that keeps what it wrote to shared files (see LedgerRun.layer). */
const LAYERS_FOLDER = 'layers';
/** The prefix of every run's private folder under RUNNER_TEMP. */
const RUN_FOLDER_PREFIX = 'codeartifact-setup-';
/** Whether `inner` lies strictly below `outer`. */
function isWithin(inner, outer) {
    const relative = external_node_path_default().relative(external_node_path_default().resolve(outer), external_node_path_default().resolve(inner));
    return relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
}
/**
 * Whether `folder` can be a private folder of this action's runs: named
 * `codeartifact-setup-*`, a real folder (not a link), owned by this user and
 * closed to everyone else (mode 0700). Anything else \u2014 for instance a folder
 * another local user planted in a shared /tmp \u2014 is never taken over, so its
 * manifest cannot make the post step write or delete anything.
 */
function isPrivateRunFolder(folder) {
    if (!external_node_path_default().basename(folder).startsWith(RUN_FOLDER_PREFIX))
        return false;
    try {
        const stat = external_node_fs_default().lstatSync(folder);
        return (stat.isDirectory() &&
            ownedByMe(stat) &&
            (process.platform === 'win32' || (stat.mode & 0o077) === 0));
    }
    catch {
        return false;
    }
}
function isOwnFile(file) {
    try {
        const stat = external_node_fs_default().lstatSync(file);
        return stat.isFile() && ownedByMe(stat);
    }
    catch {
        return false;
    }
}
function ownedByMe(stat) {
    return typeof process.getuid !== 'function' || stat.uid === process.getuid();
}
/** Readable manifests in the sibling folders of `workDir` that this user owns, oldest first. */
function earlierManifests(workDir) {
    const parent = external_node_path_default().dirname(external_node_path_default().resolve(workDir));
    let names;
    try {
        names = external_node_fs_default().readdirSync(parent);
    }
    catch {
        return [];
    }
    const found = [];
    for (const name of names) {
        const folder = external_node_path_default().join(parent, name);
        if (folder === external_node_path_default().resolve(workDir))
            continue;
        const file = external_node_path_default().join(folder, MANIFEST_FILE);
        try {
            if (!isPrivateRunFolder(folder) || !isOwnFile(file))
                continue;
            const manifest = loadManifest(file);
            if (external_node_path_default().resolve(manifest.workDir) !== folder)
                continue;
            // An earlier run's entries may have come from runs it took over itself: (equally private,
            // sibling) folders.
            const folders = [folder, ...(manifest.adopted ?? []).map((adopted) => external_node_path_default().resolve(adopted))];
            const trusted = folders.every((candidate) => external_node_path_default().dirname(candidate) === parent && isPrivateRunFolder(candidate));
            if (!trusted || unsafeEntry(manifest) !== undefined)
                continue;
            found.push({ manifest, time: external_node_fs_default().statSync(file).mtimeMs });
        }
        catch {
            // not a run's folder, or not readable: not ours to take over
        }
    }
    return found.sort((a, b) => a.time - b.time).map(({ manifest }) => manifest);
}
/** Writes the manifest (mode 0600), replacing the previous one atomically. */
function saveManifest(manifestPath, manifest) {
    replaceFile(manifestPath, JSON.stringify(manifest, null, 2));
}
/**
 * Reads a manifest written by `saveManifest` (never through a link).
 * @throws Error when the file is missing (`code` ENOENT) or not a version-2 manifest
 */
function loadManifest(manifestPath) {
    const read = (0,user_file/* readUserFile */.E1)(manifestPath, { followLinks: false });
    if (read.kind === 'absent') {
        throw Object.assign(new Error(`${manifestPath} does not exist.`), { code: 'ENOENT' });
    }
    const manifest = (read.kind === 'file' ? JSON.parse(read.text) : undefined);
    if (manifest?.version !== 2 || !Array.isArray(manifest.entries)) {
        throw new Error(`${manifestPath} is not a codeartifact-setup manifest.`);
    }
    return manifest;
}
/**
 * The first entry of `manifest` the post step must not act on, with why: a
 * ledger folder that is not the one beside its file. The worst a manifest
 * could then steer is this user's own ledgers of those files.
 */
function unsafeEntry(manifest) {
    const bad = manifest.entries.find((entry) => entry.ledger !== undefined &&
        external_node_path_default().basename(entry.ledger) !== `${external_node_path_default().basename(entry.path)}${LEDGER_SUFFIX}`);
    return bad === undefined ? undefined : `the record of ${bad.path} lies elsewhere than beside it.`;
}

// EXTERNAL MODULE: ./src/tools/text-encoding.ts
var text_encoding = __webpack_require__(1996);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/config/run-liveness.ts


let cachedWhereabouts;
/** This process's host, boot and namespaces (read once). */
function whereabouts() {
    cachedWhereabouts ??= {
        host: external_node_os_default().hostname(),
        bootId: readProc('/proc/sys/kernel/random/boot_id')?.trim(),
        pidNamespace: readLink('/proc/self/ns/pid'),
        mountNamespace: readLink('/proc/self/ns/mnt')
    };
    return cachedWhereabouts;
}
/**
 * The record of this run of the main step.
 * @param workDir the run's private folder
 * @param leaseUntil when its tokens expire
 */
function thisRun(workDir, leaseUntil) {
    const run = { workDir, ...whereabouts(), leaseUntil: leaseUntil.toISOString() };
    // pid 0 or 1: started by a container's init (`docker exec`), which tells nothing of the job.
    if (process.ppid > 1)
        run.worker = { pid: process.ppid, start: processStart(process.ppid) };
    return run;
}
/**
 * Why the job of `run` is over (its post step will never come, or nothing it
 * wrote works any more), or undefined when it may still be going. Facts of
 * another host or namespace are not compared (a pid or folder there means
 * nothing here): for those only the lease counts.
 *
 * @param now milliseconds since the epoch
 * @returns e.g. `its token expired at 2026-01-01T00:00:00.000Z`
 */
function whyRunIsOver(run, now = Date.now()) {
    const lease = Date.parse(run.leaseUntil);
    if (!Number.isFinite(lease) || lease <= now)
        return `its token expired at ${run.leaseUntil}`;
    const here = whereabouts();
    if (run.host !== here.host)
        return undefined;
    if (run.bootId !== undefined && here.bootId !== undefined && run.bootId !== here.bootId) {
        return 'the machine has restarted since';
    }
    if (run.mountNamespace === here.mountNamespace && !external_node_fs_default().existsSync(run.workDir)) {
        return `its folder ${run.workDir} is gone (the runner empties RUNNER_TEMP when it starts its next job)`;
    }
    if (run.worker !== undefined &&
        run.pidNamespace === here.pidNamespace &&
        processIsGone(run.worker.pid, run.worker.start)) {
        return `its runner's job process (pid ${run.worker.pid}) has ended`;
    }
    return undefined;
}
/**
 * Whether process `pid` has ended, or was replaced by another process with
 * the same pid (a different start time, where known).
 */
function processIsGone(pid, start) {
    try {
        process.kill(pid, 0);
    }
    catch (error) {
        // EPERM: it exists, as another user.
        if (error.code === 'ESRCH')
            return true;
    }
    const now = processStart(pid);
    return start !== undefined && now !== undefined && now !== start;
}
/** A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), on Linux. */
function processStart(pid) {
    const stat = readProc(`/proc/${pid}/stat`);
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields?.[19];
}
/** A /proc file's text (the kernel's, not a user's file), or undefined off Linux. */
function readProc(file) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function readLink(file) {
    try {
        return external_node_fs_default().readlinkSync(file);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/config/lock.ts



/** How long to wait for a lock another process holds, in milliseconds. Holders keep it for milliseconds. */
const LOCK_WAIT_MS = 10_000;
/** A lock older than this was left by a process that died holding it, in milliseconds. */
const LOCK_STALE_MS = 30_000;
/** How often a waiting process looks again, in milliseconds. */
const POLL_MS = 20;
/**
 * Takes the lock `lockFile`: creates it exclusively (O_EXCL, mode 0600) with
 * the holder's pid, host and time, waiting up to `waitMs` while another
 * process holds it. A lock whose holder is gone (same host and pid
 * namespace) or that is older than LOCK_STALE_MS is broken. (Two waiters
 * breaking the same stale lock at the same instant could both proceed; it
 * needs a holder that died within its few milliseconds of holding.)
 *
 * @param lockFile path of the lock file; its folder must exist
 * @param waitMs the longest wait, in milliseconds
 * @returns a function that releases the lock (idempotent)
 * @throws Error naming the lock and its holder when the wait runs out; the
 *   file system's error when the lock cannot be created (EACCES, ENOENT \u2026)
 */
function acquireLock(lockFile, waitMs = LOCK_WAIT_MS) {
    const deadline = Date.now() + waitMs;
    for (;;) {
        try {
            const fd = external_node_fs_default().openSync(lockFile, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL, 0o600);
            const here = whereabouts();
            const holder = {
                pid: process.pid,
                host: here.host,
                pidNamespace: here.pidNamespace,
                since: new Date().toISOString()
            };
            try {
                external_node_fs_default().writeFileSync(fd, JSON.stringify(holder));
            }
            finally {
                external_node_fs_default().closeSync(fd);
            }
            const held = external_node_fs_default().lstatSync(lockFile);
            let released = false;
            return () => {
                if (released)
                    return;
                released = true;
                try {
                    if (sameFile(external_node_fs_default().lstatSync(lockFile), held))
                        external_node_fs_default().rmSync(lockFile);
                }
                catch {
                    // already gone
                }
            };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
        }
        if (breakIfStale(lockFile))
            continue;
        if (Date.now() >= deadline) {
            throw new Error(`Timed out after ${waitMs / 1000} s waiting for ${lockFile}${describeHolder(lockFile)}. Another codeartifact-setup step on this machine holds it; if none is running, delete the file.`);
        }
        sleep(POLL_MS);
    }
}
/** Removes `lockFile` when its holder is gone or it is older than LOCK_STALE_MS; whether it did. */
function breakIfStale(lockFile) {
    let stat;
    try {
        stat = external_node_fs_default().lstatSync(lockFile);
    }
    catch {
        return true; // released meanwhile: try again at once
    }
    const holder = readHolder(lockFile);
    const here = whereabouts();
    const holderGone = holder !== undefined &&
        holder.host === here.host &&
        holder.pidNamespace === here.pidNamespace &&
        holder.pid !== process.pid &&
        processIsGone(holder.pid);
    if (!holderGone && Date.now() - stat.mtimeMs <= LOCK_STALE_MS)
        return false;
    try {
        // Only the lock judged stale, not one taken since.
        if (sameFile(external_node_fs_default().lstatSync(lockFile), stat))
            external_node_fs_default().rmSync(lockFile);
    }
    catch {
        // released or broken meanwhile
    }
    return true;
}
function readHolder(lockFile) {
    try {
        const read = (0,user_file/* readUserFile */.E1)(lockFile, { followLinks: false, maxBytes: 4096 });
        if (read.kind !== 'file')
            return undefined;
        const holder = JSON.parse(read.text);
        return typeof holder.pid === 'number' && typeof holder.host === 'string' ? holder : undefined;
    }
    catch {
        return undefined; // being written, or not ours
    }
}
function describeHolder(lockFile) {
    const holder = readHolder(lockFile);
    return holder === undefined
        ? ''
        : ` (held by process ${holder.pid} on ${holder.host} since ${holder.since})`;
}
function sameFile(a, b) {
    return a.ino === b.ino && a.dev === b.dev && a.mtimeMs === b.mtimeMs;
}
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` milliseconds (the config writer is synchronous). */
function sleep(ms) {
    Atomics.wait(sleeper, 0, 0, ms);
}

// EXTERNAL MODULE: ./src/config/real-path.ts
var real_path = __webpack_require__(3722);
;// CONCATENATED MODULE: ./src/config/shared-file.ts









/** The shared file at `planned` (whose folder exists). */
function sharedFile(planned) {
    const real = external_node_path_default().join((0,real_path/* realPath */.Y)(external_node_path_default().dirname(external_node_path_default().resolve(planned))), external_node_path_default().basename(planned));
    return { path: planned, real, folder: ledgerFolderOf(real) };
}
/**
 * Starts this run's use of a shared file and writes `content` to it, the
 * lock held and the ledger settled (`settle`) first. The first run records
 * the user's original (see `keepOriginal`); every run appends itself to the
 * ledger, which is saved before the file is written, so a crash in between
 * leaves a record. The new file is mode 0600 and keeps the owner and group
 * of the file it replaces.
 *
 * @param run this run
 * @param createdDirs folders this run created on the way to the file
 * @param layer a copy of `content` in the run's private folder (see LedgerRun)
 * @returns whether a file was there before this run wrote it
 * @throws Error when the path is a symbolic link or not a regular file of at
 *   most 4 MiB (nothing is written); the file system's error otherwise
 */
function joinSharedFile(file, content, run, createdDirs, layer) {
    const current = lstatOrNull(file.real);
    if (current?.isSymbolicLink()) {
        throw (0,file_access_error/* refusedFile */.Fe)(file.path, 'is a symbolic link; codeartifact-setup does not write through links. Replace it with a regular file or remove it.');
    }
    const unfit = current === null ? undefined : (0,user_file/* unfitReason */.PH)(file.path, current);
    if (unfit !== undefined) {
        throw (0,file_access_error/* refusedFile */.Fe)(file.path, `${unfit}; codeartifact-setup does not replace it. Remove it, or point the client at another file.`);
    }
    let ledger = loadLedger(file.folder, file.real);
    if (ledger === undefined) {
        const original = current === null ? { kind: 'absent' } : keepOriginal(file, current);
        ledger = { version: 1, file: file.real, original, createdDirs, runs: [] };
    }
    else {
        ledger.createdDirs = [...new Set([...ledger.createdDirs, ...createdDirs])];
    }
    const mine = { ...run, wrote: contentDigest(content), layer };
    ledger.runs = [...ledger.runs.filter((other) => other.workDir !== run.workDir), mine];
    saveLedger(file.folder, ledger);
    replaceFile(file.real, content, 0o600, current === null ? undefined : ownerOf(current));
    return { existed: current !== null };
}
/**
 * Ends the runs of `leaving` (this run, and the earlier runs of the same job
 * it took over) and every run that is over (whyRunIsOver: a job that died
 * between its main and post steps), then puts the file in the state the
 * remaining runs need:
 * - none remain: the user's original comes back (`putBackOriginal`) and the
 *   ledger is cleared;
 * - the run on top ended: what the run now on top wrote comes back (its
 *   layer); when that copy is out of reach, what is on disk stays, which
 *   still holds that run's entries (it wrote on top of them);
 * - otherwise what is on disk stays.
 * The lock must be held.
 *
 * @throws the error of putting the original back; the ledger is then kept
 *   with no runs, so the next run or post step on this file tries again
 */
function settleSharedFile(file, leaving) {
    const settled = { change: 'none', ended: [], warnings: [], notes: [], emptyFolders: [] };
    const ledger = loadLedger(file.folder, file.real);
    if (ledger === undefined)
        return { ...settled, emptyFolders: [file.folder] };
    const top = ledger.runs.at(-1);
    const remaining = ledger.runs.filter((run) => {
        if (leaving.has(run.workDir))
            return false;
        const over = whyRunIsOver(run);
        if (over !== undefined)
            settled.ended.push(over);
        return over === undefined;
    });
    if (remaining.length === ledger.runs.length && remaining.length > 0)
        return settled;
    const editedByLaterStep = top !== undefined && leaving.has(top.workDir) && digestOnDisk(file) !== top.wrote;
    if (remaining.length === 0) {
        if (editedByLaterStep) {
            settled.warnings.push(`${file.path} was changed by a later step after codeartifact-setup wrote it; ${ledger.original.kind === 'absent' ? 'removing it' : 'restoring the original'} anyway, so those changes are not kept.`);
        }
        try {
            settled.change = putBackOriginal(file, ledger.original, settled.notes);
        }
        catch (error) {
            saveLedger(file.folder, { ...ledger, runs: [] });
            throw error;
        }
        for (const done of [ledgerPaths(file.folder).ledger, ledgerPaths(file.folder).original])
            external_node_fs_default().rmSync(done, { force: true });
        settled.emptyFolders = [file.folder, ...[...ledger.createdDirs].reverse()];
        return settled;
    }
    const onTop = remaining[remaining.length - 1];
    settled.change = 'kept';
    if (onTop !== top) {
        const layer = readLayer(onTop);
        if (layer !== undefined) {
            if (editedByLaterStep) {
                settled.warnings.push(`${file.path} was changed by a later step after codeartifact-setup wrote it; putting back what another job using it wrote anyway, so those changes are not kept.`);
            }
            writeBack(file, layer, ownerNow(file) ?? originalOwner(ledger.original));
            settled.change = 'handed-back';
        }
    }
    saveLedger(file.folder, { ...ledger, runs: remaining });
    return settled;
}
/**
 * Keeps the user's file before the first run replaces it: as a hard link in
 * the ledger folder (the same inode, so putting it back restores content,
 * mode, owner, timestamps and its other hard links at once, and the user's
 * file is never written), or, where a hard link cannot be made (another file
 * system type, a file of another user under protected_hardlinks), as a copy
 * of its bytes with its mode and owner recorded.
 */
function keepOriginal(file, stat) {
    const keep = ledgerPaths(file.folder).original;
    // A leftover of a run that stopped before recording it (the file itself was not written yet).
    external_node_fs_default().rmSync(keep, { force: true });
    const read = (0,user_file/* readUserFile */.E1)(file.real, { followLinks: false });
    if (read.kind !== 'file') {
        throw (0,file_access_error/* refusedFile */.Fe)(file.path, `${read.kind === 'skipped' ? read.reason : 'disappeared while being read'}; codeartifact-setup does not replace it.`);
    }
    const record = {
        mode: stat.mode & 0o7777,
        uid: stat.uid,
        gid: stat.gid,
        links: stat.nlink,
        digest: contentDigest(read.bytes)
    };
    try {
        external_node_fs_default().linkSync(file.real, keep);
        const kept = external_node_fs_default().lstatSync(keep);
        if (kept.ino === stat.ino && kept.dev === stat.dev)
            return { kind: 'link', ...record };
        external_node_fs_default().rmSync(keep); // the file was swapped meanwhile: copy what was read
    }
    catch {
        // no hard links here: keep a copy
    }
    const fd = external_node_fs_default().openSync(keep, (external_node_fs_default()).constants.O_WRONLY | (external_node_fs_default()).constants.O_CREAT | (external_node_fs_default()).constants.O_EXCL | user_file/* NO_FOLLOW */.qP, 0o600);
    try {
        external_node_fs_default().writeFileSync(fd, read.bytes);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
    return { kind: 'copy', ...record };
}
/**
 * Puts the user's original back, or removes the file the action created.
 * The original is renamed into place; when the folder no longer allows that
 * (made read-only by a later step), its bytes, mode and owner are written
 * into the file in place \u2014 never through a link, never into anything but a
 * regular file. A created file that cannot be deleted is emptied.
 *
 * @param notes receives a line when a hard-linked original could only be restored as a copy
 * @returns what was done
 * @throws Error when the original is missing, or the path is now a link or
 *   not a regular file and the folder is read-only; the file system's error
 */
function putBackOriginal(file, original, notes) {
    if (original.kind === 'absent') {
        const stat = lstatOrNull(file.real);
        if (stat === null)
            return 'none';
        if (stat.isDirectory()) {
            throw new Error(`${file.path} is now a folder; codeartifact-setup does not remove folders.`);
        }
        try {
            external_node_fs_default().rmSync(file.real);
            return 'removed';
        }
        catch (error) {
            // Deleting needs a writable folder; emptying needs only a writable file.
            if (!(0,file_access_error/* isPermissionError */.gj)(error))
                throw error;
            emptyInPlace(file.real);
            return 'emptied';
        }
    }
    const keep = ledgerPaths(file.folder).original;
    const kept = () => {
        const read = (0,user_file/* readUserFile */.E1)(keep, { followLinks: false, maxBytes: Number.MAX_SAFE_INTEGER });
        if (read.kind !== 'file')
            throw new Error(`its original, kept at ${keep}, is missing`);
        return read.bytes;
    };
    if (original.kind === 'copy') {
        if (contentDigest(kept()) !== original.digest) {
            throw new Error(`its original, kept at ${keep}, was changed`);
        }
        external_node_fs_default().chmodSync(keep, original.mode);
        if (process.getuid?.() === 0)
            external_node_fs_default().chownSync(keep, original.uid, original.gid);
    }
    else if (!lstatOrNull(keep)?.isFile()) {
        throw new Error(`its original, kept at ${keep}, is missing`);
    }
    try {
        external_node_fs_default().renameSync(keep, file.real);
        return 'restored';
    }
    catch (error) {
        if (!(0,file_access_error/* isPermissionError */.gj)(error))
            throw error;
    }
    overwriteInPlace(file.real, kept(), original.mode, originalOwner(original));
    try {
        external_node_fs_default().rmSync(keep, { force: true });
    }
    catch {
        // a read-only ledger folder: the copy stays beside the restored file
    }
    if (original.links > 1) {
        notes.push(`${file.path} was restored byte for byte in place (its folder is read-only), as a file of its own: it is no longer hard-linked to its other names.`);
    }
    return 'restored';
}
/** What `run` wrote, from its private folder; undefined when out of reach (another host, gone). */
function readLayer(run) {
    if (run.layer === undefined || !isWithin(run.layer, run.workDir))
        return undefined;
    if (!isPrivateRunFolder(run.workDir))
        return undefined;
    try {
        const read = (0,user_file/* readUserFile */.E1)(run.layer, { followLinks: false });
        return read.kind === 'file' && contentDigest(read.bytes) === run.wrote ? read.bytes : undefined;
    }
    catch {
        return undefined;
    }
}
/** Replaces the file's content (in place when its folder is read-only). */
function writeBack(file, content, owner) {
    try {
        replaceFile(file.real, content, 0o600, owner);
    }
    catch (error) {
        if (!(0,file_access_error/* isPermissionError */.gj)(error))
            throw error;
        overwriteInPlace(file.real, content, 0o600, owner);
    }
}
function originalOwner(original) {
    return original.kind === 'absent' ? undefined : { uid: original.uid, gid: original.gid };
}
function ownerNow(file) {
    const stat = lstatOrNull(file.real);
    return stat?.isFile() ? ownerOf(stat) : undefined;
}
/** SHA-256 of the regular file at the path now, or undefined (absent, a link, unreadable). */
function digestOnDisk(file) {
    try {
        const read = (0,user_file/* readUserFile */.E1)(file.real, { followLinks: false });
        return read.kind === 'file' ? contentDigest(read.bytes) : undefined;
    }
    catch {
        return undefined;
    }
}
function lstatOrNull(file) {
    try {
        return external_node_fs_default().lstatSync(file);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw error;
    }
}
/** Removes the folders, deepest first, each only when empty; the ones that could not be removed for another reason, with why. */
function removeEmptyFolders(folders) {
    const kept = [];
    for (const folder of folders) {
        try {
            external_node_fs_default().rmdirSync(folder);
        }
        catch (error) {
            const code = error.code;
            if (code === 'ENOENT' || code === 'ENOTEMPTY' || code === 'EEXIST')
                continue;
            kept.push({ folder, reason: error.message });
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/config/writer.ts











/** How many times planning is redone when another job changes a file between reading and writing. */
const ATTEMPTS = 5;
/**
 * Plans and writes the client config files, safely for the user's files and
 * for other jobs sharing the HOME.
 *
 * `plan` gets a reader that reads only regular files of at most 4 MiB
 * (see user-file.ts); it may run more than once. Files in the run's private
 * folder are simply written. Every other file is shared (see shared-file.ts):
 * its folders are created (0700), then the locks of all of them are taken,
 * in one order for every job, and held while each file's ledger is settled
 * (runs of jobs that are over are ended), what was planned from is checked to
 * be still on disk (when another job changed a file meanwhile, the locks are
 * released and planning starts again, up to 5 times), and each file is
 * joined: the first run keeps the user's original, each run records itself
 * in the ledger, and the new content (in the file's own encoding, see
 * `PlannedFile.encoding`) goes to a temporary file (mode 0600, the replaced
 * file's owner) renamed over the target. A link is never
 * written through; a FIFO, device or oversized file is never replaced.
 *
 * The manifest lists each file before it is written (all of them, in one
 * save, before the first), so the post step finds everything a failure
 * part-way left.
 *
 * @param plan composes the plan from what the reader returns
 * @returns the plan that was written
 * @throws FileAccessError naming the file (as planned) when it cannot be
 *   read or written; Error when it is a link or not a regular file, or other
 *   jobs kept changing it, or a lock wait ran out
 */
function writeConfigFiles(plan, context) {
    const run = thisRun(context.manifest.workDir, context.leaseUntil);
    const logged = new Set();
    const logOnce = (say, message) => {
        if (logged.has(message))
            return;
        logged.add(message);
        say(message);
    };
    for (let attempt = 1;; attempt++) {
        const planned = new Map();
        const composed = plan((file) => {
            const read = (0,user_file/* readUserFile */.E1)(file);
            planned.set(external_node_path_default().resolve(file), readDigest(read));
            if (read.kind === 'skipped')
                logOnce(context.onSkip, (0,user_file/* skippedMessage */.aR)(file, read.reason));
            return read.kind === 'file' ? read.text : null;
        });
        const changed = writePlannedFiles(composed.files, planned, run, context, (message) => logOnce(context.onNote, message));
        if (changed.length === 0)
            return composed;
        if (attempt === ATTEMPTS) {
            throw new Error(`${changed.join(', ')} kept changing while codeartifact-setup was writing ${changed.length > 1 ? 'them' : 'it'} (${ATTEMPTS} attempts): other jobs on this HOME are writing ${changed.length > 1 ? 'them' : 'it'} at the same time. Run the job again.`);
        }
    }
}
/**
 * Writes the files once.
 * @param readDigests what planning read, by absolute path (see readDigest)
 * @returns the shared files that changed since planning read them: nothing
 *   was written to any shared file then, and planning must start again
 */
function writePlannedFiles(files, readDigests, run, context, note) {
    const { manifest, manifestPath } = context;
    const shared = [];
    const releases = [];
    try {
        writeOwnFiles(files.filter((file) => isWithin(file.path, manifest.workDir)), manifest, manifestPath);
        for (const file of files) {
            if (isWithin(file.path, manifest.workDir))
                continue;
            const prepared = prepareShared(file);
            if (prepared === undefined)
                return [file.path];
            shared.push(prepared);
        }
        // One order for every job, so two jobs taking the same locks cannot wait on each other.
        shared.sort((a, b) => (a.target.folder < b.target.folder ? -1 : 1));
        const twice = shared.find((prepared, index) => shared[index + 1]?.target.folder === prepared.target.folder);
        if (twice !== undefined) {
            throw new Error(`Two client files are the same file through links: ${twice.target.real}. Point the clients at different files.`);
        }
        for (const { planned, target } of shared) {
            const release = lockOrRetry(planned, target);
            // Its ledger folder vanished meanwhile (its last job removed it): plan again.
            if (release === undefined)
                return [planned.path];
            releases.push(release);
        }
        for (const { planned, target } of shared) {
            const settled = withFile(planned.path, () => settleSharedFile(target, new Set()));
            for (const why of settled.ended)
                note(`Ended another job's use of ${planned.path}: ${why}.`);
        }
        const changed = shared
            .map(({ planned }) => planned.path)
            .filter((file) => {
            const read = readDigests.get(external_node_path_default().resolve(file));
            return read !== undefined && read !== readDigest(withFile(file, () => (0,user_file/* readUserFile */.E1)(file)));
        });
        if (changed.length > 0)
            return changed;
        // Listed, all at once, before any is written.
        const entries = shared.map(({ planned, target }) => recordEntry(manifest, { path: planned.path, ledger: target.folder }));
        if (shared.length > 0) {
            saveManifest(manifestPath, manifest);
            external_node_fs_default().mkdirSync(external_node_path_default().join(manifest.workDir, LAYERS_FOLDER), { recursive: true, mode: 0o700 });
        }
        for (const [index, { planned, target, createdDirs }] of shared.entries()) {
            const content = (0,text_encoding/* encodeText */.wx)(planned.content, planned.encoding, planned.path);
            const layer = saveLayer(manifest.workDir, target, content);
            const { existed } = withFile(planned.path, () => joinSharedFile(target, content, run, createdDirs, layer));
            Object.assign(entries[index], { existed, written: contentDigest(content) });
        }
        return [];
    }
    finally {
        for (const release of releases.reverse())
            release();
        saveManifest(manifestPath, manifest);
        // Folders made for files no run joined (a refused link, a retry): removed when empty.
        for (const { target, createdDirs } of shared) {
            if (!external_node_fs_default().existsSync(ledgerPaths(target.folder).ledger))
                removeEmptyFolders([target.folder, ...[...createdDirs].reverse()]);
        }
    }
}
/**
 * Creates the file's missing folders (0700) and its ledger folder; undefined
 * when a folder vanished meanwhile (another job's post step removed a folder
 * it had created): planning starts again.
 */
function prepareShared(planned) {
    try {
        return withFile(planned.path, () => {
            const createdDirs = makeParentDirs(external_node_path_default().dirname(external_node_path_default().resolve(planned.path)));
            const target = sharedFile(planned.path);
            openLedgerFolder(target.folder);
            return { planned, target, createdDirs };
        });
    }
    catch (error) {
        const cause = error instanceof file_access_error/* FileAccessError */.nF ? error.cause : error;
        if (cause?.code === 'ENOENT')
            return undefined;
        throw error;
    }
}
/** Takes the file's lock; undefined when its ledger folder is gone. */
function lockOrRetry(planned, target) {
    try {
        return acquireLock(ledgerPaths(target.folder).lock);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        return withFile(planned.path, () => {
            throw error;
        });
    }
}
/** Files in the run's private folder: listed, all at once, then written; removed with the folder. */
function writeOwnFiles(files, manifest, manifestPath) {
    if (files.length === 0)
        return;
    const entries = files.map((file) => recordEntry(manifest, { path: file.path }));
    saveManifest(manifestPath, manifest);
    for (const [index, file] of files.entries()) {
        const content = (0,text_encoding/* encodeText */.wx)(file.content, file.encoding, file.path);
        withFile(file.path, () => {
            external_node_fs_default().mkdirSync(external_node_path_default().dirname(file.path), { recursive: true, mode: 0o700 });
            replaceFile(file.path, content);
        });
        entries[index].written = contentDigest(content);
    }
}
/** The manifest's entry for a path, added when new. */
function recordEntry(manifest, entry) {
    const known = manifest.entries.find((recorded) => recorded.path === entry.path);
    if (known !== undefined)
        return Object.assign(known, entry);
    const added = { ...entry, existed: false };
    manifest.entries.push(added);
    return added;
}
/**
 * Keeps what the run writes to a shared file in its private folder (see LedgerRun.layer); the
 * layers folder exists.
 */
function saveLayer(workDir, target, content) {
    const layer = external_node_path_default().join(workDir, LAYERS_FOLDER, contentDigest(target.real).slice(0, 16));
    replaceFile(layer, content);
    return layer;
}
/** What a read found, as one comparable string. */
function readDigest(read) {
    return read.kind === 'file' ? contentDigest(read.bytes) : `${read.kind}`;
}
/**
 * Runs `action` on `file`; a file system error (one with an errno code)
 * becomes a FileAccessError naming the file, so the message says what to fix.
 */
function withFile(file, action) {
    try {
        return action();
    }
    catch (error) {
        if (error instanceof file_access_error/* FileAccessError */.nF)
            throw error;
        if (error.code === undefined)
            throw error;
        throw new file_access_error/* FileAccessError */.nF(file, 'write', error);
    }
}
/** Creates missing folders (0700) and returns the ones it created, outermost first. */
function makeParentDirs(folder) {
    const missing = [];
    let current = folder;
    while (!external_node_fs_default().existsSync(current)) {
        missing.unshift(current);
        current = external_node_path_default().dirname(current);
    }
    const created = [];
    for (const dir of missing) {
        try {
            external_node_fs_default().mkdirSync(dir, { mode: 0o700 });
            created.push(dir);
        }
        catch (error) {
            // Another job created it meanwhile: it is not ours to remove.
            if (error.code !== 'EEXIST')
                throw error;
        }
    }
    return created;
}

// EXTERNAL MODULE: ./src/job-location.ts + 1 modules
var job_location = __webpack_require__(614);
// EXTERNAL MODULE: ./src/tools/catalog.ts
var catalog = __webpack_require__(7124);
;// CONCATENATED MODULE: ./src/tools/compose.ts


/** Where a client ranks for an output: lower is better; clients that do not set it rank last. */
function rank(output, tool) {
    const owners = outputOwners(output);
    const index = owners.findIndex((owner) => owner === tool);
    return index < 0 ? owners.length : index;
}
/**
 * For a URL output, the clients whose descriptors declare it, in catalog
 * order: when clients of one format are set up for different repositories,
 * the output is the repository of the first of these that is configured.
 */
function outputOwners(output) {
    return catalog/* TOOL_NAMES */.K2.filter((tool) => catalog/* CLIENTS */.ro[tool].outputs.includes(output));
}
/**
 * Runs each planner in order over a virtual file system: a planner sees the
 * files as the earlier plans left them, so clients that share a file (npm,
 * pnpm and yarn 1 share one npmrc) compose instead of overwriting each other.
 *
 * A URL output (`npm-registry-url` \u2026) names the repository of the client it
 * belongs to (the descriptors' `outputs`) when clients of one format use different
 * repositories; the clash is noted in the log.
 *
 * @param readFile current on-disk content of a path, null when absent
 * @throws FileAccessError from `readFile`, naming the tool that needed the file
 */
function composePlans(steps, location, options, readFile) {
    const virtual = new Map();
    const outputSetBy = new Map();
    const composed = {
        files: [],
        env: {},
        outputs: {},
        notes: [],
        writers: new Map(),
        secrets: []
    };
    for (const step of steps) {
        const files = new Map();
        for (const path of step.configurer.reads(step.access, location, options)) {
            if (!virtual.has(path))
                virtual.set(path, readFor(step.tool, path, readFile));
            files.set(path, virtual.get(path) ?? null);
        }
        const plan = step.configurer.plan({ access: step.access, location, options, files });
        for (const file of plan.files)
            virtual.set(file.path, file.content);
        Object.assign(composed.env, plan.env);
        composed.secrets.push(...(plan.secrets ?? []));
        const notes = [...plan.notes];
        for (const [name, value] of Object.entries(plan.outputs)) {
            const earlier = outputSetBy.get(name);
            if (earlier === undefined || earlier.value === value) {
                outputSetBy.set(name, { tool: earlier?.tool ?? step.tool, value });
            }
            else if (rank(name, step.tool) < rank(name, earlier.tool)) {
                notes.push(`output ${name} is ${value} (${step.tool}); ${earlier.tool} uses ${earlier.value}`);
                outputSetBy.set(name, { tool: step.tool, value });
            }
            else {
                notes.push(`output ${name} stays ${earlier.value} (${earlier.tool}); ${step.tool} uses ${value}`);
            }
            composed.outputs[name] = outputSetBy.get(name).value;
        }
        composed.notes.push({ tool: step.tool, lines: notes, warnings: plan.warnings ?? [] });
        for (const file of plan.files) {
            composed.files = composed.files.filter((planned) => planned.path !== file.path);
            composed.files.push(file);
            const writers = composed.writers.get(file.path) ?? [];
            if (!writers.includes(step.tool))
                composed.writers.set(file.path, [...writers, step.tool]);
        }
    }
    return composed;
}
function readFor(tool, path, readFile) {
    try {
        return readFile(path);
    }
    catch (error) {
        throw error instanceof file_access_error/* FileAccessError */.nF ? error.forTools([tool]) : error;
    }
}

;// CONCATENATED MODULE: ./src/tools/option-use.ts

/**
 * Client options the user set that no configured client reads, e.g.
 * `npm-scopes` with only `pip`: each becomes a warning, since the user
 * likely meant a client that is not in the list. An option counts as set
 * when its value differs from its default's; the clients that read it are
 * the descriptors that list it (tools/catalog.ts).
 *
 * @param options the parsed client options (ActionInputs holds them)
 * @param tools the clients being configured, over all repositories
 * @returns one sentence per unused option, naming the clients that would read it
 */
function unusedClientOptions(options, tools) {
    return Object.keys(catalog/* CLIENT_OPTIONS */.T8).flatMap((name) => {
        const option = catalog/* CLIENT_OPTIONS */.T8[name];
        const readers = catalog/* TOOL_NAMES */.K2.filter((tool) => catalog/* CLIENTS */.ro[tool].options.includes(name));
        if (sameOptionValue(options[name], option.parse(option.default)))
            return [];
        if (readers.some((tool) => tools.includes(tool)))
            return [];
        return [
            `Input '${option.input}' has no effect: ${readers.length === 1 ? `only ${readers[0]} reads it, and it is not configured` : `only ${readers.join(', ')} read it, and none of them is configured`}.`
        ];
    });
}
/**
 * Whether two parsed client option values are equal. The values are strings, booleans,
 * `undefined`, or lists of strings (CLIENT_OPTIONS' parsers); lists are equal item by item.
 */
function sameOptionValue(a, b) {
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, index) => item === b[index]);
    }
    return a === b;
}

;// CONCATENATED MODULE: ./src/tools/configure.ts












/**
 * Plans every client's configuration (the planners are pure), refuses a file that would land in
 * the workspace, writes the files through the manifest the post step undoes, and logs each
 * client's notes in a group and its warnings as warnings (through `setup.warn`). Only the configured clients'
 * planners (and the yaml, XML, TOML and ini libraries they need) are loaded.
 *
 * @param onFiles receives the files actually written, on failure too (for the job summary)
 * @throws FileAccessError naming the clients that needed an unreadable or unwritable file; Error
 *   for a file inside GITHUB_WORKSPACE
 */
async function configureClients(setup, onFiles) {
    const { targets, tokens, endpoints, tokenEnvNames, inputs } = setup;
    const warn = setup.warn ?? runner/* warning */.$e;
    const planners = await setup.planners;
    const location = (0,job_location/* createJobLocation */.v2)(process.env);
    const manifestPath = external_node_path_default().join(location.workDir, 'manifest.json');
    const manifest = startManifest(location.workDir);
    saveManifest(manifestPath, manifest);
    runner/* saveState */.LZ(action_contract/* State */.Uw.manifestPath, manifestPath);
    const steps = targets.flatMap((target) => target.tools.map((tool) => {
        const format = catalog/* TOOL_FORMATS */.yO[tool];
        const key = (0,repository_access.domainKey)(target);
        return {
            tool,
            configurer: planners.get(tool),
            access: {
                domain: target.domain,
                domainOwner: target.domainOwner,
                repository: target.repository,
                region: inputs.region,
                format,
                endpoint: endpoints.get((0,endpoint_key/* endpointKey */.r)({ ...target, format })),
                token: tokens.get(key).token,
                tokenEnvName: tokenEnvNames.get(key)
            }
        };
    }));
    for (const warning of unusedClientOptions(inputs, targets.flatMap((target) => target.tools)))
        warn(warning);
    // Planned and written under the shared files' locks (other jobs may share this HOME); planning
    // is redone when another job changed a file in between.
    let planned;
    let plan;
    try {
        plan = writeConfigFiles((readFile) => {
            planned = composePlans(steps, location, inputs, readFile);
            // Credentials found in the user's own config URLs: masked before anything is logged or written.
            for (const secret of planned.secrets)
                runner/* setSecret */.Pq(secret);
            (0,job_location/* refuseWorkspaceFiles */.vj)(planned.files.map((file) => file.path), process.env);
            return planned;
        }, {
            manifest,
            manifestPath,
            leaseUntil: (0,repository_access.earliestExpiration)(tokens),
            onSkip: warn,
            onNote: runner/* info */.pq
        });
    }
    catch (error) {
        throw error instanceof file_access_error/* FileAccessError */.nF && error.tools.length === 0
            ? error.forTools(planned?.writers.get(error.file) ?? [])
            : error;
    }
    finally {
        // Only files actually written: an entry is recorded before its write, which may fail.
        onFiles(manifest.entries
            .filter((entry) => entry.written !== undefined)
            .map((entry) => ({
            path: entry.path,
            change: entry.existed ? 'changed' : 'created'
        })));
    }
    for (const note of plan.notes) {
        runner/* startGroup */.Oh(`Configure ${note.tool}`);
        for (const line of note.lines)
            runner/* info */.pq(line);
        for (const text of note.warnings)
            warn(`${note.tool}: ${text}`);
        runner/* endGroup */.N4();
    }
    return { env: plan.env, outputs: plan.outputs, tools: plan.notes.map((note) => note.tool) };
}

// EXTERNAL MODULE: ./src/job-summary.ts
var job_summary = __webpack_require__(321);
;// CONCATENATED MODULE: ./src/exports.ts




/**
 * The export phase: the token variables (`CODEARTIFACT_AUTH_TOKEN_<DOMAIN>` for each domain, and
 * `CODEARTIFACT_AUTH_TOKEN` for the first unless it holds another domain's token from an earlier
 * step), the clients' variables, and the outputs (`token`, `expiration`, the URL outputs). Every
 * token is masked by now (aws/repository-access.ts masks it on arrival).
 *
 * @param tokenEnvNames the variable per `<domain>/<owner>`, as the clients' configuration used
 * @param env the step's environment (maySetPlainToken)
 * @returns the names of the exported variables that hold a token in any form (for the summary)
 */
function exportSetup(tokens, tokenEnvNames, clients, env = {}) {
    const secrets = [...tokens.values()].map(({ token }) => token);
    const own = (0,repository_access.domainTokenEnvNames)(tokens);
    const exported = Object.fromEntries([...tokens].flatMap(([key, { token }]) => [
        [tokenEnvNames.get(key), token],
        [own.get(key), token]
    ]));
    const first = own.get([...tokens.keys()][0]);
    if ((0,repository_access.maySetPlainToken)(env, first)) {
        exported[action_contract/* TOKEN_ENV_NAME */.Se] ??= secrets[0];
    }
    else {
        runner/* info */.pq(`${action_contract/* TOKEN_ENV_NAME */.Se} holds another domain's token, set by an earlier step (whose clients read it): it is left as it is, and the clients of this step read ${[...new Set(tokenEnvNames.values())].join(', ')}.`);
    }
    Object.assign(exported, clients.env);
    for (const [name, value] of Object.entries(exported))
        runner/* exportVariable */.dN(name, value);
    const expiration = (0,repository_access.earliestExpiration)(tokens).toISOString();
    runner/* setOutput */.uH(action_contract/* Output */.k7.token, secrets[0]);
    runner/* setOutput */.uH(action_contract/* Output */.k7.expiration, expiration);
    for (const [name, value] of Object.entries(clients.outputs))
        runner/* setOutput */.uH(name, value);
    runner/* info */.pq(`CodeArtifact is set up for ${clients.tools.join(', ')}; the token expires at ${expiration}.`);
    return (0,job_summary/* namesHoldingToken */.xr)(exported, secrets);
}

;// CONCATENATED MODULE: ./src/later-phases.ts
/**
 * The modules of the main step's later phases (the permission gate, the clients' configuration,
 * the exports), loaded as one chunk of the bundle: main.ts imports this module once the requests
 * sent so far are on their way, so that compiling them overlaps with those requests' round trips
 * instead of delaying their departure (issue #14). Nothing a request needs before it is sent may
 * import from here.
 */






/***/ })

};
