export const id = 182;
export const ids = [182];
export const modules = {

/***/ 3182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  AccessSchedule: () => (/* binding */ AccessSchedule)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 3 modules
var runner = __webpack_require__(1375);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var dist_cjs = __webpack_require__(3380);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/request-writes.ts
var request_writes = __webpack_require__(1949);
;// CONCATENATED MODULE: ./src/aws/job-clients.ts




/**
 * The job's clients: its STS client (sts-client.ts, created before the first request) and a
 * CodeArtifact client for `region`
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/), with the shared settings
 * and the debug call log; its calls count for `requestsWritten` (request-writes.ts). The
 * CodeArtifact client signs with the STS client's credentials: the SDK's provider chain
 * (https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/setting-credentials-node.html)
 * runs once per job, so a web identity or SSO profile is exchanged for credentials once, not
 * once per client.
 */
function jobClients(sts, region) {
    const config = { ...(0,clients/* clientConfig */.y)(region), credentials: sts.config.credentials };
    return { sts, codeartifact: (0,request_writes/* trackWrites */.M)((0,clients/* logCalls */.c)(new dist_cjs/* CodeartifactClient */.doD(config), runner/* debug */.Yz)) };
}

// EXTERNAL MODULE: ./src/aws/repository-access.ts + 3 modules
var repository_access = __webpack_require__(4706);
// EXTERNAL MODULE: ./src/aws/identity.ts
var identity = __webpack_require__(6367);
;// CONCATENATED MODULE: ./src/aws/token-lifetime.ts


/**
 * The token lifetime to ask for (and to check the permissions with), in seconds; 0 is the role
 * session. `duration-seconds` when given; else the provisioned cap; else 0 for temporary
 * credentials and 43200 for long-term IAM user keys, which have no session
 * (https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetAuthorizationToken.html).
 * Logs the choice; warns when 0 is asked for with long-term keys. No AWS call: the credentials
 * come from the SDK's provider chain.
 *
 * @param forTokenRequest false when no token follows (check-only, or a check after provisioning
 *   another principal): the log then says it is the lifetime the check assumes
 * @param warn logs a warning (and, in the action, adds it to the job summary)
 */
async function chooseTokenLifetime(sts, inputs, forTokenRequest, warn = runner/* warning */.$e) {
    const subject = forTokenRequest ? 'Token lifetime' : 'Token lifetime the check assumes';
    const cap = inputs.provisioning.maxTokenDurationSeconds;
    if (inputs.durationSeconds === undefined && cap !== undefined) {
        runner/* info */.pq(`${subject}: ${cap} seconds (max-token-duration, which the provisioned policy allows).`);
        return cap;
    }
    const kind = await (0,identity/* credentialKind */.eV)(sts);
    if (inputs.durationSeconds !== undefined) {
        if (inputs.durationSeconds === 0 && kind === 'long-term') {
            warn('duration-seconds is 0 but the credentials are long-term IAM user keys, which have no session; AWS decides the lifetime.');
        }
        return inputs.durationSeconds;
    }
    const seconds = kind === 'temporary' ? 0 : 43200;
    runner/* info */.pq(kind === 'temporary'
        ? `${subject}: the role session (duration-seconds 0, chosen for temporary credentials).`
        : `${subject}: 43200 seconds (chosen for long-term IAM user keys).`);
    return seconds;
}

// EXTERNAL MODULE: ./src/tools/catalog.ts
var catalog = __webpack_require__(7124);
// EXTERNAL MODULE: ./src/tools/targets.ts + 1 modules
var targets = __webpack_require__(9638);
// EXTERNAL MODULE: ./src/step-phases.ts
var step_phases = __webpack_require__(3834);
;// CONCATENATED MODULE: ./src/access-schedule.ts







/** The run's access requests and planners; see the module comment. */
class AccessSchedule {
    aws;
    inputs;
    warn;
    loading;
    constructor(aws, inputs, warn) {
        this.aws = aws;
        this.inputs = inputs;
        this.warn = warn;
    }
    /** The schedule of a job whose STS client is `sts`: with a new CodeArtifact client (job-clients.ts). */
    static forJob(sts, inputs, warn) {
        return new AccessSchedule(jobClients(sts, inputs.region), inputs, warn);
    }
    /**
     * The token lifetime in seconds (aws/token-lifetime.ts), in the phase `get the authorization
     * token`; `forToken` false when no token follows.
     */
    lifetime(forToken) {
        return (0,step_phases/* phase */.Oi)('get the authorization token', () => chooseTokenLifetime(this.aws.sts, this.inputs, forToken, this.warn));
    }
    /**
     * The lifetime of a token requested before the principal is known (every domain owner given),
     * once the requests already sent (GetCallerIdentity) are on their way: the token requests then
     * go out during its round trip without holding up its departure.
     */
    async earlyLifetime() {
        const lifetime = await this.lifetime(true);
        await (0,request_writes/* requestsWritten */.i)();
        return lifetime;
    }
    /** The token and endpoint requests for these repositories; the planners start loading with the first. */
    requests(resolved) {
        return repository_access.accessRequests(this.aws.codeartifact, targets/* repositoryTargets */.j$(resolved), this.inputs, step_phases/* phase */.Oi, () => {
            this.loading ??= (0,step_phases/* settleLater */.K4)((0,request_writes/* requestsWritten */.i)().then(() => (0,catalog/* loadPlanners */.kl)(targets/* toolsOf */.Fu(resolved))));
        });
    }
    /**
     * Sends the token and endpoint requests for these repositories now, for `lifetime` seconds, and
     * settles both (aws/repository-access.ts `startAccess`): every domain owner given, they overlap
     * with GetCallerIdentity.
     */
    startEarly(resolved, lifetime) {
        return repository_access.startAccess(this.requests(resolved), lifetime);
    }
    /** The planners of these repositories' clients: those loading since the requests, else loaded now. */
    planners(resolved) {
        return this.loading ?? (0,catalog/* loadPlanners */.kl)(targets/* toolsOf */.Fu(resolved));
    }
}


/***/ }),

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


/***/ })

};
