export const id = 753;
export const ids = [753];
export const modules = {

/***/ 4521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ resolveEntity),
/* harmony export */   z: () => (/* binding */ readIdentityPolicies)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9378);


/**
 * Finds the IAM role or user behind the caller.
 *
 * - Assumed role: `iam:GetRole` by the role name from the session ARN (which carries no path, so
 *   an Identity Center role under `/aws-reserved/sso.amazonaws.com/<region>/` cannot be rebuilt
 *   by string), then checks that `Role.RoleId` equals the `AROA\u2026` part of the session's user ID.
 *   When GetRole is denied, assumes the path `/` and marks the entity unverified \u2014 except for
 *   `AWSReservedSSO_*` roles, whose path is never `/`.
 * - IAM user: the caller ARN is already the user ARN (path included); `iam:GetUser` adds the
 *   permissions boundary when permitted.
 * - Root, federated users and anything else: no entity.
 * Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
 *
 * @throws the SDK's error for failures other than AccessDenied / NoSuchEntity
 */
async function resolveEntity(iam, caller) {
    const { principal, partition, account } = caller;
    if (principal.kind === 'assumed-role') {
        const sessionRoleId = caller.userId.split(':')[0];
        try {
            const { Role: role } = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetRoleCommand */ .kbp({ RoleName: principal.roleName }));
            if (!role?.Arn)
                return { reason: { kind: 'no-role-returned', roleName: principal.roleName } };
            if (role.RoleId !== sessionRoleId) {
                return {
                    reason: {
                        kind: 'role-recreated',
                        roleArn: role.Arn,
                        roleId: role.RoleId ?? '',
                        sessionRoleId
                    }
                };
            }
            return {
                entity: {
                    kind: 'role',
                    name: role.RoleName ?? principal.roleName,
                    arn: role.Arn,
                    permissionsBoundaryArn: role.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
                    verified: true
                }
            };
        }
        catch (error) {
            if ((0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNoSuchEntity */ .I0)(error)) {
                return { reason: { kind: 'role-not-found', roleName: principal.roleName } };
            }
            if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error))
                throw error;
            if (principal.roleName.startsWith('AWSReservedSSO_')) {
                return { reason: { kind: 'sso-role-path-unknown', roleName: principal.roleName } };
            }
            return {
                entity: {
                    kind: 'role',
                    name: principal.roleName,
                    arn: `arn:${partition}:iam::${account}:role/${principal.roleName}`,
                    verified: false
                }
            };
        }
    }
    if (principal.kind === 'user') {
        const arn = caller.arn;
        try {
            const { User: user } = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetUserCommand */ .T3b({ UserName: principal.userName }));
            return {
                entity: {
                    kind: 'user',
                    name: principal.userName,
                    arn: user?.Arn ?? arn,
                    permissionsBoundaryArn: user?.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
                    verified: true
                }
            };
        }
        catch (error) {
            if (!(0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isAccessDenied */ .w7)(error))
                throw error;
            return { entity: { kind: 'user', name: principal.userName, arn, verified: true } };
        }
    }
    if (principal.kind === 'root')
        return { reason: { kind: 'root' } };
    if (principal.kind === 'federated-user') {
        return { reason: { kind: 'federated-user', callerArn: caller.arn } };
    }
    return { reason: { kind: 'not-iam-principal', callerArn: caller.arn } };
}
/** Collects every page of a Marker/IsTruncated IAM listing (https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListRolePolicies.html). */
async function allPages(fetchPage) {
    const items = [];
    let marker;
    do {
        const page = await fetchPage(marker);
        items.push(...(page.items ?? []));
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker !== undefined);
    return items;
}
/**
 * Reads a managed policy's default version document (URL-encoded JSON, as IAM returns it)
 * with iam:GetPolicy then iam:GetPolicyVersion.
 */
async function readManagedPolicy(iam, policyArn, name, kind) {
    const { Policy: policy } = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetPolicyCommand */ .s4W({ PolicyArn: policyArn }));
    const { PolicyVersion: version } = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetPolicyVersionCommand */ .G45({ PolicyArn: policyArn, VersionId: policy?.DefaultVersionId }));
    if (version?.Document === undefined) {
        throw new Error(`iam:GetPolicyVersion returned no document for ${policyArn}.`);
    }
    return { name, kind, document: version.Document };
}
function managedName(attached) {
    return attached.PolicyName ?? attached.PolicyArn ?? 'unnamed';
}
/**
 * Reads every identity policy that applies to the entity: inline policies, attached managed
 * policies (default version), and for a user each group's inline and managed policies, plus the
 * permissions boundary. Documents are kept as IAM returns them (URL-encoded JSON); the evaluator
 * decodes them. Needs iam:ListRolePolicies, iam:GetRolePolicy, iam:ListAttachedRolePolicies,
 * iam:GetPolicy, iam:GetPolicyVersion (roles) or the user and group equivalents plus
 * iam:ListGroupsForUser (users).
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_testing-policies.html
 *
 * @throws the SDK's error (AccessDenied, \u2026) when any of them cannot be read
 */
async function readIdentityPolicies(iam, entity) {
    const sources = entity.kind === 'role'
        ? await readRolePolicies(iam, entity.name)
        : await readUserPolicies(iam, entity.name);
    const boundaryArn = entity.permissionsBoundaryArn;
    if (boundaryArn === undefined)
        return { identity: sources, boundaryUnknown: true };
    if (boundaryArn === null)
        return { identity: sources, boundaryUnknown: false };
    const boundaryName = boundaryArn.slice(boundaryArn.lastIndexOf('/') + 1);
    return {
        identity: sources,
        permissionsBoundary: await readManagedPolicy(iam, boundaryArn, boundaryName, 'permissions-boundary'),
        boundaryUnknown: false
    };
}
async function readRolePolicies(iam, roleName) {
    const [inlineNames, attached] = await Promise.all([
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListRolePoliciesCommand */ .Y7N({ RoleName: roleName, Marker }));
            return { ...page, items: page.PolicyNames };
        }),
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListAttachedRolePoliciesCommand */ .wfM({ RoleName: roleName, Marker }));
            return { ...page, items: page.AttachedPolicies };
        })
    ]);
    return Promise.all([
        ...inlineNames.map(async (policyName) => {
            const answer = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetRolePolicyCommand */ .WHQ({ RoleName: roleName, PolicyName: policyName }));
            return { name: policyName, kind: 'inline', document: answer.PolicyDocument };
        }),
        ...attached.map((policy) => readManagedPolicy(iam, policy.PolicyArn, managedName(policy), 'managed'))
    ]);
}
async function readUserPolicies(iam, userName) {
    const [inlineNames, attached, groups] = await Promise.all([
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListUserPoliciesCommand */ .Lt8({ UserName: userName, Marker }));
            return { ...page, items: page.PolicyNames };
        }),
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListAttachedUserPoliciesCommand */ .zf4({ UserName: userName, Marker }));
            return { ...page, items: page.AttachedPolicies };
        }),
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListGroupsForUserCommand */ .WcQ({ UserName: userName, Marker }));
            return { ...page, items: page.Groups };
        })
    ]);
    const own = Promise.all([
        ...inlineNames.map(async (policyName) => {
            const answer = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetUserPolicyCommand */ .bcb({ UserName: userName, PolicyName: policyName }));
            return { name: policyName, kind: 'inline', document: answer.PolicyDocument };
        }),
        ...attached.map((policy) => readManagedPolicy(iam, policy.PolicyArn, managedName(policy), 'managed'))
    ]);
    const fromGroups = Promise.all(groups.map((group) => readGroupPolicies(iam, group.GroupName)));
    const [ownSources, groupSources] = await Promise.all([own, fromGroups]);
    return [...ownSources, ...groupSources.flat()];
}
async function readGroupPolicies(iam, groupName) {
    const [inlineNames, attached] = await Promise.all([
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListGroupPoliciesCommand */ .zqe({ GroupName: groupName, Marker }));
            return { ...page, items: page.PolicyNames };
        }),
        allPages(async (Marker) => {
            const page = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .ListAttachedGroupPoliciesCommand */ .xJQ({ GroupName: groupName, Marker }));
            return { ...page, items: page.AttachedPolicies };
        })
    ]);
    return Promise.all([
        ...inlineNames.map(async (policyName) => {
            const answer = await iam.send(new _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__/* .GetGroupPolicyCommand */ .bhF({ GroupName: groupName, PolicyName: policyName }));
            return {
                name: `${groupName}/${policyName}`,
                kind: 'group-inline',
                document: answer.PolicyDocument
            };
        }),
        ...attached.map((policy) => readManagedPolicy(iam, policy.PolicyArn, `${groupName}/${managedName(policy)}`, 'group-managed'))
    ]);
}


/***/ }),

/***/ 9753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runProvisioningStep: () => (/* binding */ runProvisioningStep)
});

// EXTERNAL MODULE: ./src/runner/index.ts + 3 modules
var runner = __webpack_require__(1375);
// EXTERNAL MODULE: ./src/action-contract.ts + 1 modules
var action_contract = __webpack_require__(1013);
// EXTERNAL MODULE: ./src/tools/targets.ts + 1 modules
var targets = __webpack_require__(9638);
;// CONCATENATED MODULE: ./src/provisioning/propagation.ts
/**
 * Waiting for IAM to propagate a change. IAM is eventually consistent: "it may take a few minutes
 * for policy updates to take effect", and reading a policy back does not prove it is enforced
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
 * So after a change, the permission check and the token request are retried with backoff until
 * they succeed or `propagation-timeout` runs out. Terraform's AWS provider waits up to 2 minutes
 * (internal/service/iam/wait.go). Inputs give seconds; everything here is in milliseconds.
 */
/** Delays between attempts, milliseconds; the last one repeats. */
const DEFAULT_DELAYS_MS = [2000, 4000, 8000, 16000, 30000];
function seconds(ms) {
    return `${Math.round(ms / 1000)} s`;
}
/**
 * Starts the wait: the deadline is `timeoutMs` milliseconds from now.
 */
function startPropagationWait(options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
    const started = now();
    const deadline = started + options.timeoutMs;
    let delayIndex = 0;
    return {
        async retry(what, attempt, isPending) {
            for (let tries = 1;; tries++) {
                try {
                    const result = await attempt();
                    if (tries > 1) {
                        options.log(`IAM propagated the change: ${what} succeeded on attempt ${tries}, ${seconds(now() - started)} after the change.`);
                    }
                    return result;
                }
                catch (error) {
                    const left = deadline - now();
                    if (!isPending(error))
                        throw error;
                    if (left <= 0) {
                        const message = error instanceof Error ? error.message : String(error);
                        throw new Error(`${message}\nIAM had not propagated the provisioning change after ${seconds(now() - started)} (propagation-timeout ${seconds(options.timeoutMs)}); it usually takes seconds, sometimes minutes. Re-run the job, or raise propagation-timeout.`, { cause: error });
                    }
                    const delay = Math.min(delays[Math.min(delayIndex, delays.length - 1)], left);
                    delayIndex++;
                    options.log(`Waiting for IAM to propagate the change: ${what} is still denied (attempt ${tries}, ${seconds(now() - started)} of ${seconds(options.timeoutMs)}); next try in ${seconds(delay)}.`);
                    await sleep(delay);
                }
            }
        }
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/clients.ts
var clients = __webpack_require__(201);
// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
;// CONCATENATED MODULE: ./src/provisioning/error.ts
/** The error a provisioning step stops with: what is wrong and what to do, in one message. */
class ProvisioningError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'ProvisioningError';
    }
}

;// CONCATENATED MODULE: ./src/provisioning/apply.ts



/**
 * Another run changed the policy between this run's read and its write (a concurrent job):
 * the caller re-reads IAM and plans again. `made` holds the calls this run completed before.
 */
class PlanConflict extends Error {
    call;
    made;
    reason;
    constructor(call, made, reason, options) {
        super(`iam:${call.operation} conflicted with a concurrent change (${reason})`, options);
        this.call = call;
        this.made = made;
        this.reason = reason;
        this.name = 'PlanConflict';
    }
}
/** The IAM permissions a provisioning step's own credentials need (README "Provisioning"). */
const PROVISIONER_PERMISSIONS = [
    'iam:GetRole or iam:GetUser',
    'iam:GetPolicy',
    'iam:GetPolicyVersion',
    'iam:ListPolicyVersions',
    'iam:CreatePolicy',
    'iam:TagPolicy',
    'iam:CreatePolicyVersion',
    'iam:DeletePolicyVersion',
    'iam:ListAttachedRolePolicies or iam:ListAttachedUserPolicies',
    'iam:AttachRolePolicy or iam:AttachUserPolicy',
    'iam:GetAccountSummary (optional: the attach quota)'
];
/** Turns an AccessDenied from any provisioning call into the list of permissions needed. */
function explainProvisioningDenial(operation, error) {
    if (!(0,errors/* isErrorNamed */.Yc)(error, 'AccessDenied'))
        return error;
    return new ProvisioningError(`iam:${operation} was denied: ${(0,errors/* errorMessage */.gJ)(error)}\nA provisioning step needs IAM write permissions on its own credentials: ${PROVISIONER_PERMISSIONS.join(', ')}. Run it as a privileged role (for example in a separate job or step with its own credentials), or grant these.`, { cause: error });
}
async function send(iam, call) {
    switch (call.operation) {
        case 'CreatePolicy':
            return (await iam.send(new dist_cjs/* CreatePolicyCommand */.Mrm(call.input))).Policy?.Arn;
        case 'DeletePolicyVersion':
            await iam.send(new dist_cjs/* DeletePolicyVersionCommand */.$Pb(call.input));
            return undefined;
        case 'CreatePolicyVersion':
            return (await iam.send(new dist_cjs/* CreatePolicyVersionCommand */.WZZ(call.input))).PolicyVersion?.VersionId;
        case 'AttachRolePolicy':
            await iam.send(new dist_cjs/* AttachRolePolicyCommand */.XgU(call.input));
            return undefined;
        case 'AttachUserPolicy':
            await iam.send(new dist_cjs/* AttachUserPolicyCommand */.sGv(call.input));
            return undefined;
    }
}
function conflictReason(call, error) {
    if ((0,errors/* isErrorNamed */.Yc)(error, 'ConcurrentModification'))
        return 'concurrent-modification';
    if (call.operation === 'CreatePolicy' && (0,errors/* isErrorNamed */.Yc)(error, 'EntityAlreadyExists')) {
        return 'already-exists';
    }
    // Another run deleted this version, or added one (so five are used), or deleted the policy.
    if ((call.operation === 'DeletePolicyVersion' &&
        ((0,errors/* isErrorNamed */.Yc)(error, 'NoSuchEntity') || (0,errors/* isErrorNamed */.Yc)(error, 'DeleteConflict'))) ||
        (call.operation === 'CreatePolicyVersion' &&
            ((0,errors/* isErrorNamed */.Yc)(error, 'LimitExceeded') || (0,errors/* isErrorNamed */.Yc)(error, 'NoSuchEntity')))) {
        return 'version-changed';
    }
    return undefined;
}
/**
 * Makes the plan's calls, in order (CreatePolicy, DeletePolicyVersion, CreatePolicyVersion,
 * AttachRolePolicy / AttachUserPolicy). Attaching an attached policy again is a no-op in IAM.
 * Errors: https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html (and the
 * pages of the other calls).
 *
 * @param onCall called after each call succeeds, with what IAM answered (the new ARN or version)
 * @returns the calls made
 * @throws PlanConflict when a concurrent run got there first (EntityAlreadyExists, a version
 *   deleted or added meanwhile, ConcurrentModification): re-read and plan again;
 *   ProvisioningError for AccessDenied (naming the permissions needed), LimitExceeded on attach
 *   (the quota) and UnmodifiableEntity (a protected role); the SDK's error otherwise
 */
async function applyPlan(iam, plan, onCall = () => undefined) {
    const made = [];
    for (const planned of plan.calls) {
        const { call } = planned;
        let answer;
        try {
            answer = await send(iam, call);
        }
        catch (error) {
            const reason = conflictReason(call, error);
            if (reason !== undefined)
                throw new PlanConflict(call, made, reason, { cause: error });
            if ((0,errors/* isErrorNamed */.Yc)(error, 'UnmodifiableEntity')) {
                throw new ProvisioningError(`iam:${call.operation} was refused: ${(0,errors/* errorMessage */.gJ)(error)} AWS protects this role (IAM Identity Center and service-linked roles); grant the permissions where that role is managed, or provision another role.`, { cause: error });
            }
            if ((call.operation === 'AttachRolePolicy' || call.operation === 'AttachUserPolicy') &&
                (0,errors/* isErrorNamed */.Yc)(error, 'LimitExceeded')) {
                throw new ProvisioningError(`iam:${call.operation} was refused: ${(0,errors/* errorMessage */.gJ)(error)} The principal has as many managed policies attached as the account's quota allows: detach one, or ask AWS to raise the quota.`, { cause: error });
            }
            throw explainProvisioningDenial(call.operation, error);
        }
        made.push(planned);
        onCall(planned, answer);
    }
    return made;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/permissions/least-privilege.ts
var least_privilege = __webpack_require__(4031);
// EXTERNAL MODULE: ./src/permissions/requirements.ts
var requirements = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/provisioning/desired.ts




/**
 * IAM's managed-policy size quota: 6,144 characters, whitespace not counted (not adjustable).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
const MANAGED_POLICY_SIZE_LIMIT = 6144;
/** Every description this action writes starts so; it marks the policies the action manages. */
const DESCRIPTION_MARKER = 'Managed by codeartifact-setup';
/** Tag keys on the policies the action creates (an auditor can trace each grant to its workflow). */
const TAG_KEYS = {
    managedBy: 'codeartifact-setup:managed-by',
    repository: 'codeartifact-setup:repository',
    workflow: 'codeartifact-setup:workflow',
    run: 'codeartifact-setup:run'
};
/** The AWS managed policies, `provision-policy` \u2192 name (codeartifact user guide, "AWS managed policies"). */
const AWS_MANAGED_POLICIES = {
    'admin-managed': 'AWSCodeArtifactAdminAccess',
    'read-only-managed': 'AWSCodeArtifactReadOnlyAccess'
};
/**
 * IAM tag values allow letters, digits, spaces and `_.:/=+-@`, up to 256 characters
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Tag.html); anything else becomes `_`.
 */
function tagValue(text) {
    return text.replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, '_').slice(0, 256);
}
/** A description IAM accepts: printable Latin-1, at most 1000 characters (CreatePolicy `Description`). */
function descriptionText(text) {
    return text.replace(/[^\u0020-\u007E\u00A0-\u00FF]/g, '_').slice(0, 1000);
}
/**
 * The default policy name: `codeartifact-<domain>-<repository>-<access>`, repositories joined
 * with `+` when there are several; shortened with a hash of the full list when over 128
 * characters. Domain and repository names only hold characters IAM allows in policy names.
 */
function defaultPolicyName(targets, access) {
    const list = [...new Set(targets.map((target) => `${target.domain}-${target.repository}`))];
    const full = `codeartifact-${list.join('+')}-${access}`;
    if (full.length <= 128)
        return full;
    const hash = (0,external_node_crypto_.createHash)('sha256').update(list.join('\n')).digest('hex').slice(0, 10);
    const room = 128 - `codeartifact--${hash}-${access}`.length;
    return `codeartifact-${list.join('+').slice(0, room)}-${hash}-${access}`;
}
/** Non-whitespace characters of a document, as IAM counts them for the size quota. */
function policySize(document) {
    return JSON.stringify(document).replace(/\s/g, '').length;
}
/**
 * Builds the desired policy. For `least-privilege`, the document comes from the shared
 * least-privilege builder (src/permissions/least-privilege.ts) over `requiredPermissions`:
 * the bearer-token statement with `sts:AWSServiceName` (and the `sts:DurationSeconds` cap),
 * GetAuthorizationToken on each domain, GetRepositoryEndpoint and ReadFromRepository on each
 * repository, and with `access: publish` the publish actions on each repository's packages.
 *
 * @throws ProvisioningError when the document is over IAM's 6,144-character managed-policy quota
 */
function desiredPolicy(parameters) {
    const { partition, account, access, origin } = parameters;
    if (parameters.policy !== 'least-privilege') {
        const name = AWS_MANAGED_POLICIES[parameters.policy];
        return { kind: 'aws-managed', name, arn: `arn:${partition}:iam::aws:policy/${name}` };
    }
    const permissions = (0,requirements/* requiredPermissions */.kx)({
        targets: parameters.targets,
        access,
        partition,
        region: parameters.region
    });
    const document = (0,least_privilege/* policyDocument */.y)((0,least_privilege/* leastPrivilegeStatements */.x)(permissions, {
        ...(parameters.maxTokenDurationSeconds === undefined
            ? {}
            : { maxTokenDurationSeconds: parameters.maxTokenDurationSeconds })
    }));
    const size = policySize(document);
    if (size > MANAGED_POLICY_SIZE_LIMIT) {
        throw new ProvisioningError(`The least-privilege policy for ${parameters.targets.length} repositories would be ${size} characters, over IAM's managed-policy quota of ${MANAGED_POLICY_SIZE_LIMIT} (whitespace not counted): provision fewer repositories per step (each step makes its own policy with policy-name), or use admin-managed.`);
    }
    const name = parameters.policyName ?? defaultPolicyName(parameters.targets, access);
    const repositories = [
        ...new Set(parameters.targets.map((target) => `${target.domain}/${target.repository}`))
    ].join(', ');
    const tags = [
        { Key: TAG_KEYS.managedBy, Value: 'codeartifact-setup' },
        ...(origin.repository
            ? [{ Key: TAG_KEYS.repository, Value: tagValue(origin.repository) }]
            : []),
        ...(origin.workflow ? [{ Key: TAG_KEYS.workflow, Value: tagValue(origin.workflow) }] : []),
        ...(origin.runUrl ? [{ Key: TAG_KEYS.run, Value: tagValue(origin.runUrl) }] : [])
    ];
    const madeBy = origin.repository
        ? ` Created by ${origin.repository}${origin.workflow ? `, workflow ${origin.workflow}` : ''}.`
        : '';
    return {
        kind: 'customer-managed',
        name,
        path: parameters.policyPath,
        arn: `arn:${partition}:iam::${account}:policy${parameters.policyPath}${name}`,
        document,
        documentText: JSON.stringify(document, null, 2),
        size,
        description: descriptionText(`${DESCRIPTION_MARKER}: least-privilege CodeArtifact ${access} access to ${repositories}.${madeBy}`),
        tags
    };
}

;// CONCATENATED MODULE: ./src/provisioning/plan.ts


/**
 * IAM stores up to five versions of a customer managed policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-versioning.html
 */
const MAX_POLICY_VERSIONS = 5;
/** The documented default of "managed policies attached to an IAM role / user", used when GetAccountSummary is not permitted. */
const DEFAULT_ATTACH_QUOTA = 10;
/** JSON with object keys sorted, so that documents compare by content. */
function canonical(value) {
    if (Array.isArray(value))
        return `[${value.map(canonical).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
        return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}
/** Whether two policy documents hold the same JSON (key order and whitespace ignored). */
function sameDocument(a, b) {
    return canonical(a) === canonical(b);
}
/** Whether the policy was created by this action (its description or tag says so). */
function isManagedByAction(policy) {
    return ((policy.description ?? '').startsWith(DESCRIPTION_MARKER) ||
        policy.tags.some((tag) => tag.Key === TAG_KEYS.managedBy));
}
/** The oldest version that is not the default (by CreateDate; version IDs need not be sequential). */
function oldestNonDefault(versions) {
    return versions
        .filter((version) => !version.isDefault)
        .sort((a, b) => a.createDate.getTime() - b.createDate.getTime())[0];
}
function attachCall(principal, policyArn) {
    return principal.kind === 'role'
        ? { operation: 'AttachRolePolicy', input: { RoleName: principal.name, PolicyArn: policyArn } }
        : { operation: 'AttachUserPolicy', input: { UserName: principal.name, PolicyArn: policyArn } };
}
/**
 * Computes the IAM calls that bring `state` to `desired`. Pure.
 *
 * Customer managed policy: CreatePolicy when absent (v1 is the default); when its default
 * version holds another document, CreatePolicyVersion with SetAsDefault, after
 * DeletePolicyVersion of the oldest non-default version when all five versions are used
 * (https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicyVersion.html). Then, for
 * both kinds, AttachRolePolicy / AttachUserPolicy when the policy is not attached yet.
 * Nothing when everything is already as wanted.
 *
 * @throws ProvisioningError when a policy of that name exists but was not made by this action
 *   (it is never overwritten), or when the principal already has as many managed policies
 *   attached as the quota allows
 */
function planProvisioning(desired, principal, state) {
    const calls = [];
    const findings = [];
    const policyArn = desired.arn;
    if (desired.kind === 'customer-managed') {
        const existing = state.policy;
        if (existing === undefined) {
            calls.push({
                call: {
                    operation: 'CreatePolicy',
                    input: {
                        PolicyName: desired.name,
                        Path: desired.path,
                        PolicyDocument: desired.documentText,
                        Description: desired.description,
                        Tags: desired.tags
                    }
                },
                why: `policy ${desired.name} does not exist yet`
            });
        }
        else if (!isManagedByAction(existing)) {
            throw new ProvisioningError(`A policy ${existing.arn} already exists and was not created by this action (its description does not start with '${DESCRIPTION_MARKER}' and it has no ${TAG_KEYS.managedBy} tag), so the action will not change it: choose another policy-name, or delete that policy.`);
        }
        else if (sameDocument(existing.document, desired.document)) {
            findings.push(`Policy ${existing.arn} exists and its default version ${existing.defaultVersionId} holds this document.`);
        }
        else {
            findings.push(`Policy ${existing.arn} exists; its default version ${existing.defaultVersionId} holds another document (${existing.versions.length} of ${MAX_POLICY_VERSIONS} versions used).`);
            if (existing.versions.length >= MAX_POLICY_VERSIONS) {
                const oldest = oldestNonDefault(existing.versions);
                if (oldest !== undefined) {
                    calls.push({
                        call: {
                            operation: 'DeletePolicyVersion',
                            input: { PolicyArn: existing.arn, VersionId: oldest.versionId }
                        },
                        why: `the policy has ${existing.versions.length} versions, IAM's maximum; ${oldest.versionId} is the oldest that is not the default`
                    });
                }
            }
            calls.push({
                call: {
                    operation: 'CreatePolicyVersion',
                    input: {
                        PolicyArn: existing.arn,
                        PolicyDocument: desired.documentText,
                        SetAsDefault: true
                    }
                },
                why: 'make the new document the default version'
            });
        }
    }
    if (state.attached.includes(policyArn)) {
        findings.push(`The policy is attached to ${principal.kind} ${principal.arn}.`);
    }
    else {
        const { limit, source } = state.attachQuota;
        if (state.attached.length >= limit) {
            throw new ProvisioningError(`${principal.kind} ${principal.arn} already has ${state.attached.length} managed policies attached, and the account's quota is ${limit}${source === 'default' ? " (IAM's default; iam:GetAccountSummary was not permitted to read the account's own)" : ' (iam:GetAccountSummary)'}: detach a policy, ask AWS to raise the quota, or merge policies before provisioning.`);
        }
        calls.push({
            call: attachCall(principal, policyArn),
            why: `attach it to ${principal.kind} ${principal.name} (${state.attached.length} of ${limit} managed policies attached)`
        });
    }
    return { policyArn, calls, findings };
}
/** One line per call: `iam:CreatePolicy PolicyName=\u2026, Path=/ \u2014 why`. The document is shown apart. */
function describeCall(planned) {
    const parameters = Object.entries(planned.call.input)
        .filter(([key]) => key !== 'PolicyDocument' && key !== 'Tags' && key !== 'Description')
        .map(([key, value]) => `${key}=${String(value)}`);
    const input = planned.call.input;
    if (input.Tags) {
        parameters.push(`Tags=${input.Tags.map((tag) => `${tag.Key}=${tag.Value}`).join(';')}`);
    }
    if ('PolicyDocument' in planned.call.input)
        parameters.push('PolicyDocument=<the document above>');
    return `iam:${planned.call.operation} ${parameters.join(', ')} \u2014 ${planned.why}`;
}

// EXTERNAL MODULE: ./src/input-error.ts
var input_error = __webpack_require__(6236);
// EXTERNAL MODULE: ./src/permissions/principal-policies.ts
var principal_policies = __webpack_require__(4521);
// EXTERNAL MODULE: ./src/permissions/report.ts
var report = __webpack_require__(7632);
;// CONCATENATED MODULE: ./src/provisioning/principal.ts







const IDENTITY_CENTER_PATH = '/aws-reserved/sso.amazonaws.com/';
const SERVICE_LINKED_PATH = '/aws-service-role/';
/**
 * Refuses roles that AWS protects from policy changes: IAM Identity Center roles (path
 * `/aws-reserved/sso.amazonaws.com/\u2026`, names `AWSReservedSSO_*`), which answer `UnmodifiableEntity`
 * ("this role is only modifiable by AWS"), and service-linked roles (`/aws-service-role/`).
 * Source: https://docs.aws.amazon.com/singlesignon/latest/userguide/referencingpermissionsets.html
 *
 * @throws ProvisioningError for such a role
 */
function refuseProtected(principal) {
    if (principal.kind !== 'role')
        return;
    const path = principal.arn.slice(principal.arn.indexOf(':role/') + ':role'.length);
    if (path.startsWith(IDENTITY_CENTER_PATH) || principal.name.startsWith('AWSReservedSSO_')) {
        throw new ProvisioningError(`${principal.arn} is an IAM Identity Center role, which AWS protects: only IAM Identity Center can change its policies. Add the CodeArtifact statements to the permission set in IAM Identity Center instead (the log of a permission check shows them), or provision another role with provision-for.`);
    }
    if (path.startsWith(SERVICE_LINKED_PATH)) {
        throw new ProvisioningError(`${principal.arn} is a service-linked role, which only its AWS service may change: provision another role with provision-for.`);
    }
}
function fromRole(role, isCaller) {
    return {
        kind: 'role',
        name: role.RoleName,
        arn: role.Arn,
        ...(role.RoleId ? { id: role.RoleId } : {}),
        isCaller
    };
}
function fromUser(user, isCaller) {
    return {
        kind: 'user',
        name: user.UserName,
        arn: user.Arn,
        ...(user.UserId ? { id: user.UserId } : {}),
        isCaller
    };
}
async function getRole(iam, name) {
    try {
        return (await iam.send(new dist_cjs/* GetRoleCommand */.kbp({ RoleName: name }))).Role;
    }
    catch (error) {
        if ((0,errors/* isNoSuchEntity */.I0)(error))
            return undefined;
        throw error;
    }
}
async function getUser(iam, name) {
    try {
        return (await iam.send(new dist_cjs/* GetUserCommand */.T3b({ UserName: name }))).User;
    }
    catch (error) {
        if ((0,errors/* isNoSuchEntity */.I0)(error))
            return undefined;
        throw error;
    }
}
/** Whether the role or user is the one behind the caller's credentials. */
function isCallerEntity(caller, kind, name, id) {
    const { principal } = caller;
    if (kind === 'role' && principal.kind === 'assumed-role') {
        const sessionRoleId = caller.userId.split(':')[0];
        return id !== undefined
            ? id === sessionRoleId
            : principal.roleName.toLowerCase() === name.toLowerCase();
    }
    if (kind === 'user' && principal.kind === 'user') {
        return id !== undefined
            ? id === caller.userId
            : principal.userName.toLowerCase() === name.toLowerCase();
    }
    return false;
}
/**
 * Finds the role or user to provision.
 *
 * - No `provision-for`: the caller's own role (iam:GetRole by the session's role name, checked
 *   against the session's RoleId; see `resolveEntity`) or IAM user. The root user, federated-user
 *   sessions and unknown principals are refused.
 * - An ARN: must be in the caller's partition and account (IAM changes are per account); the role
 *   or user is read with iam:GetRole / iam:GetUser and its path must match.
 * - A bare name: iam:GetRole first, then iam:GetUser.
 * Protected roles (Identity Center, service-linked) are refused.
 * Sources: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetRole.html,
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetUser.html
 *
 * @throws InputError (provision-for) for an ARN in another partition or account, or a name that
 *   IAM does not know; ProvisioningError for root, federated users and protected roles; the SDK's
 *   error when IAM cannot be asked (AccessDenied \u2026)
 */
async function resolveProvisionedPrincipal(iam, caller, provisionFor) {
    let principal;
    if (provisionFor === undefined) {
        if (caller.principal.kind === 'root') {
            throw new ProvisioningError('The job runs as the AWS account root user, which cannot be given an IAM policy (and cannot get a CodeArtifact token): run the step as an IAM role or user, or name one in provision-for.');
        }
        if (caller.principal.kind === 'assumed-role') {
            // The session ARN carries no path, but the name alone tells an Identity Center role.
            const { roleName } = caller.principal;
            refuseProtected({
                kind: 'role',
                name: roleName,
                arn: `arn:${caller.partition}:iam::${caller.account}:role/${roleName}`
            });
        }
        const resolution = await (0,principal_policies/* resolveEntity */.C)(iam, caller);
        if (resolution.entity === undefined) {
            throw new ProvisioningError(`Cannot tell which IAM role or user to provision: ${(0,report/* entityUnresolvedText */.sc)(resolution.reason)}. Name it in provision-for.`);
        }
        const { kind, name, arn } = resolution.entity;
        principal = {
            kind,
            name,
            arn,
            ...(kind === 'role' ? { id: caller.userId.split(':')[0] } : { id: caller.userId }),
            isCaller: true
        };
    }
    else if (provisionFor.form === 'arn') {
        if (provisionFor.partition !== caller.partition || provisionFor.account !== caller.account) {
            throw new input_error/* InputError */.d(action_contract/* Input */.pd.provisionFor, `'${provisionFor.arn}' is not in the caller's account ${caller.account} (partition ${caller.partition}): IAM policies can only be attached within the account whose credentials the step uses.`);
        }
        const found = provisionFor.kind === 'role'
            ? await getRole(iam, provisionFor.name)
            : await getUser(iam, provisionFor.name);
        if (found === undefined) {
            throw new input_error/* InputError */.d(action_contract/* Input */.pd.provisionFor, `IAM has no ${provisionFor.kind} named ${provisionFor.name} in account ${caller.account}.`);
        }
        principal =
            provisionFor.kind === 'role' ? fromRole(found, false) : fromUser(found, false);
        if (principal.arn !== provisionFor.arn) {
            throw new input_error/* InputError */.d(action_contract/* Input */.pd.provisionFor, `'${provisionFor.arn}' does not match the ${provisionFor.kind} IAM has under that name: ${principal.arn}. Use that ARN, or just the name.`);
        }
    }
    else {
        const role = await getRole(iam, provisionFor.name);
        const user = role === undefined ? await getUser(iam, provisionFor.name) : undefined;
        if (role === undefined && user === undefined) {
            throw new input_error/* InputError */.d(action_contract/* Input */.pd.provisionFor, `IAM has no role or user named ${provisionFor.name} in account ${caller.account}.`);
        }
        principal = role !== undefined ? fromRole(role, false) : fromUser(user, false);
    }
    principal.isCaller = isCallerEntity(caller, principal.kind, principal.name, principal.id);
    refuseProtected(principal);
    return principal;
}

;// CONCATENATED MODULE: ./src/provisioning/state.ts



/** IAM returns policy documents URL-encoded (RFC 3986); the SDK does not decode them. */
function decodeDocument(document) {
    const text = document.trimStart().startsWith('{') ? document : decodeURIComponent(document);
    return JSON.parse(text);
}
async function readPolicy(iam, arn) {
    let policy;
    try {
        policy = (await iam.send(new dist_cjs/* GetPolicyCommand */.s4W({ PolicyArn: arn }))).Policy;
    }
    catch (error) {
        if ((0,errors/* isNoSuchEntity */.I0)(error))
            return undefined;
        throw error;
    }
    if (policy?.DefaultVersionId === undefined)
        return undefined;
    const [version, versions] = await Promise.all([
        iam.send(new dist_cjs/* GetPolicyVersionCommand */.G45({ PolicyArn: arn, VersionId: policy.DefaultVersionId })),
        iam.send(new dist_cjs/* ListPolicyVersionsCommand */.D6R({ PolicyArn: arn }))
    ]);
    const document = version.PolicyVersion?.Document;
    return {
        arn,
        ...(policy.Description === undefined ? {} : { description: policy.Description }),
        tags: policy.Tags ?? [],
        defaultVersionId: policy.DefaultVersionId,
        document: document === undefined ? undefined : decodeDocument(document),
        versions: (versions.Versions ?? []).map((entry) => ({
            versionId: entry.VersionId,
            isDefault: entry.IsDefaultVersion === true,
            createDate: entry.CreateDate ?? new Date(0)
        }))
    };
}
async function attachedPolicies(iam, principal) {
    const arns = [];
    let marker;
    do {
        const page = principal.kind === 'role'
            ? await iam.send(new dist_cjs/* ListAttachedRolePoliciesCommand */.wfM({ RoleName: principal.name, Marker: marker }))
            : await iam.send(new dist_cjs/* ListAttachedUserPoliciesCommand */.zf4({ UserName: principal.name, Marker: marker }));
        arns.push(...(page.AttachedPolicies ?? []).map((policy) => policy.PolicyArn));
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker !== undefined);
    return arns;
}
/**
 * The account's quota of managed policies per role or user, from iam:GetAccountSummary
 * (`AttachedPoliciesPerRoleQuota` / `AttachedPoliciesPerUserQuota`); IAM's default of 10 when
 * that call is not permitted. https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html
 */
async function attachQuota(iam, kind) {
    try {
        const { SummaryMap: summary } = await iam.send(new dist_cjs/* GetAccountSummaryCommand */.zod({}));
        const limit = summary?.[kind === 'role' ? 'AttachedPoliciesPerRoleQuota' : 'AttachedPoliciesPerUserQuota'];
        if (typeof limit === 'number' && limit > 0)
            return { limit, source: 'account-summary' };
    }
    catch (error) {
        if (!(0,errors/* isAccessDenied */.w7)(error))
            throw error;
    }
    return { limit: DEFAULT_ATTACH_QUOTA, source: 'default' };
}
/**
 * Reads what provisioning needs, in parallel: the customer managed policy at the desired ARN
 * (iam:GetPolicy, then iam:GetPolicyVersion of the default version and iam:ListPolicyVersions),
 * the principal's attached managed policies (iam:ListAttachedRolePolicies /
 * ListAttachedUserPolicies, every page) and the attach quota (iam:GetAccountSummary). Makes no
 * change.
 *
 * @throws the SDK's error (AccessDenied \u2026) when IAM cannot be read
 */
async function readIamState(iam, desired, principal) {
    const [policy, attached, quota] = await Promise.all([
        desired.kind === 'customer-managed' ? readPolicy(iam, desired.arn) : Promise.resolve(undefined),
        attachedPolicies(iam, principal),
        attachQuota(iam, principal.kind)
    ]);
    return { ...(policy ? { policy } : {}), attached, attachQuota: quota };
}
/**
 * Finds a customer managed policy by name at any path (iam:ListPolicies, Scope Local, every
 * page): names are unique in an account whatever the path, so CreatePolicy refuses a name that
 * exists elsewhere. https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreatePolicy.html
 *
 * @returns its ARN, or undefined
 */
async function findPolicyByName(iam, name) {
    let marker;
    do {
        const page = await iam.send(new dist_cjs/* ListPoliciesCommand */.yWo({ Scope: 'Local', Marker: marker }));
        const found = (page.Policies ?? []).find((policy) => policy.PolicyName?.toLowerCase() === name.toLowerCase());
        if (found?.Arn)
            return found.Arn;
        marker = page.IsTruncated ? page.Marker : undefined;
    } while (marker !== undefined);
    return undefined;
}

;// CONCATENATED MODULE: ./src/provisioning/run.ts









/** Re-reading and planning again after a concurrent change: at most this many rounds. */
const MAX_ROUNDS = 4;
/** Pause before reading a policy that a concurrent run has just created, milliseconds. */
const CONSISTENCY_DELAY_MS = 1000;
/**
 * The repository, workflow and run from the GitHub context, for the policy's tags and
 * description. `@actions/github` is loaded only here (it is large). Outside GitHub Actions the
 * fields are left out.
 */
async function workflowOrigin() {
    const { context } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    let repository;
    try {
        const { owner, repo } = context.repo;
        repository = `${owner}/${repo}`;
    }
    catch {
        repository = undefined;
    }
    return {
        ...(repository ? { repository } : {}),
        ...(context.workflow ? { workflow: context.workflow } : {}),
        ...(repository && Number.isFinite(context.runId)
            ? { runUrl: `${context.serverUrl}/${repository}/actions/runs/${context.runId}` }
            : {})
    };
}
function describePolicy(policy) {
    return policy.kind === 'aws-managed'
        ? `the AWS managed policy ${policy.arn}`
        : `the least-privilege policy ${policy.arn}`;
}
/**
 * Provisions the principal: resolves it, builds the desired policy, reads IAM, plans, and (unless
 * `dry-run`) applies the plan. A concurrent run is handled by re-reading IAM and planning again
 * (so two runs at once create one policy). Logs the document and each IAM call in a `Provision`
 * group.
 *
 * @returns what was done; `changed` is false when everything was already as wanted
 * @throws ProvisioningError or InputError with a message that says what to do; the SDK's error
 *   for other IAM failures
 */
async function provision(options, dependencies = {}) {
    const log = dependencies.log ?? ((line) => runner/* info */.pq(line));
    const now = dependencies.now ?? Date.now;
    const sleep = dependencies.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const iam = dependencies.iam ?? (0,clients/* logCalls */.c)(new dist_cjs/* IAMClient */.h8v((0,clients/* clientConfig */.y)(options.region)), runner/* debug */.Yz);
    const { inputs, caller } = options;
    const [principal, origin] = await Promise.all([
        resolveProvisionedPrincipal(iam, caller, inputs.provisionFor).catch((error) => {
            throw explainProvisioningDenial(inputs.provisionFor === undefined || inputs.provisionFor.form === 'name'
                ? 'GetRole'
                : inputs.provisionFor.kind === 'role'
                    ? 'GetRole'
                    : 'GetUser', error);
        }),
        dependencies.origin ?? workflowOrigin()
    ]);
    const policy = desiredPolicy({
        policy: inputs.policy,
        targets: options.targets,
        access: options.access,
        partition: caller.partition,
        account: caller.account,
        region: options.region,
        ...(inputs.policyName === undefined ? {} : { policyName: inputs.policyName }),
        policyPath: inputs.policyPath,
        ...(inputs.maxTokenDurationSeconds === undefined
            ? {}
            : { maxTokenDurationSeconds: inputs.maxTokenDurationSeconds }),
        origin
    });
    log(`Provisioning ${describePolicy(policy)} for ${principal.kind} ${principal.arn}${principal.isCaller ? " (the step's own principal)" : ''}.`);
    if (policy.kind === 'customer-managed') {
        log(`Policy document (${policy.size} of ${MANAGED_POLICY_SIZE_LIMIT} characters, whitespace not counted):`);
        for (const line of policy.documentText.split('\n'))
            log(line);
    }
    const made = [];
    let changedAt;
    let nameTaken = false;
    for (let round = 1;; round++) {
        if (round > MAX_ROUNDS) {
            throw new ProvisioningError(`IAM kept changing ${policy.arn} while this step provisioned it (${MAX_ROUNDS} attempts): another job is provisioning the same policy at the same time with another document. Give the jobs different policy-name values, or run them one after the other.`);
        }
        const state = await readIamState(iam, policy, principal).catch((error) => {
            throw withChanges(explainProvisioningDenial('GetPolicy', error), made);
        });
        if (nameTaken && policy.kind === 'customer-managed' && state.policy === undefined) {
            const found = await findPolicyByName(iam, policy.name).catch(() => undefined);
            if (found !== undefined && found !== policy.arn) {
                throw new ProvisioningError(`A customer managed policy named ${policy.name} already exists as ${found}, not at path ${policy.path}: IAM policy names are unique in an account whatever the path. Set policy-path to its path to manage it, or choose another policy-name.`);
            }
            // Created by a concurrent run a moment ago, and not visible to reads yet (IAM is
            // eventually consistent): read again shortly.
            await sleep(CONSISTENCY_DELAY_MS);
            continue;
        }
        const plan = planProvisioning(policy, principal, state);
        for (const finding of plan.findings)
            log(finding);
        if (inputs.dryRun) {
            if (plan.calls.length === 0) {
                log('Dry run: nothing to change; no IAM call would be made.');
            }
            else {
                log('Dry run: these IAM calls would be made (none was):');
                plan.calls.forEach((planned, index) => log(`  ${index + 1}. ${describeCall(planned)}`));
            }
            return {
                principal,
                policy,
                policyArn: plan.policyArn,
                dryRun: true,
                changed: false,
                calls: plan.calls,
                findings: plan.findings
            };
        }
        if (plan.calls.length === 0) {
            if (made.length === 0)
                log('Nothing to change: the policy is in place and attached.');
            return {
                principal,
                policy,
                policyArn: plan.policyArn,
                dryRun: false,
                changed: made.length > 0,
                calls: made,
                findings: plan.findings,
                ...(changedAt === undefined ? {} : { changedAt })
            };
        }
        try {
            await applyPlan(iam, plan, (planned, answer) => {
                made.push(planned);
                changedAt = now();
                log(`\u2713 ${describeCall(planned)}${answer ? ` \u2192 ${answer}` : ''}`);
            });
        }
        catch (error) {
            if (!(error instanceof PlanConflict))
                throw withChanges(error, made);
            if (error.reason === 'already-exists')
                nameTaken = true;
            log(`iam:${error.call.operation} met a change made at the same time (${error.reason}, probably a concurrent run); reading IAM again.`);
            continue;
        }
        // Not read back: right after a write, IAM reads may not show it yet (eventual consistency).
        return {
            principal,
            policy,
            policyArn: plan.policyArn,
            dryRun: false,
            changed: true,
            calls: made,
            findings: plan.findings,
            ...(changedAt === undefined ? {} : { changedAt })
        };
    }
}
/** Adds the changes already made to a failure's message, so the log says what IAM now holds. */
function withChanges(error, made) {
    if (made.length === 0 || !(error instanceof Error))
        return error;
    error.message = `${error.message}\nAlready changed before this failure: ${made.map(describeCall).join('; ')}.`;
    return error;
}
/**
 * The caller as the permission check would see a session of `principal`: for a role, a session
 * of it (RoleId as the user ID); for a user, the user itself. Lets the check verify the
 * permissions of a principal provisioned for another job.
 */
function callerFor(principal, caller) {
    if (principal.kind === 'role') {
        return {
            arn: `arn:${caller.partition}:sts::${caller.account}:assumed-role/${principal.name}/any-session`,
            account: caller.account,
            userId: `${principal.id ?? 'AROAUNKNOWN'}:any-session`,
            partition: caller.partition,
            principal: { kind: 'assumed-role', roleName: principal.name, sessionName: 'any-session' }
        };
    }
    const path = principal.arn.slice(principal.arn.indexOf(':user/') + ':user'.length);
    return {
        arn: principal.arn,
        account: caller.account,
        userId: principal.id ?? 'AIDAUNKNOWN',
        partition: caller.partition,
        principal: {
            kind: 'user',
            userName: principal.name,
            path: path.slice(0, path.length - principal.name.length)
        }
    };
}

;// CONCATENATED MODULE: ./src/provisioning/summary.ts

/**
 * What jobs that use a principal provisioned with `max-token-duration` must set: the cap
 * (`NumericLessThanEquals sts:DurationSeconds`) refuses every other lifetime, and the default,
 * duration-seconds 0 (the role session), sends no sts:DurationSeconds at all.
 */
function capNote(principalArn, cap) {
    return `The policy caps the token lifetime at ${cap} seconds (sts:DurationSeconds): every job that runs as ${principalArn} must set duration-seconds to a value from 900 to ${cap}. With the default, 0 (the role session), no sts:DurationSeconds is sent and the cap refuses the token.`;
}
/**
 * The job summary's Provisioning section: what changed (each IAM call), on which policy and
 * principal, and the least-privilege document. src/job-summary.ts renders it.
 *
 * @param cap `max-token-duration`, seconds: the summary then says what consumers must set
 */
function provisioningSummary(result, cap) {
    const who = `${result.principal.kind} ${result.principal.arn}`;
    const what = result.policy.kind === 'aws-managed'
        ? `the AWS managed policy ${result.policy.name}`
        : `the least-privilege policy ${result.policy.name}`;
    const text = result.dryRun
        ? result.calls.length === 0
            ? `Dry run: ${what} is already in place for ${who}; nothing would change.`
            : `Dry run: ${result.calls.length} IAM call(s) would give ${who} ${what}; nothing was changed.`
        : result.changed
            ? `Gave ${who} ${what} (${result.calls.length} IAM change(s)).`
            : `${who} already has ${what}; nothing was changed.`;
    const withCap = cap !== undefined && result.policy.kind === 'customer-managed'
        ? `${text} ${capNote(result.principal.arn, cap)}`
        : text;
    return {
        text: withCap,
        policyArn: result.policyArn,
        principalArn: result.principal.arn,
        outcome: result.dryRun ? 'dry run' : result.changed ? 'changed' : 'unchanged',
        calls: result.calls.map(describeCall),
        ...(result.policy.kind === 'customer-managed' ? { document: result.policy.documentText } : {})
    };
}

;// CONCATENATED MODULE: ./src/provisioning/step.ts






/**
 * Runs provisioning inside a `Provision` log group, sets the `policy-arn` and `policy-changed`
 * outputs, and decides what the rest of the step does:
 * - dry run: stop (nothing changed, no token, no client configuration);
 * - `provision-for` another principal: check that principal's permissions (unless
 *   check-permissions is off), waiting for propagation after a change; then stop, unless the
 *   clients are named in `tools` / `repositories` (then the caller's own token and clients follow);
 * - the caller's own role or user: go on; after a change the check and the token request wait for
 *   IAM to propagate, up to `propagation-timeout` seconds.
 *
 * @throws ProvisioningError / InputError with a message that says what to do
 */
async function runProvisioningStep(inputs, caller, resolved, dependencies = {}) {
    const result = await runner/* group */.Os('Provision', () => provision({
        inputs: inputs.provisioning,
        caller,
        targets: (0,targets/* repositoryTargets */.j$)(resolved),
        access: inputs.access,
        region: inputs.region
    }, dependencies));
    const toolsGiven = inputs.targets.every((target) => target.tools !== 'auto');
    const cap = inputs.provisioning.maxTokenDurationSeconds;
    if (cap !== undefined && result.policy.kind === 'customer-managed') {
        runner/* info */.pq(capNote(result.principal.arn, cap));
    }
    const summary = provisioningSummary(result, cap);
    runner/* setOutput */.uH(action_contract/* Output */.k7.policyArn, result.policyArn);
    runner/* setOutput */.uH(action_contract/* Output */.k7.policyChanged, String(result.changed));
    const { principal } = result;
    const checkFor = principal.isCaller ? caller : callerFor(principal, caller);
    const propagation = result.changed && inputs.provisioning.propagationTimeoutSeconds > 0
        ? startPropagationWait({
            timeoutMs: inputs.provisioning.propagationTimeoutSeconds * 1000,
            log: (line) => runner/* info */.pq(line),
            ...(dependencies.now ? { now: dependencies.now } : {}),
            ...(dependencies.sleep ? { sleep: dependencies.sleep } : {})
        })
        : undefined;
    if (result.dryRun) {
        runner/* info */.pq('dry-run: nothing was changed; no token requested, nothing configured.');
        return { result, summary, targets: resolved, after: 'stop', checkFor, tokenWaits: false };
    }
    if (!principal.isCaller) {
        const after = toolsGiven ? 'continue' : 'check-then-stop';
        runner/* info */.pq(after === 'continue'
            ? `Provisioned ${principal.arn} for other jobs; the step goes on to configure the named clients with its own credentials (${caller.arn}).`
            : `Provisioned ${principal.arn} for other jobs; this step asks for no token and configures no client (name the clients in tools to do both).`);
        return {
            result,
            summary,
            targets: after === 'continue' ? clientsNow(inputs, caller) : resolved,
            after,
            checkFor,
            ...(propagation ? { propagation } : {}),
            tokenWaits: false
        };
    }
    return {
        result,
        summary,
        targets: clientsNow(inputs, caller),
        after: 'continue',
        checkFor,
        ...(propagation ? { propagation } : {}),
        tokenWaits: propagation !== undefined
    };
}
/** The targets with `tools: auto` detected from the workspace now. */
function clientsNow(inputs, caller) {
    const chosen = (0,targets/* chooseTools */.Lk)(inputs, { detect: true, required: !inputs.checkOnly });
    return (0,targets/* withDomainOwners */.XD)(chosen, caller.account);
}


/***/ })

};
