export const id = 632;
export const ids = [632];
export const modules = {

/***/ 4031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ leastPrivilegeStatements),
/* harmony export */   y: () => (/* binding */ policyDocument)
/* harmony export */ });
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6618);

/** The statement groups, in the order they appear in the document. */
const GROUPS = [
    {
        sid: 'CodeArtifactToken',
        actions: ['codeartifact:GetAuthorizationToken'],
        resourceOf: (permission) => {
            const { domain, domainOwner } = permission.target;
            return (0,_requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .domainArn */ .ms)(partitionOf(permission), regionOf(permission), domainOwner, domain);
        }
    },
    {
        sid: 'CodeArtifactRead',
        actions: ['codeartifact:GetRepositoryEndpoint', 'codeartifact:ReadFromRepository'],
        resourceOf: (permission) => {
            const { domain, domainOwner, repository } = permission.target;
            return (0,_requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .repositoryArn */ .qM)(partitionOf(permission), regionOf(permission), domainOwner, domain, repository ?? '*');
        }
    },
    {
        sid: 'CodeArtifactPublish',
        actions: ['codeartifact:PublishPackageVersion', 'codeartifact:PutPackageMetadata'],
        resourceOf: (permission) => {
            const { domain, domainOwner, repository } = permission.target;
            return (0,_requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .packageArn */ .Us)(partitionOf(permission), regionOf(permission), domainOwner, domain, repository ?? '*');
        }
    }
];
function partitionOf(permission) {
    return permission.resource.split(':')[1] || 'aws';
}
function regionOf(permission) {
    return permission.resource.split(':')[3] ?? '';
}
/**
 * The least-privilege statements that grant `permissions`, scoped to their domains and
 * repositories (template: the CodeArtifact user guide's identity-based policy examples and
 * https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html):
 * `CodeArtifactBearerToken` (sts:GetServiceBearerToken on `*` with the `sts:AWSServiceName`
 * condition), `CodeArtifactToken` (the domain ARNs), `CodeArtifactRead` (the repository ARNs),
 * `CodeArtifactPublish` (every package of each repository). Partition and region come from the
 * permissions' resource ARNs. Statements with nothing to grant are left out.
 *
 * @param permissions the permissions to grant, e.g. from `requiredPermissions` or a report's denials
 * @returns the statements, in a fixed order (the same input always gives the same JSON)
 */
function leastPrivilegeStatements(permissions, options = {}) {
    const statements = [];
    if (permissions.some((permission) => permission.action === _requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .BEARER_TOKEN_ACTION */ .fh)) {
        const condition = {
            StringEquals: { 'sts:AWSServiceName': _requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .CODEARTIFACT_SERVICE_NAME */ .O0 }
        };
        if (options.maxTokenDurationSeconds !== undefined) {
            // A string, as the IAM policy grammar writes condition values (a JSON number is refused
            // by some validators, moto's among them).
            condition.NumericLessThanEquals = {
                'sts:DurationSeconds': String(options.maxTokenDurationSeconds)
            };
        }
        statements.push({
            Sid: 'CodeArtifactBearerToken',
            Effect: 'Allow',
            Action: _requirements_js__WEBPACK_IMPORTED_MODULE_0__/* .BEARER_TOKEN_ACTION */ .fh,
            Resource: '*',
            Condition: condition
        });
    }
    for (const group of GROUPS) {
        const chosen = permissions.filter((permission) => group.actions.includes(permission.action));
        const actions = [...new Set(chosen.map((permission) => permission.action))];
        if (actions.length === 0)
            continue;
        const resources = [...new Set(chosen.map(group.resourceOf))];
        statements.push({
            Sid: group.sid,
            Effect: 'Allow',
            Action: actions.length === 1 ? actions[0] : actions,
            Resource: resources.length === 1 ? resources[0] : resources
        });
    }
    return statements;
}
/** Wraps statements in an IAM policy document (`Version` 2012-10-17). */
function policyDocument(statements) {
    return { Version: '2012-10-17', Statement: statements };
}


/***/ }),

/***/ 7632:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ reportLines),
/* harmony export */   R2: () => (/* binding */ summaryPermissions),
/* harmony export */   Sd: () => (/* binding */ provenText),
/* harmony export */   ce: () => (/* binding */ unverifiedWarning),
/* harmony export */   fL: () => (/* binding */ denialMessage),
/* harmony export */   gA: () => (/* binding */ noteText),
/* harmony export */   i4: () => (/* binding */ warningText),
/* harmony export */   oh: () => (/* binding */ failureMessage),
/* harmony export */   sc: () => (/* binding */ entityUnresolvedText)
/* harmony export */ });
/* unused harmony exports statementText, DECISION_LABELS, METHOD_LABELS, reasonText, fixStatements, fixLines */
/* harmony import */ var _least_privilege_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4031);
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5025);
/* harmony import */ var _requirements_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6618);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4558);
// The statement builder is shared with provisioning (src/provisioning/), in least-privilege.ts.




/*
 * The one place where permission results become English: log lines, the failure message, the
 * job summary's Permissions section, warnings and notes, and the statements that fix a denial.
 * Everything it reads is typed data (results.ts); nothing reads these sentences back.
 */
/** `policy ci (managed), Sid "X"` / `Statement[2]` / `statement at line 3, column 17`. */
function statementText(statement) {
    const kind = statement.kind ? ` (${statement.kind})` : '';
    const where = statement.sid !== undefined
        ? `Sid "${statement.sid}"`
        : statement.index !== undefined
            ? `Statement[${statement.index}]`
            : statement.line !== undefined
                ? `statement at line ${statement.line}${statement.column === undefined ? '' : `, column ${statement.column}`}`
                : undefined;
    return `policy ${statement.policy}${kind}${where ? `, ${where}` : ''}`;
}
/** How each decision reads in the log and summary. */
const DECISION_LABELS = {
    allowed: 'allowed',
    'explicit-deny': 'explicit deny',
    'implicit-deny': 'implicit deny',
    partial: 'partly denied',
    unknown: 'unknown',
    'checked-at-use': 'checked at use'
};
/** How each method reads in the log and summary. */
const METHOD_LABELS = {
    simulation: 'IAM policy simulator',
    'identity-policies': 'identity policies, evaluated locally',
    'domain-policy': 'domain permissions policy',
    'repository-policy': 'repository permissions policy',
    'token-request': 'proven by the token request',
    'endpoint-request': 'proven by the endpoint request',
    'access-denied': "AWS's AccessDenied answer",
    none: 'not decided'
};
/** Why the check found no IAM role or user behind the caller, as a clause. */
function entityUnresolvedText(why) {
    switch (why.kind) {
        case 'root':
            return 'the caller is the account root user';
        case 'federated-user':
            return `${why.callerArn} is a federated-user session (sts:GetFederationToken); its ARN does not name the IAM user whose policies apply`;
        case 'not-iam-principal':
            return `${why.callerArn} is not an IAM role session or an IAM user`;
        case 'role-not-found':
            return `iam:GetRole found no role named ${why.roleName}`;
        case 'no-role-returned':
            return `iam:GetRole returned no role for ${why.roleName}`;
        case 'role-recreated':
            return `role ${why.roleArn} has RoleId ${why.roleId}, but this session belongs to RoleId ${why.sessionRoleId}: the role was deleted and re-created after the session began`;
        case 'sso-role-path-unknown':
            return `iam:GetRole was denied, and the path of the IAM Identity Center role ${why.roleName} (under /aws-reserved/sso.amazonaws.com/) cannot be derived from the session ARN`;
    }
}
function simulationFailureText(failure) {
    return failure.kind === 'error'
        ? `iam:SimulatePrincipalPolicy failed: ${failure.error}${failure.httpStatus === undefined ? '' : ` (HTTP ${failure.httpStatus})`}`
        : `iam:SimulatePrincipalPolicy returned no result for ${failure.action} on ${failure.resource}`;
}
function grantsWhere(statements) {
    return statements
        .map((grant) => (grant.sid ? `Sid "${grant.sid}"` : `Statement[${grant.index}]`))
        .join(', ');
}
const READ_OPERATION = { domain: 'GetDomain', repository: 'GetRepository' };
/** One reason, as a clause without a full stop. */
function reasonText(reason) {
    switch (reason.kind) {
        case 'entity-lookup-failed':
            return `the caller's IAM entity could not be looked up (${reason.error})`;
        case 'entity-unresolved':
            return `identity policies cannot be checked: ${entityUnresolvedText(reason.why)}`;
        case 'iam-unreadable':
            return `neither iam:SimulatePrincipalPolicy nor reading the identity policies of ${reason.entityArn} is permitted (${reason.error})`;
        case 'context-unknown':
            return `the policies depend on context the action cannot supply: ${reason.keys.join(', ')}`;
        case 'boundary-denies': {
            const boundary = `the permissions boundary${reason.boundary ? ` ${reason.boundary}` : ''}`;
            if (reason.identityAllows === true) {
                return `the identity policies allow it, but ${boundary} does not`;
            }
            if (reason.identityAllows === false) {
                return `neither the identity policies nor ${boundary} allow it`;
            }
            return `${boundary} does not allow it`;
        }
        case 'boundary-unreadable':
            return 'the identity policies allow it, but the permissions boundary could not be read (iam:GetRole / iam:GetUser was denied)';
        case 'scp-denies':
            return 'a service control policy of the organization does not allow it';
        case 'service-name-mismatch':
            if (reason.statements.length === 0) {
                return `a statement allows it only under an sts:AWSServiceName condition that ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .CODEARTIFACT_SERVICE_NAME */ .O0} does not meet (for example one written for ecr-public.amazonaws.com)`;
            }
            return reason.statements
                .map(({ statement, condition }) => `${statementText(statement)} allows it only when ${condition || 'a condition on sts:AWSServiceName holds'}, which ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .CODEARTIFACT_SERVICE_NAME */ .O0} does not meet`)
                .join('; ');
        case 'no-identity-allow':
            return 'no identity policy allows it';
        case 'granted-by-resource-policy':
            return 'no identity policy allows it; the resource policy grants it';
        case 'resource-policy-unreadable':
            return `the ${reason.policy} permissions policy could not be read (codeartifact:${READ_OPERATION[reason.policy]}PermissionsPolicy failed: ${reason.error})`;
        case 'resource-policy-malformed':
            return `the ${reason.policy} permissions policy could not be evaluated (${reason.error})`;
        case 'resource-deny-undecided':
            return `a Deny statement of the resource policy depends on ${reason.keys.join(', ')}, which the action cannot know`;
        case 'resource-allow-undecided':
            return `a resource policy statement depends on ${reason.keys.join(', ')}`;
        case 'resource-grant-limited-by-boundary':
            return reason.boundary === 'denies'
                ? "the resource policy grants it to the role, but the role's permissions boundary does not allow it"
                : "the resource policy grants it to the role, but whether the role's permissions boundary allows it is not known";
        case 'cross-account-identity-needed':
            return "the domain is in another account, so the identity policy must allow it as well as the domain owner's policy";
        case 'cross-account-both-allow':
            return "allowed by the identity policy and the domain owner's resource policy";
        case 'cross-account-resource-unknown':
            return `the identity policy allows it; the domain is owned by account ${reason.domainOwner}, whose domain or repository permissions policy must also allow it`;
        case 'cross-account-resource-denies':
            return `the domain is owned by account ${reason.domainOwner}, and neither its domain nor its repository permissions policy grants it to this principal or its account`;
        case 'resource-set-unreadable':
            return `the permission is about every package the job may publish, a set of package ARNs that iam:SimulatePrincipalPolicy reads as literal text, and the identity policies could not be read to evaluate the set (${reason.error}); name the packages in the workspace's manifests (package.json, pyproject.toml, pom.xml, \u2026) or let the role read its policies`;
        case 'resource-set-sampled':
            return `denied for ${reason.example}, one package ARN of every package the job may publish, by iam:SimulatePrincipalPolicy; the identity policies could not be read to evaluate the whole set`;
        case 'resource-set-too-complex':
            return "the policies' wildcard patterns are too complex to compare with the package set within the step's limits";
        case 'resource-grants-part':
            return 'a resource policy statement grants part of the package set; which packages the identity and resource policies allow together is not worked out';
        case 'bearer-grant-in-resource-policy':
            return `the grant in the ${reason.policy} permissions policy of '${reason.name}' (${grantsWhere(reason.statements)}) has no effect there`;
        case 'aws-denied':
            return `AWS refused it: ${denialKind(reason.denied)}`;
        case 'not-reached':
            return `not checked: AWS refused ${reason.deniedFirst} first`;
        case 'duration-cap':
            return `a 900-second token was issued where ${lifetimeText(reason.requestedSeconds)} was refused: a policy caps sts:DurationSeconds`;
    }
}
/** `duration-seconds 0 (the role session)` / `43200 seconds`. */
function lifetimeText(seconds) {
    return seconds === 0 ? 'the role session (duration-seconds 0)' : `${seconds} seconds`;
}
/** `implicitly denied (no identity-based policy allows it)` and the like. */
function denialKind(c) {
    const type = c.policyType && c.policyType !== 'unknown' ? c.policyType : undefined;
    return c.denial === 'explicit'
        ? `explicitly denied${type ? ` by a ${type} policy` : ''}`
        : c.denial === 'implicit'
            ? `implicitly denied (no ${type ? `${type} ` : ''}policy allows it)`
            : 'denied (AWS did not say by which policy)';
}
/** A result's reasons, as one clause. */
function reasonsText(result) {
    return result.reasons.map(reasonText).join('; ');
}
/** A warning, as the `::warning::` text. */
function warningText(warning) {
    const holder = warning.holder
        ? `the identity policy of ${warning.holder.kind} ${warning.holder.arn}`
        : "the principal's identity policy";
    return `The ${warning.policy} permissions policy of '${warning.name}' grants ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh} (${grantsWhere(warning.statements)}), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in ${holder}, with the condition StringEquals sts:AWSServiceName = ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .CODEARTIFACT_SERVICE_NAME */ .O0}.`;
}
/** A note, as one log sentence. */
function noteText(note) {
    switch (note.kind) {
        case 'invisible-policies':
            return 'Session policies, service control policies, resource control policies and VPC endpoint policies are not all visible to this check; the token request itself is the final word.';
        case 'role-path-assumed':
            return `iam:GetRole was denied, so the role's path is assumed to be '/' (${note.roleArn}).`;
        case 'simulation-unavailable':
            return `${simulationFailureText(note.failure)}; reading the identity policies instead.`;
        case 'published-packages':
            return `The workspace publishes ${note.packages.map((each) => `${each.format} package ${each.name} (${each.manifest})`).join(', ')}: those package ARNs are checked.`;
        case 'manifest-skipped':
            return `${note.manifest} names no package to check (${note.reason}), so every package of its format is checked.`;
        case 'bearer-grant-any-service':
            return `${note.statement ? statementText(note.statement) : 'The statement that allows sts:GetServiceBearerToken'} has no sts:AWSServiceName condition, so it allows bearer tokens for every service, not only CodeArtifact; add the condition StringEquals sts:AWSServiceName = ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .CODEARTIFACT_SERVICE_NAME */ .O0}.`;
    }
}
/** `\u2713 allowed: sts:GetServiceBearerToken on * (IAM policy simulator; policy ci, \u2026) \u2014 reasons`. */
function resultLines(result) {
    const mark = result.decision === 'allowed'
        ? '\u2713'
        : result.decision === 'unknown'
            ? '?'
            : result.decision === 'checked-at-use'
                ? '\u00b7'
                : '\u2717';
    const statement = result.statement ? `; ${statementText(result.statement)}` : '';
    const reasons = result.reasons.length > 0 ? ` \u2014 ${reasonsText(result)}` : '';
    return [
        `${mark} ${DECISION_LABELS[result.decision]}: ${result.permission.action} on ${result.permission.resource} (${METHOD_LABELS[result.method]}${statement})${reasons}`,
        ...(result.parts ?? []).map((part) => `    ${partText(part)}`)
    ];
}
/** `arn:\u2026/npm/myscope/* (npm @myscope/*)`: a package ARN or pattern, with its package terms. */
function resourceText(resource) {
    const terms = (0,_package_names_js__WEBPACK_IMPORTED_MODULE_1__/* .describePackagePattern */ .ul)(resource);
    if (terms === undefined)
        return resource;
    const packages = terms.packages === '*' ? `every ${terms.format} package` : `${terms.format} ${terms.packages}`;
    return `${resource} (${packages})`;
}
/** Which ARNs a part covers, in words: the patterns, or all but them, with an example. */
function partResourcesText(part) {
    const listed = part.resources.map(resourceText).join(', ');
    const where = part.outside ? `every package but ${listed}` : listed || 'the other packages';
    const example = part.example !== undefined && (part.outside || part.resources.length === 0)
        ? ` (for example ${part.example})`
        : '';
    return `${where}${example}`;
}
/** One part of a partly denied permission: `explicit deny: arn\u2026/npm/myscope/* (\u2026) (policy \u2026)`. */
function partText(part) {
    const by = part.statements.length > 0 ? ` (${part.statements.map(statementText).join('; ')})` : '';
    return `${DECISION_LABELS[part.decision]}: ${partResourcesText(part)}${by}`;
}
/** Whether the result is denied implicitly, in whole or in part (what an Allow fixes). */
function missingAllow(result) {
    return (result.decision === 'implicit-deny' ||
        (result.decision === 'partial' &&
            (result.parts ?? []).some((part) => part.decision === 'implicit-deny')));
}
/**
 * The least-privilege statements that grant every implicitly denied permission, scoped to this
 * job's domains and repositories (template: the CodeArtifact user guide's identity-based policy
 * examples and https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html).
 */
function fixStatements(report) {
    const missing = report.results.filter(missingAllow);
    const needs = (result, where) => {
        const places = result.missingIn ?? ['identity-policy'];
        return where === 'domain'
            ? places.includes('domain-policy')
            : places.includes('identity-policy') || places.includes('permissions-boundary');
    };
    const forIdentity = missing.filter((result) => needs(result, 'identity'));
    const identity = (0,_least_privilege_js__WEBPACK_IMPORTED_MODULE_0__/* .leastPrivilegeStatements */ .x)(forIdentity.map((result) => result.permission));
    const forDomain = missing.filter((result) => needs(result, 'domain'));
    const domainPolicy = [];
    if (forDomain.length > 0) {
        const actions = [...new Set(forDomain.map((result) => result.permission.action))];
        domainPolicy.push({
            Sid: 'AllowCodeArtifactSetup',
            Effect: 'Allow',
            Principal: { AWS: report.entityArn ?? report.callerArn },
            Action: actions.length === 1 ? actions[0] : actions,
            Resource: '*'
        });
    }
    const boundary = forIdentity.some((result) => result.missingIn?.includes('permissions-boundary'));
    return { identity, domainPolicy, boundary };
}
function policyJson(statements) {
    return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
}
function holder(report) {
    return report.entityArn
        ? `${report.entityKind ?? 'principal'} ${report.entityArn}`
        : `the principal ${report.callerArn}`;
}
/**
 * The log lines: one per permission, then what to change, with the exact policy JSON.
 *
 * @returns lines for `runner.info`; warnings and notes are rendered by warningText / noteText
 */
function reportLines(report) {
    return [
        `Permission check for ${report.callerArn}${report.entityArn && report.entityArn !== report.callerArn ? ` (${report.entityArn})` : ''}: ${report.verdict}`,
        ...report.results.flatMap(resultLines),
        ...fixLines(report)
    ];
}
/** What to change, with the policy JSON; empty when nothing is missing. */
function fixLines(report) {
    const lines = [];
    for (const result of report.results.filter((r) => r.decision === 'explicit-deny')) {
        lines.push(`${result.permission.action} is explicitly denied by ${result.statement ? statementText(result.statement) : 'a Deny statement'}: an Allow cannot override it; narrow or remove that Deny.`);
    }
    for (const result of report.results.filter((r) => r.decision === 'partial')) {
        for (const part of (result.parts ?? []).filter((p) => p.decision === 'explicit-deny')) {
            const by = part.statements.map(statementText).join('; ') || 'a Deny statement';
            lines.push(`${result.permission.action} on ${partResourcesText(part)} is explicitly denied by ${by}: publishing there fails whatever else allows it; narrow or remove that Deny, or publish other packages.`);
        }
    }
    const fix = fixStatements(report);
    if (fix.identity.length > 0) {
        const target = fix.boundary
            ? `the identity policy of ${holder(report)} and to its permissions boundary`
            : `the identity policy of ${holder(report)}`;
        lines.push(`Add these statements to ${target}:`, policyJson(fix.identity));
    }
    if (fix.domainPolicy.length > 0) {
        lines.push("The domain owner must add this statement to the domain's permissions policy (aws codeartifact put-domain-permissions-policy):", policyJson(fix.domainPolicy));
    }
    return lines;
}
/** `action (why); action (why)`: each result's action with its reasons, for one sentence. */
function actionsWithReasons(results) {
    return results
        .map((result) => `${result.permission.action}${result.reasons.length > 0 ? ` (${reasonsText(result)})` : ''}`)
        .join('; ');
}
/**
 * The error message for a failing check: the verdict, each missing permission, and the fix.
 */
function failureMessage(report, mode) {
    const failing = report.results.filter((result) => report.verdict === 'denied'
        ? (0,_results_js__WEBPACK_IMPORTED_MODULE_3__/* .isDenial */ .c6)(result.decision) || result.decision === 'partial'
        : result.decision === 'unknown');
    const perAction = (0,_results_js__WEBPACK_IMPORTED_MODULE_3__/* .onePerAction */ .UT)(failing);
    const head = report.verdict === 'denied'
        ? `${holder(report)} is missing CodeArtifact permissions: ${perAction.map((result) => `${result.permission.action} (${DECISION_LABELS[result.decision]})`).join(', ')}.`
        : `check-permissions is ${mode}, and whether ${holder(report)} may use CodeArtifact could not be verified: ${actionsWithReasons(perAction)}.`;
    return [head, ...durationHint(failing), ...fixLines(report)].join('\n');
}
/**
 * When the bearer-token permission was checked for a given token lifetime and denied, a
 * `sts:DurationSeconds` cap in the policy is a likely cause, and the fix is a shorter
 * `duration-seconds`, not a statement without the cap.
 */
function durationHint(failing) {
    const bearer = failing.find((result) => result.permission.action === _requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh);
    if (bearer === undefined)
        return [];
    const seconds = bearer.permission.context['sts:DurationSeconds'];
    if (seconds !== undefined) {
        return [
            `The token was checked for a lifetime of ${String(seconds)} seconds (sts:DurationSeconds). If a policy caps sts:DurationSeconds, set the duration-seconds input to a value it allows instead of removing the cap.`
        ];
    }
    const needsDuration = bearer.reasons.some((reason) => reason.kind === 'context-unknown' &&
        reason.keys.some((key) => key.toLowerCase() === 'sts:durationseconds'));
    if (needsDuration) {
        return [
            'The token was checked for the role session (duration-seconds 0), which sends no sts:DurationSeconds; a policy that caps sts:DurationSeconds (such as one provisioned with max-token-duration) does not allow that. Set duration-seconds to a value the cap allows.'
        ];
    }
    return [];
}
/**
 * The warning for an `unknown` verdict under check-permissions auto: what could not be verified
 * and why, and what would settle it.
 */
function unverifiedWarning(report) {
    const why = actionsWithReasons((0,_results_js__WEBPACK_IMPORTED_MODULE_3__/* .onePerAction */ .UT)(report.results.filter((result) => result.decision === 'unknown')));
    return `Could not verify every CodeArtifact permission of ${report.entityArn ?? report.callerArn}: ${why}. Continuing because check-permissions is auto; set it to strict to fail instead (a gate should). A definite answer needs the check to read what decides it: iam:SimulatePrincipalPolicy and iam:GetRole on the role (or the IAM policy reads), and, for codeartifact actions its identity policies do not allow, codeartifact:GetDomainPermissionsPolicy and codeartifact:GetRepositoryPermissionsPolicy.`;
}
/** The actions decided a given way, each once, in check order. */
function actionsWhere(report, test) {
    return [...new Set(report.results.filter(test).map((result) => result.permission.action))];
}
/** `a`, `a and b`, `a, b and c`. */
function listText(items) {
    return items.length <= 1
        ? (items[0] ?? '')
        : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
/** What CodeArtifact checks when a client uses the token, as a sentence (empty when nothing). */
function atUseText(report) {
    const atUse = actionsWhere(report, (result) => result.decision === 'checked-at-use');
    return atUse.length > 0
        ? `CodeArtifact checks ${listText(atUse)} when a client uses the token.`
        : '';
}
/**
 * The log line of a run that proved its permissions by use: what the token and endpoint requests
 * proved, and what CodeArtifact checks later. No warning: nothing is in doubt.
 */
function provenText(report) {
    const byToken = actionsWhere(report, (result) => result.method === 'token-request');
    const byEndpoint = actionsWhere(report, (result) => result.method === 'endpoint-request');
    const proven = [
        byToken.length > 0 ? `${listText(byToken)} by the token request` : '',
        byEndpoint.length > 0 ? `${listText(byEndpoint)} by the endpoint request` : ''
    ].filter(Boolean);
    return `Permissions of ${report.entityArn ?? report.callerArn} proven by use, with no IAM call: ${proven.join('; ')}. ${atUseText(report)}`.trim();
}
/** A row's "how": the method (proof by use reads as such), the statement, the reasons. */
function rowDetail(result) {
    const method = result.decision === 'checked-at-use'
        ? 'CodeArtifact checks it when a client uses the token'
        : result.method === 'token-request' || result.method === 'endpoint-request'
            ? METHOD_LABELS[result.method]
            : result.method === 'none'
                ? undefined
                : `by ${METHOD_LABELS[result.method]}`;
    return [
        method,
        result.statement ? statementText(result.statement) : undefined,
        result.reasons.length > 0 ? reasonsText(result) : undefined,
        ...(result.parts ?? []).map(partText)
    ]
        .filter(Boolean)
        .join('; ');
}
/** The fixing statements, each with where it goes, for the summary's code blocks. */
function summaryFixes(report) {
    const fix = fixStatements(report);
    const fixes = [];
    if (fix.identity.length > 0) {
        fixes.push({
            where: `Add to the identity policy of ${holder(report)}${fix.boundary ? ' and to its permissions boundary' : ''}:`,
            json: policyJson(fix.identity)
        });
    }
    if (fix.domainPolicy.length > 0) {
        fixes.push({
            where: "The domain owner adds to the domain's permissions policy:",
            json: policyJson(fix.domainPolicy)
        });
    }
    return fixes;
}
/** The report as the job summary's Permissions section takes it. */
function summaryPermissions(report) {
    const who = report.entityArn ?? report.callerArn;
    const missing = listText((0,_results_js__WEBPACK_IMPORTED_MODULE_3__/* .missingActions */ .mt)(report));
    const text = report.basis === 'use'
        ? report.verdict === 'denied'
            ? `AWS refused ${missing} to ${who}; the statement that fixes it is below and in the log.`
            : `Proven by use: ${who} got the token and the repository endpoints. ${atUseText(report)}`.trim()
        : report.verdict === 'allowed'
            ? `${who} has every permission the job needs.`
            : report.verdict === 'denied'
                ? `${who} lacks ${missing}; the statement to add is below and in the log.`
                : `Could not verify every permission of ${who}.`;
    return {
        verdict: report.verdict,
        text,
        rows: report.results.map((result) => ({
            action: result.permission.action,
            resource: result.permission.resource,
            decision: DECISION_LABELS[result.decision],
            detail: rowDetail(result)
        })),
        notes: report.notes.filter((note) => note.kind === 'bearer-grant-any-service').map(noteText),
        fixes: summaryFixes(report)
    };
}
/** One statement as one line of JSON, for the first line of a failure. */
function compactJson(statements) {
    return statements.map((statement) => JSON.stringify(statement)).join(', ');
}
/** The fix for the refused permission, for the policy type AWS named. */
function denialFix(x, refused) {
    const { denied, report } = x;
    const who = holder(report);
    const action = denied.action;
    const statements = refused ? (0,_least_privilege_js__WEBPACK_IMPORTED_MODULE_0__/* .leastPrivilegeStatements */ .x)([refused.permission]) : [];
    const allow = refused
        ? action === _requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh
            ? `Allow ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh} on * with the condition StringEquals sts:AWSServiceName = ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .CODEARTIFACT_SERVICE_NAME */ .O0}`
            : `Allow ${action} on ${refused.permission.resource}`
        : `Allow ${action}${denied.resource ? ` on ${denied.resource}` : ''}`;
    const json = statements.length > 0 ? `: ${compactJson(statements)}` : '.';
    const statement = refused?.statement ? ` (${statementText(refused.statement)})` : '';
    const owner = refused?.permission.target.domainOwner;
    const crossAccount = owner !== undefined && owner !== x.callerAccount;
    if (denied.denial === 'explicit') {
        switch (denied.policyType) {
            case 'service control':
            case 'resource control':
                return `Fix: an AWS Organizations ${denied.policyType} policy denies it, and no policy in this account can override that: ask the organization's administrators to narrow or remove that Deny.`;
            case 'permissions boundary':
                return `Fix: a Deny statement in the permissions boundary of ${who} blocks it${statement}: narrow or remove it in the boundary policy (an Allow elsewhere cannot override it).`;
            case 'session':
                return `Fix: the session policy of this role session denies it: change configure-aws-credentials' inline-session-policy or managed-session-policies so that they do not deny ${action}, or drop them.`;
            case 'resource-based':
                return `Fix: a Deny statement in the domain or repository permissions policy blocks it${statement}: the domain owner must narrow or remove it.`;
            case 'VPC endpoint':
                return `Fix: the VPC endpoint policy denies it: the CodeArtifact and STS endpoint policies must not deny ${action}.`;
            default:
                return `Fix: a Deny statement in an identity policy of ${who} blocks it${statement}: an added Allow cannot override it; narrow or remove that Deny.`;
        }
    }
    switch (denied.policyType) {
        case 'permissions boundary':
            return `Fix: the permissions boundary of ${who} must allow it as well as its identity policy: add to the boundary policy: ${allow}${json}`;
        case 'session':
            return `Fix: the session policy of this role session does not allow it: add it to configure-aws-credentials' inline-session-policy (or the managed-session-policies), or drop the session policy: ${allow}${json}`;
        case 'service control':
        case 'resource control':
            return `Fix: an AWS Organizations ${denied.policyType} policy does not allow it, and no policy in this account can: ask the organization's administrators to allow ${action}.`;
        case 'VPC endpoint':
            return `Fix: the VPC endpoint policy does not allow it: the CodeArtifact and STS endpoint policies must allow ${action}.`;
        case 'resource-based': {
            const grant = domainGrant(report, action, refused);
            return `Fix: the domain belongs to account ${owner ?? 'another account'}; its owner must allow ${who} (or its account) ${[grant.Action].flat().join(', ')} in the domain's permissions policy: ${compactJson([grant])}`;
        }
        default:
            if (crossAccount && denied.policyType === undefined) {
                return `Fix: the domain belongs to account ${owner}, so both sides must allow it: the identity policy of ${who} (${allow}${json.replace(/^: /, ': ').replace(/\.$/, '')}) and the domain's permissions policy, which its owner changes: ${compactJson([domainGrant(report, action, refused)])}`;
            }
            return `Fix: add to the identity policy of ${who}: ${allow}${json}`;
    }
}
/**
 * The domain-policy statement that grants the principal `action` (Resource `*`, as domain
 * policies do), and with it every other CodeArtifact action the run needs in that domain
 * (GetRepositoryEndpoint, ReadFromRepository, the publish actions): a domain in another account
 * must allow each of them, and granting only the refused one would have the next request, or
 * the client's install, refused in turn. The domain policy is evaluated for every resource of
 * the domain (https://docs.aws.amazon.com/codeartifact/latest/ug/domain-policies.html).
 */
function domainGrant(report, action, refused) {
    const target = refused?.permission.target;
    const sameDomain = report.results
        .map((result) => result.permission)
        .filter((permission) => target !== undefined &&
        permission.action.startsWith('codeartifact:') &&
        permission.target.domain === target.domain &&
        permission.target.domainOwner === target.domainOwner)
        .map((permission) => permission.action);
    const actions = [...new Set([action, ...sameDomain])];
    return {
        Sid: 'AllowCodeArtifactSetup',
        Effect: 'Allow',
        Principal: { AWS: report.entityArn ?? report.callerArn },
        Action: actions.length === 1 ? actions[0] : actions,
        Resource: '*'
    };
}
/**
 * The failure message for a refused request. Its first line says what to do: the lifetime to set
 * when a duration cap refused the token; otherwise what failed, AWS's text, and the fix for the
 * policy type AWS named (the statement to add, with the STS condition). Then what the deep
 * diagnosis found (the deciding statement) or the one line that would let it run; a misspelled
 * name; and, for the bearer token, that a grant in a resource policy has no effect.
 */
function denialMessage(x) {
    const refused = x.report.results.find((result) => result.method === 'access-denied');
    const lines = [];
    if (x.durationCap !== undefined) {
        lines.push(`Set duration-seconds to a token lifetime the role's policy allows, for example 900 (AWS issued a 900-second token): the policy caps the lifetime with sts:DurationSeconds and refused ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh} for ${lifetimeText(x.durationCap)}${x.durationCap === 0 ? ', which sends no sts:DurationSeconds at all' : ''}. A policy provisioned with max-token-duration N allows 900 to N seconds.`);
        lines.push(x.failure);
        return lines.join('\n');
    }
    const didYouMean = x.similar
        ? `Did you mean ${x.similar.kind} '${x.similar.names[0]}'? The identity policies allow ${x.denied.action} on ${x.similar.kind} ${x.similar.names.map((name) => `'${name}'`).join(', ')}, not on '${x.similar.given}' (AWS refuses a name the policies do not cover before it looks the name up). If '${x.similar.given}' is right: `
        : '';
    lines.push(`${x.failure} ${didYouMean}${denialFix(x, refused)}`.trim());
    switch (x.diagnosis) {
        case 'read':
            if (refused?.statement) {
                lines.push(`Deciding statement: ${statementText(refused.statement)}.`);
            }
            break;
        case 'allowed':
            lines.push(`The identity policies of ${holder(x.report)} allow it, so the refusal comes from a policy IAM does not show: a session policy, an organization's service control policy, a VPC endpoint policy, or, across accounts, the domain owner's policy.`);
            break;
        case 'unreadable':
            lines.push(`To name the deciding statement, the check needs to read the policies of ${holder(x.report)}: grant it iam:SimulatePrincipalPolicy and iam:GetRole on itself (the README's CodeArtifactSetupCheck statement).`);
            break;
        case 'not-run':
            break;
    }
    const reasons = refused?.reasons.filter((reason) => reason.kind !== 'aws-denied' && reason.kind !== 'duration-cap');
    if (reasons && reasons.length > 0)
        lines.push(`The check found: ${reasons.map(reasonText).join('; ')}.`);
    if (!x.similar &&
        refused &&
        refused.permission.resource !== '*' &&
        x.denied.denial !== 'explicit') {
        const kind = refused.permission.target.repository === undefined ? 'domain' : 'repository';
        lines.push(`If the ${kind} name is misspelled, fix the ${kind} input instead: AWS refuses a name the policies do not cover before it looks the name up.`);
    }
    const missingAllowInIdentity = x.denied.denial !== 'explicit' &&
        (x.denied.policyType === undefined ||
            x.denied.policyType === 'unknown' ||
            x.denied.policyType === 'identity-based');
    if (x.denied.action === _requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh && missingAllowInIdentity) {
        for (const warning of x.report.warnings)
            lines.push(warningText(warning));
        if (x.report.warnings.length === 0) {
            lines.push(`A grant of ${_requirements_js__WEBPACK_IMPORTED_MODULE_2__/* .BEARER_TOKEN_ACTION */ .fh} in a domain or repository permissions policy has no effect: CodeArtifact honours it only in an identity policy.`);
        }
    }
    return lines.join('\n');
}


/***/ })

};
