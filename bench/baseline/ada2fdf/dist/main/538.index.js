export const id = 538;
export const ids = [538];
export const modules = {

/***/ 5538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPermissions: () => (/* binding */ checkPermissions),
  verdictOf: () => (/* binding */ verdictOf)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-iam/dist-cjs/index.js
var dist_cjs = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/aws/clients.ts
var aws_clients = __webpack_require__(201);
;// CONCATENATED MODULE: ./src/permissions/match-outcome.ts
const MATCH = { kind: 'match' };
const NO_MATCH = { kind: 'no-match' };
function fromBoolean(matches) {
    return matches ? MATCH : NO_MATCH;
}
function unknownBecauseOf(keys) {
    return { kind: 'unknown', keys: dedupeKeys(keys) };
}
/**
 * Kleene AND: one definite `no-match` decides the whole conjunction (the unknown parts cannot
 * change it), otherwise any `unknown` part makes the conjunction unknown.
 */
function allOf(outcomes) {
    const unknownKeys = [];
    let sawUnknown = false;
    for (const outcome of outcomes) {
        if (outcome.kind === 'no-match')
            return NO_MATCH;
        if (outcome.kind === 'unknown') {
            sawUnknown = true;
            unknownKeys.push(...outcome.keys);
        }
    }
    return sawUnknown ? unknownBecauseOf(unknownKeys) : MATCH;
}
/** Kleene OR: one definite `match` decides, otherwise any `unknown` part makes it unknown. */
function anyOf(outcomes) {
    const unknownKeys = [];
    let sawUnknown = false;
    for (const outcome of outcomes) {
        if (outcome.kind === 'match')
            return MATCH;
        if (outcome.kind === 'unknown') {
            sawUnknown = true;
            unknownKeys.push(...outcome.keys);
        }
    }
    return sawUnknown ? unknownBecauseOf(unknownKeys) : NO_MATCH;
}
function negate(outcome) {
    if (outcome.kind === 'unknown')
        return outcome;
    return outcome.kind === 'match' ? NO_MATCH : MATCH;
}
/** Condition key names are case-insensitive; keep the first spelling seen of each. */
function dedupeKeys(keys) {
    const seen = new Map();
    for (const key of keys) {
        const folded = key.toLowerCase();
        if (!seen.has(folded))
            seen.set(folded, key);
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/permissions/wildcards.ts
const ANY_RUN = { kind: 'any-run' };
const ANY_CHAR = { kind: 'any-char' };
/** `${*}`, `${?}` and `${$}` stand for the literal characters, so `*` can be matched exactly. */
const ESCAPED_CHARACTERS = { '*': '*', '?': '?', $: '$' };
/** `key` or `key, 'default value'`, as in `${aws:username, 'nobody'}`. */
const VARIABLE_BODY = /^\s*([^\s,']+)\s*(?:,\s*'([^']*)'\s*)?$/;
function parsePattern(source, syntax) {
    const parts = [];
    let text = '';
    const flushText = () => {
        if (text !== '')
            parts.push({ kind: 'text', text });
        text = '';
    };
    let index = 0;
    while (index < source.length) {
        const character = source[index];
        if (syntax.wildcards && (character === '*' || character === '?')) {
            flushText();
            parts.push(character === '*' ? ANY_RUN : ANY_CHAR);
            index += 1;
            continue;
        }
        if (syntax.variables && character === '$' && source[index + 1] === '{') {
            const close = source.indexOf('}', index + 2);
            const body = close === -1 ? undefined : source.slice(index + 2, close);
            const escaped = body === undefined ? undefined : ESCAPED_CHARACTERS[body];
            const variable = body === undefined ? null : VARIABLE_BODY.exec(body);
            if (escaped !== undefined) {
                text += escaped;
                index = close + 1;
                continue;
            }
            if (variable !== null) {
                flushText();
                const [, key, defaultValue] = variable;
                parts.push(defaultValue === undefined
                    ? { kind: 'variable', key }
                    : { kind: 'variable', key, defaultValue });
                index = close + 1;
                continue;
            }
        }
        text += character;
        index += 1;
    }
    flushText();
    return parts;
}
/**
 * Replaces policy variables with their request context values. A variable resolves when its key
 * has exactly one value in the request, or is known to be absent and the variable has a default.
 * It stays unresolved (the caller should treat the statement as indeterminate) when the key is
 * unknown, multivalued ("you can't use multivalued context keys as policy variables"), or absent
 * without a default ("If AWS cannot resolve a variable this might cause the entire statement to
 * be invalid", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
function resolveVariables(parts, context) {
    const resolved = [];
    const unresolvedKeys = [];
    for (const part of parts) {
        if (part.kind !== 'variable') {
            resolved.push(part);
            continue;
        }
        const state = context.lookup(part.key);
        if (state.state === 'present' && state.values.length === 1) {
            resolved.push({ kind: 'text', text: state.values[0] });
        }
        else if (state.state === 'absent' && part.defaultValue !== undefined) {
            resolved.push({ kind: 'text', text: part.defaultValue });
        }
        else {
            unresolvedKeys.push(part.key);
        }
    }
    return unresolvedKeys.length > 0
        ? { kind: 'unresolved', keys: unresolvedKeys }
        : { kind: 'resolved', pattern: resolved };
}
const regexCache = new Map();
/** Whole-string match of `value` against a resolved pattern. */
function matchesPattern(pattern, value, options) {
    return compile(pattern, options).test(value);
}
function compile(pattern, options) {
    let source = '';
    pattern.forEach((part, index) => {
        if (part.kind === 'text') {
            source += escapeRegex(part.text);
        }
        else if (part.kind === 'any-char') {
            source += options.arnSegments ? '[^:]' : '[\\s\\S]';
        }
        else {
            const next = pattern[index + 1];
            const endsSegment = next === undefined || (next.kind === 'text' && next.text.startsWith(':'));
            source += options.arnSegments && !endsSegment ? '[^:]*' : '[\\s\\S]*';
        }
    });
    const flags = options.caseInsensitive ? 'i' : '';
    const cacheKey = `${flags}/${source}`;
    let regex = regexCache.get(cacheKey);
    if (regex === undefined) {
        regex = new RegExp(`^${source}$`, flags);
        if (regexCache.size > 1000)
            regexCache.clear();
        regexCache.set(cacheKey, regex);
    }
    return regex;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/permissions/action-and-resource.ts


/**
 * Whether a statement's `Action` / `NotAction` covers the requested action. Action names are
 * matched case-insensitively with `*` and `?` wildcards; `NotAction` covers every action not
 * listed. Sources:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */
function actionElementMatches(element, action) {
    const listed = element.patterns.some((pattern) => matchesPattern(parsePattern(pattern, { wildcards: true, variables: false }), action, {
        caseInsensitive: true,
        arnSegments: false
    }));
    return fromBoolean(element.element === 'Action' ? listed : !listed);
}
/**
 * Whether a statement's `Resource` / `NotResource` covers the requested resource. ARNs are matched
 * case-sensitively with `*` and `?` wildcards inside colon-separated segments (a `*` that ends a
 * segment may run past colons). Policy variables are replaced from the request context; one that
 * cannot be resolved makes the outcome `unknown`.
 *
 * A request resource of `*` stands for an action without resource-level permissions: only a
 * policy resource made of `*` covers it ("you use the wildcard character (*) in the Resource
 * element"), so it is outside any `NotResource` ARN list.
 * Source: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html
 */
function resourceElementMatches(element, resource, context, policyVariables) {
    const listed = anyOf(element.patterns.map((pattern) => resourcePatternMatches(pattern, resource, context, policyVariables)));
    return element.element === 'Resource' ? listed : negate(listed);
}
const ALL_RESOURCES = /^\*+$/;
function resourcePatternMatches(pattern, resource, context, policyVariables) {
    if (ALL_RESOURCES.test(pattern))
        return MATCH;
    if (resource === '*')
        return NO_MATCH;
    const resolution = resolveVariables(parsePattern(pattern, { wildcards: true, variables: policyVariables }), context);
    if (resolution.kind === 'unresolved')
        return unknownBecauseOf(resolution.keys);
    return fromBoolean(matchesPattern(resolution.pattern, resource, { caseInsensitive: false, arnSegments: true }));
}

;// CONCATENATED MODULE: ./src/permissions/conditions.ts


const BASE_OPERATORS = [
    op('StringEquals', 'string'),
    op('StringNotEquals', 'string', { negated: true }),
    op('StringEqualsIgnoreCase', 'string', { ignoreCase: true }),
    op('StringNotEqualsIgnoreCase', 'string', { negated: true, ignoreCase: true }),
    op('StringLike', 'string', { wildcards: true }),
    op('StringNotLike', 'string', { negated: true, wildcards: true }),
    op('NumericEquals', 'numeric'),
    op('NumericNotEquals', 'numeric', { negated: true }),
    op('NumericLessThan', 'numeric'),
    op('NumericLessThanEquals', 'numeric'),
    op('NumericGreaterThan', 'numeric'),
    op('NumericGreaterThanEquals', 'numeric'),
    op('DateEquals', 'date'),
    op('DateNotEquals', 'date', { negated: true }),
    op('DateLessThan', 'date'),
    op('DateLessThanEquals', 'date'),
    op('DateGreaterThan', 'date'),
    op('DateGreaterThanEquals', 'date'),
    op('Bool', 'bool'),
    op('BinaryEquals', 'binary'),
    op('IpAddress', 'ip-address'),
    op('NotIpAddress', 'ip-address', { negated: true }),
    op('ArnEquals', 'arn', { wildcards: true }),
    op('ArnLike', 'arn', { wildcards: true }),
    op('ArnNotEquals', 'arn', { negated: true, wildcards: true }),
    op('ArnNotLike', 'arn', { negated: true, wildcards: true }),
    op('Null', 'null')
];
function op(name, family, flags = {}) {
    return {
        name,
        family,
        negated: flags.negated ?? false,
        wildcards: flags.wildcards ?? false,
        ignoreCase: flags.ignoreCase ?? false
    };
}
const BASE_OPERATORS_BY_NAME = new Map(BASE_OPERATORS.map((spec) => [spec.name.toLowerCase(), spec]));
/**
 * Parses a condition operator name, with optional `ForAnyValue:` / `ForAllValues:` prefix and
 * `IfExists` suffix. Matching is case-insensitive, to be lenient; the AWS docs use the canonical
 * spelling.
 * @throws Error naming the operator when it is not an IAM condition operator, or is `Null` with a
 *   set prefix or an `IfExists` suffix.
 */
function parseConditionOperator(name) {
    const [first, second, ...rest] = name.split(':');
    if (rest.length > 0)
        throw new Error(`Unknown condition operator ${name}`);
    let setOperator;
    let baseName = first;
    if (second !== undefined) {
        const prefix = first.toLowerCase();
        if (prefix === 'foranyvalue')
            setOperator = 'ForAnyValue';
        else if (prefix === 'forallvalues')
            setOperator = 'ForAllValues';
        else
            throw new Error(`Unknown condition set operator ${first} in ${name}`);
        baseName = second;
    }
    const ifExists = baseName.toLowerCase().endsWith('ifexists');
    const base = BASE_OPERATORS_BY_NAME.get((ifExists ? baseName.slice(0, -'IfExists'.length) : baseName).toLowerCase());
    if (base === undefined)
        throw new Error(`Unknown condition operator ${name}`);
    if (base.family === 'null' && (ifExists || setOperator !== undefined)) {
        throw new Error(`Condition operator ${name} is not valid: Null takes no set prefix or IfExists`);
    }
    return setOperator === undefined
        ? { name, base, ifExists }
        : { name, base, setOperator, ifExists };
}
/**
 * Evaluates one condition clause against the request context.
 *
 * Key presence: "If the key that you specify in a policy condition is not present in the request
 * context, the values do not match and the condition is false. If the policy condition requires
 * that the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not
 * present, the condition is true. This logic applies to all condition operators except
 * ...IfExists and Null check." ForAllValues "also returns true if there are no context keys in the
 * request"; ForAnyValue returns false then, and an IfExists suffix does not change that (observed
 * on AWS: https://repost.aws/questions/QU9HFmDzP0QGuU-fd7rS6B7w, and iam-simulate agrees).
 *
 * A key the caller knows nothing about makes the clause `unknown` (never guessed). So does a
 * single-valued operator applied to a multivalued request value, an unresolvable policy variable,
 * and an IpAddress/BinaryEquals comparison (not implemented here).
 */
function evaluateCondition(clause, context, options) {
    const { operator, key } = clause;
    const state = context.lookup(key);
    if (state.state === 'unknown')
        return unknownBecauseOf([key]);
    if (operator.base.family === 'null') {
        return fromBoolean(clause.values.some((value) => nullCheckMatches(value, state.state === 'present')));
    }
    if (state.state === 'absent')
        return fromBoolean(matchesMissingKey(operator));
    const requestValues = state.values;
    const evaluateOne = (requestValue) => evaluateSingleValue(operator.base, key, requestValue, clause.values, context, options);
    if (operator.setOperator === 'ForAnyValue')
        return anyOf(requestValues.map(evaluateOne));
    if (operator.setOperator === 'ForAllValues')
        return allOf(requestValues.map(evaluateOne));
    // Without a set operator the key must be single-valued; IAM's answer for a multivalued request
    // value is not documented, so it is not guessed.
    if (requestValues.length !== 1)
        return unknownBecauseOf([key]);
    return evaluateOne(requestValues[0]);
}
function matchesMissingKey(operator) {
    if (operator.setOperator === 'ForAllValues')
        return true;
    if (operator.setOperator === 'ForAnyValue')
        return false;
    return operator.ifExists || operator.base.negated;
}
function nullCheckMatches(policyValue, keyPresent) {
    const expected = policyValue.toLowerCase();
    return keyPresent ? expected === 'false' : expected === 'true';
}
function evaluateSingleValue(base, key, requestValue, policyValues, context, options) {
    const comparisons = policyValues.map((policyValue) => compare(base, key, requestValue, policyValue, context, options));
    if (!base.negated) {
        // Values of one key are ORed.
        return anyOf(comparisons.map((comparison) => toOutcome(comparison, true)));
    }
    // Negated operators NOR their values. A value that cannot be compared (e.g. "abc" for a numeric
    // operator) satisfies neither the operator nor its negation.
    return allOf(comparisons.map((comparison) => toOutcome(comparison, false)));
}
function toOutcome(comparison, wanted) {
    if (comparison === 'incomparable')
        return NO_MATCH;
    if (typeof comparison === 'boolean')
        return comparison === wanted ? MATCH : NO_MATCH;
    return comparison;
}
function compare(base, key, requestValue, policyValue, context, options) {
    switch (base.family) {
        case 'string':
        case 'bool':
        case 'arn': {
            const syntax = {
                wildcards: base.wildcards,
                variables: options.policyVariables
            };
            const resolution = resolveVariables(parsePattern(policyValue, syntax), context);
            if (resolution.kind === 'unresolved')
                return unknownBecauseOf(resolution.keys);
            if (base.family === 'string') {
                return matchesPattern(resolution.pattern, requestValue, {
                    caseInsensitive: base.ignoreCase,
                    arnSegments: false
                });
            }
            if (base.family === 'bool')
                return compareBooleans(requestValue, resolution.pattern);
            return compareArns(requestValue, resolution.pattern);
        }
        case 'numeric':
            return compareNumbers(base.name, parseDecimal(requestValue), parseDecimal(policyValue));
        case 'date':
            return compareNumbers(base.name, parseDate(requestValue), parseDate(policyValue));
        case 'ip-address':
        case 'binary':
        case 'null':
            return unknownBecauseOf([key]);
    }
}
function compareBooleans(requestValue, policyPattern) {
    const policyValue = policyPattern.map((part) => (part.kind === 'text' ? part.text : '')).join('');
    const request = requestValue.toLowerCase();
    const policy = policyValue.toLowerCase();
    const isBoolean = (text) => text === 'true' || text === 'false';
    if (!isBoolean(request) || !isBoolean(policy))
        return 'incomparable';
    return request === policy;
}
/**
 * ArnEquals/ArnLike: "Each of the six colon-delimited components of the ARN is checked separately
 * and each can include multi-character match wildcards (*) or single-character match wildcards
 * (?)." A value without six components is not an ARN and cannot be compared.
 */
function compareArns(requestValue, policyPattern) {
    const requestParts = splitArn(requestValue);
    const policyParts = splitResolvedArn(policyPattern);
    if (requestParts === undefined || policyParts === undefined)
        return 'incomparable';
    return policyParts.every((segment, index) => matchesPattern(segment, requestParts[index], { caseInsensitive: false, arnSegments: false }));
}
const ARN_COMPONENTS = 6;
function splitArn(value) {
    const parts = value.split(':');
    if (parts.length < ARN_COMPONENTS)
        return undefined;
    return [...parts.slice(0, ARN_COMPONENTS - 1), parts.slice(ARN_COMPONENTS - 1).join(':')];
}
function splitResolvedArn(pattern) {
    const segments = [[]];
    for (const part of pattern) {
        if (part.kind !== 'text' || segments.length === ARN_COMPONENTS) {
            segments[segments.length - 1].push(part);
            continue;
        }
        const pieces = part.text.split(':');
        pieces.forEach((piece, index) => {
            if (index > 0) {
                if (segments.length === ARN_COMPONENTS) {
                    segments[segments.length - 1].push({ kind: 'text', text: ':' });
                }
                else {
                    segments.push([]);
                }
            }
            if (piece !== '')
                segments[segments.length - 1].push({ kind: 'text', text: piece });
        });
    }
    return segments.length === ARN_COMPONENTS ? segments : undefined;
}
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
function parseDecimal(text) {
    return DECIMAL.test(text.trim()) ? Number(text) : undefined;
}
/** Dates are ISO 8601 strings or epoch seconds (an integer), both compared as milliseconds. */
function parseDate(text) {
    if (/^-?\d+$/.test(text.trim()))
        return Number(text) * 1000;
    const parsed = Date.parse(text);
    return Number.isNaN(parsed) ? undefined : parsed;
}
function compareNumbers(operatorName, requestValue, policyValue) {
    if (requestValue === undefined || policyValue === undefined)
        return 'incomparable';
    const comparison = operatorName.replace(/^(Numeric|Date)/, '');
    switch (comparison) {
        case 'Equals':
        case 'NotEquals':
            return requestValue === policyValue;
        case 'LessThan':
            return requestValue < policyValue;
        case 'LessThanEquals':
            return requestValue <= policyValue;
        case 'GreaterThan':
            return requestValue > policyValue;
        case 'GreaterThanEquals':
            return requestValue >= policyValue;
        default:
            throw new Error(`Unhandled comparison operator ${operatorName}`);
    }
}

;// CONCATENATED MODULE: ./src/permissions/policy-document.ts

const SUPPORTED_VERSIONS = new Set(['2012-10-17', '2008-10-17']);
const STATEMENT_ELEMENTS = new Set([
    'Sid',
    'Effect',
    'Principal',
    'NotPrincipal',
    'Action',
    'NotAction',
    'Resource',
    'NotResource',
    'Condition'
]);
/**
 * Parses an IAM policy document as IAM stores it (identity policy, inline policy or permissions
 * boundary).
 *
 * @param document the parsed JSON object, a JSON string, or the URL-encoded JSON string that IAM's
 *   GetPolicyVersion / GetRolePolicy / GetUserPolicy APIs return (decoded with
 *   `decodeURIComponent`, then `JSON.parse`).
 * @returns the statements with single values widened to lists and condition operators parsed.
 *   `Principal`/`NotPrincipal` are ignored: identity policies have none.
 * @throws Error naming the problem (and the statement, by index and Sid) when the text is not
 *   JSON, the document is not an object, `Statement` is missing, `Effect` is not `Allow`/`Deny`,
 *   a statement lacks or doubles `Action`/`NotAction` or `Resource`/`NotResource`, an element has
 *   the wrong type, a condition operator is unknown, or a condition value is not a string, number
 *   or boolean.
 */
function parsePolicyDocument(document) {
    const root = typeof document === 'string' ? parseJsonText(document) : document;
    if (!isPlainObject(root)) {
        throw new Error(`Policy document must be a JSON object, got ${describe(root)}`);
    }
    const version = root.Version;
    if (version !== undefined && (typeof version !== 'string' || !SUPPORTED_VERSIONS.has(version))) {
        throw new Error(`Policy Version must be "2012-10-17" or "2008-10-17", got ${JSON.stringify(version)}`);
    }
    const rawStatements = root.Statement;
    if (rawStatements === undefined)
        throw new Error('Policy document has no Statement');
    const statementList = Array.isArray(rawStatements) ? rawStatements : [rawStatements];
    const statements = statementList.map((statement, index) => parseStatement(statement, index));
    return version === undefined ? { statements } : { version, statements };
}
function parseJsonText(text) {
    const trimmed = text.trim();
    let json = trimmed;
    if (!trimmed.startsWith('{')) {
        try {
            json = decodeURIComponent(trimmed);
        }
        catch (error) {
            throw new Error('Policy document string is neither JSON nor URL-encoded JSON', {
                cause: error
            });
        }
    }
    try {
        return JSON.parse(json);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Policy document is not valid JSON: ${reason}`, { cause: error });
    }
}
function parseStatement(raw, index) {
    if (!isPlainObject(raw)) {
        throw new Error(`Statement[${index}] must be a JSON object, got ${describe(raw)}`);
    }
    const sid = raw.Sid;
    const where = typeof sid === 'string' && sid !== ''
        ? `Statement[${index}] (Sid "${sid}")`
        : `Statement[${index}]`;
    for (const element of Object.keys(raw)) {
        if (!STATEMENT_ELEMENTS.has(element))
            throw new Error(`${where}: unknown element ${element}`);
    }
    if (sid !== undefined && typeof sid !== 'string')
        throw new Error(`${where}: Sid must be a string`);
    const effect = raw.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') {
        throw new Error(`${where}: Effect must be "Allow" or "Deny", got ${JSON.stringify(effect)}`);
    }
    return {
        index,
        ...(typeof sid === 'string' ? { sid } : {}),
        effect,
        action: parseListElement(raw, 'Action', 'NotAction', where),
        resource: parseListElement(raw, 'Resource', 'NotResource', where),
        conditions: parseConditionBlock(raw.Condition, where)
    };
}
function parseListElement(statement, positive, negative, where) {
    const hasPositive = statement[positive] !== undefined;
    const hasNegative = statement[negative] !== undefined;
    if (hasPositive === hasNegative) {
        throw new Error(`${where}: needs exactly one of ${positive} or ${negative}`);
    }
    const element = hasPositive ? positive : negative;
    const value = statement[element];
    const patterns = Array.isArray(value) ? value : [value];
    if (patterns.length === 0 || !patterns.every((item) => typeof item === 'string')) {
        throw new Error(`${where}: ${element} must be a string or a non-empty array of strings`);
    }
    return { element, patterns: patterns };
}
function parseConditionBlock(block, where) {
    if (block === undefined)
        return [];
    if (!isPlainObject(block))
        throw new Error(`${where}: Condition must be a JSON object`);
    const clauses = [];
    for (const [operatorName, keys] of Object.entries(block)) {
        const operator = parseOperatorIn(operatorName, where);
        if (!isPlainObject(keys)) {
            throw new Error(`${where}: Condition operator ${operatorName} must map keys to values`);
        }
        for (const [key, rawValues] of Object.entries(keys)) {
            const values = Array.isArray(rawValues) ? rawValues : [rawValues];
            if (values.length === 0 || !values.every(isConditionScalar)) {
                throw new Error(`${where}: Condition ${operatorName} ${key} needs a string, number or boolean, or a non-empty array of them`);
            }
            clauses.push({ operator, key, values: values.map((value) => String(value)) });
        }
    }
    return clauses;
}
function parseOperatorIn(operatorName, where) {
    try {
        return parseConditionOperator(operatorName);
    }
    catch (error) {
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, {
            cause: error
        });
    }
}
function isConditionScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null)
        return 'null';
    return Array.isArray(value) ? 'an array' : typeof value;
}

;// CONCATENATED MODULE: ./src/permissions/request-context.ts
const ABSENT = { state: 'absent' };
const UNKNOWN = { state: 'unknown' };
/**
 * The request context of an authorization request, looked up case-insensitively as IAM does for
 * condition key names ("Condition key names are not case-sensitive",
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html).
 */
class RequestContext {
    present = new Map();
    absent = new Set();
    /**
     * @param context known key values; a string for a single-valued key, an array for a multivalued one
     * @param absentKeys keys known to be missing from the request
     * @throws TypeError when a value is neither a string nor an array of strings
     * @throws Error when a key is both given a value and listed as absent
     */
    constructor(context, absentKeys = []) {
        for (const [key, value] of Object.entries(context)) {
            const values = typeof value === 'string' ? [value] : value;
            if (!Array.isArray(values) || values.some((item) => typeof item !== 'string')) {
                throw new TypeError(`Request context key ${key} must be a string or an array of strings`);
            }
            this.present.set(key.toLowerCase(), values);
        }
        for (const key of absentKeys) {
            const folded = key.toLowerCase();
            if (this.present.has(folded)) {
                throw new Error(`Request context key ${key} is both given a value and listed as absent`);
            }
            this.absent.add(folded);
        }
    }
    lookup(key) {
        const folded = key.toLowerCase();
        const values = this.present.get(folded);
        if (values !== undefined)
            return { state: 'present', values };
        return this.absent.has(folded) ? ABSENT : UNKNOWN;
    }
}

;// CONCATENATED MODULE: ./src/permissions/evaluator.ts






/**
 * Decides whether a principal's identity policies, narrowed by its permissions boundary, allow
 * one request — the identity-policy part of IAM's policy evaluation logic
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html). SCPs, RCPs,
 * session policies and resource-based policies are out of scope.
 *
 * 1. An explicit `Deny` in any identity policy or in the boundary wins: `explicit-deny`.
 * 2. Otherwise an identity-policy `Allow` is needed and, when a boundary is given, a boundary
 *    `Allow` too: `allowed`; missing either gives `implicit-deny`.
 * 3. A statement whose match depends on a request context key in neither `request.context` nor
 *    `request.absentKeys` (e.g. `aws:SourceIp`), or on an unresolvable policy variable, is
 *    indeterminate and never guessed: an indeterminate `Deny` makes the result `indeterminate`
 *    unless a definite `Deny` applies; an indeterminate `Allow` does so only when the same policy
 *    set (identity or boundary) has no definite `Allow` and no other rule already decides.
 *    `indeterminateKeys` lists the keys that blocked the verdict.
 *
 * @param request the action, resource ARN (or '*'), known context values and known-absent keys
 * @param policies the identity policies attached to the principal (directly or via groups) and
 *   its optional permissions boundary; each `document` may be an object, JSON or URL-encoded JSON
 * @returns the decision, the statements that decided it, blocking keys, and the boundary verdict
 * @throws Error when a policy document is malformed (message names the policy and statement), when
 *   `request.action` is not `service:action`, or when a context key is both valued and absent
 */
function evaluateIdentityPolicies(request, policies) {
    if (!/^[^:\s]+:[^:\s]+$/.test(request.action)) {
        throw new Error(`Request action must look like service:Action, got ${JSON.stringify(request.action)}`);
    }
    if (typeof request.resource !== 'string' || request.resource === '') {
        throw new Error('Request resource must be an ARN or "*"');
    }
    const context = new RequestContext(request.context, request.absentKeys);
    const identity = evaluatePolicySet(policies.identity, request, context);
    const boundary = policies.permissionsBoundary === undefined
        ? undefined
        : evaluatePolicySet([policies.permissionsBoundary], request, context);
    const sets = boundary === undefined ? [identity] : [identity, boundary];
    const boundaryVerdict = boundary === undefined ? 'none' : ownDecision(boundary);
    const definiteDenies = sets.flatMap((set) => set.definiteDenies);
    if (definiteDenies.length > 0) {
        return result('explicit-deny', definiteDenies, [], boundaryVerdict);
    }
    const possibleDenies = sets.flatMap((set) => set.possibleDenies);
    if (possibleDenies.length > 0) {
        return result('indeterminate', possibleDenies.map(({ ref }) => ref), possibleDenies.flatMap(({ keys }) => keys), boundaryVerdict);
    }
    if (sets.some((set) => ownDecision(set) === 'implicit-deny')) {
        return result('implicit-deny', [], [], boundaryVerdict);
    }
    if (sets.every((set) => set.definiteAllows.length > 0)) {
        return result('allowed', sets.flatMap((set) => set.definiteAllows), [], boundaryVerdict);
    }
    const undecided = sets.filter((set) => set.definiteAllows.length === 0);
    return result('indeterminate', sets.flatMap((set) => set.definiteAllows.length > 0 ? set.definiteAllows : set.possibleAllows.map(({ ref }) => ref)), undecided.flatMap((set) => set.possibleAllows.flatMap(({ keys }) => keys)), boundaryVerdict);
}
function evaluatePolicySet(sources, request, context) {
    const verdict = {
        definiteDenies: [],
        possibleDenies: [],
        definiteAllows: [],
        possibleAllows: []
    };
    for (const source of sources) {
        const document = parseNamedPolicy(source);
        const policyVariables = document.version === '2012-10-17';
        for (const statement of document.statements) {
            const outcome = statementApplies(statement, request, context, policyVariables);
            if (outcome.kind === 'no-match')
                continue;
            const ref = statementRef(source, statement);
            const isDeny = statement.effect === 'Deny';
            if (outcome.kind === 'match') {
                const definite = isDeny ? verdict.definiteDenies : verdict.definiteAllows;
                definite.push(ref);
            }
            else {
                const possible = isDeny ? verdict.possibleDenies : verdict.possibleAllows;
                possible.push({ ref, keys: outcome.keys });
            }
        }
    }
    return verdict;
}
function parseNamedPolicy(source) {
    try {
        return parsePolicyDocument(source.document);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Policy ${JSON.stringify(source.name)} (${source.kind}): ${reason}`, {
            cause: error
        });
    }
}
/** A statement applies when its action, resource and every condition match (Kleene AND). */
function statementApplies(statement, request, context, policyVariables) {
    function* parts() {
        yield actionElementMatches(statement.action, request.action);
        yield resourceElementMatches(statement.resource, request.resource, context, policyVariables);
        for (const clause of statement.conditions) {
            yield evaluateCondition(clause, context, { policyVariables });
        }
    }
    return allOf(parts());
}
/** A policy set's verdict on its own, as reported in `EvaluationResult.boundary`. */
function ownDecision(set) {
    if (set.definiteDenies.length > 0)
        return 'explicit-deny';
    if (set.possibleDenies.length > 0)
        return 'indeterminate';
    if (set.definiteAllows.length > 0)
        return 'allowed';
    if (set.possibleAllows.length > 0)
        return 'indeterminate';
    return 'implicit-deny';
}
function statementRef(source, statement) {
    return {
        policy: source.name,
        kind: source.kind,
        ...(statement.sid === undefined ? {} : { sid: statement.sid }),
        index: statement.index,
        effect: statement.effect
    };
}
function result(decision, matchedStatements, indeterminateKeys, boundary) {
    return { decision, matchedStatements, indeterminateKeys: dedupeKeys(indeterminateKeys), boundary };
}

// EXTERNAL MODULE: ./src/permissions/principal-policies.ts
var principal_policies = __webpack_require__(4521);
// EXTERNAL MODULE: ./src/permissions/report.ts
var report = __webpack_require__(7632);
// EXTERNAL MODULE: ./src/permissions/requirements.ts
var requirements = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/permissions/simulation.ts


/** Context keys whose IAM type is numeric; every other key is sent as a string (list). */
const NUMERIC_KEYS = new Set(['sts:durationseconds']);
function contextEntries(context) {
    return Object.entries(context).map(([key, value]) => {
        const values = typeof value === 'string' ? [value] : value;
        const numeric = NUMERIC_KEYS.has(key.toLowerCase());
        const list = typeof value !== 'string';
        return {
            ContextKeyName: key,
            ContextKeyValues: values,
            ContextKeyType: `${numeric ? 'numeric' : 'string'}${list ? 'List' : ''}`
        };
    });
}
function toDecision(evalDecision, missing) {
    if (evalDecision === 'allowed')
        return 'allowed';
    if (evalDecision === 'explicitDeny')
        return 'explicit-deny';
    return missing.length > 0 ? 'indeterminate' : 'implicit-deny';
}
function toStatements(statements) {
    return (statements ?? []).map((statement) => ({
        policy: statement.SourcePolicyId ?? 'unnamed policy',
        ...(statement.SourcePolicyType === undefined ? {} : { policyType: statement.SourcePolicyType }),
        ...(statement.StartPosition?.Line === undefined ? {} : { line: statement.StartPosition.Line }),
        ...(statement.StartPosition?.Column === undefined
            ? {}
            : { column: statement.StartPosition.Column })
    }));
}
/**
 * Reads one EvaluationResult for one resource, in either response shape:
 * - since 2026-07-30, one result per action whose top-level `EvalResourceName` is an ARN template
 *   and whose per-resource verdicts sit in `ResourceSpecificResults`;
 * - before, one result per action and resource with the resource's ARN at top level (and
 *   `ResourceSpecificResults` also filled when ARNs were given).
 * Prefers the `ResourceSpecificResults` entry naming `resource`, then the top level.
 */
function decisionForResource(result, resource) {
    const specific = result.ResourceSpecificResults?.find((entry) => entry.EvalResourceName === resource);
    if (specific !== undefined) {
        const missing = specific.MissingContextValues ?? [];
        return {
            decision: toDecision(specific.EvalResourceDecision, missing),
            matchedStatements: toStatements(specific.MatchedStatements),
            missingContextKeys: missing,
            ...boundaryDetail(specific.PermissionsBoundaryDecisionDetail ?? result.PermissionsBoundaryDecisionDetail),
            ...organizationsDetail(result.OrganizationsDecisionDetail)
        };
    }
    const missing = result.MissingContextValues ?? [];
    return {
        decision: toDecision(result.EvalDecision, missing),
        matchedStatements: toStatements(result.MatchedStatements),
        missingContextKeys: missing,
        ...boundaryDetail(result.PermissionsBoundaryDecisionDetail),
        ...organizationsDetail(result.OrganizationsDecisionDetail)
    };
}
function boundaryDetail(detail) {
    return detail?.AllowedByPermissionsBoundary === undefined
        ? {}
        : { allowedByPermissionsBoundary: detail.AllowedByPermissionsBoundary };
}
function organizationsDetail(detail) {
    return detail?.AllowedByOrganizations === undefined
        ? {}
        : { allowedByOrganizations: detail.AllowedByOrganizations };
}
/**
 * Asks IAM's policy simulator whether the entity's policies (identity policies, group policies
 * for a user, the attached permissions boundary and, where the account is in an organization,
 * SCPs) allow each request. One call per distinct resource and context, following
 * `Marker` / `IsTruncated` until the last page.
 * Source: https://docs.aws.amazon.com/IAM/latest/APIReference/API_SimulatePrincipalPolicy.html
 *
 * @param policySourceArn the role or user ARN (not a session ARN: IAM rejects those)
 * @param requests the requests, each with an exact action name (no wildcards)
 * @returns decisions aligned with `requests`, or `available: false` with the reason when the
 *   simulator cannot be used (AccessDenied, an unknown entity, a service that lacks it); never throws
 *   for AWS errors
 */
async function simulatePrincipalPolicy(iam, policySourceArn, requests) {
    const groups = new Map();
    for (const request of requests) {
        const key = JSON.stringify([request.resource, request.context]);
        const group = groups.get(key) ?? {
            resource: request.resource,
            context: request.context,
            actions: []
        };
        if (!group.actions.includes(request.action))
            group.actions.push(request.action);
        groups.set(key, group);
    }
    const answers = new Map();
    try {
        await Promise.all([...groups.values()].map(async (group) => {
            let marker;
            do {
                const page = await iam.send(new dist_cjs/* SimulatePrincipalPolicyCommand */.kUw({
                    PolicySourceArn: policySourceArn,
                    ActionNames: group.actions,
                    ResourceArns: [group.resource],
                    ContextEntries: contextEntries(group.context),
                    Marker: marker
                }));
                for (const result of page.EvaluationResults ?? []) {
                    if (result.EvalActionName === undefined)
                        continue;
                    const key = JSON.stringify([
                        result.EvalActionName.toLowerCase(),
                        group.resource,
                        group.context
                    ]);
                    answers.set(key, decisionForResource(result, group.resource));
                }
                marker = page.IsTruncated ? page.Marker : undefined;
            } while (marker !== undefined);
        }));
    }
    catch (error) {
        const name = error.name ?? 'Error';
        const status = error.$metadata?.httpStatusCode;
        const message = error.message ?? '';
        return {
            available: false,
            accessDenied: (0,principal_policies/* isAccessDenied */.w7)(error),
            reason: `iam:SimulatePrincipalPolicy failed: ${name}${status ? ` (HTTP ${status})` : ''}${message ? `: ${message.split('\n')[0]}` : ''}`
        };
    }
    const decisions = [];
    for (const request of requests) {
        const answer = answers.get(JSON.stringify([request.action.toLowerCase(), request.resource, request.context]));
        if (answer === undefined) {
            return {
                available: false,
                accessDenied: false,
                reason: `iam:SimulatePrincipalPolicy returned no result for ${request.action} on ${request.resource}.`
            };
        }
        decisions.push(answer);
    }
    return { available: true, decisions };
}

;// CONCATENATED MODULE: ./src/permissions/identity-decision.ts





/** Global condition keys the action knows about the caller. */
function principalContext(caller, entity) {
    const context = {
        'aws:PrincipalAccount': caller.account,
        'aws:userid': caller.userId,
        // Every request to AWS, and every package client's request to CodeArtifact, uses HTTPS.
        'aws:SecureTransport': 'true'
    };
    if (caller.principal.kind === 'assumed-role')
        context['aws:PrincipalType'] = 'AssumedRole';
    if (caller.principal.kind === 'user') {
        context['aws:PrincipalType'] = 'User';
        context['aws:username'] = caller.principal.userName;
    }
    if (entity?.verified)
        context['aws:PrincipalArn'] = entity.arn;
    return context;
}
/** The authorization request for one permission: its own context over the caller's. */
function requestFor(permission, context) {
    return {
        action: permission.action,
        resource: permission.resource,
        context: { ...context, ...permission.context }
    };
}
/**
 * Decides each permission from the caller's identity policies: resolves the role or user
 * (iam:GetRole / iam:GetUser), asks iam:SimulatePrincipalPolicy, and when that is refused or
 * unavailable reads the policies and evaluates them locally. An implicitly denied
 * sts:GetServiceBearerToken is probed once more without sts:AWSServiceName to find a grant
 * written for another service.
 *
 * @returns one answer per permission (`unknown` with the reason when nothing could be read);
 *   never throws for AWS errors
 * @throws Error when a policy document is malformed
 */
async function checkIdentitySide(iam, caller, permissions) {
    const unknownAll = (detail, entity) => ({
        ...(entity ? { entity } : {}),
        answers: permissions.map(() => ({
            decision: 'unknown',
            method: 'none',
            detail,
            boundary: 'unknown'
        })),
        context: principalContext(caller, entity),
        warnings: [],
        notes: []
    });
    let resolution;
    try {
        resolution = await (0,principal_policies/* resolveEntity */.CS)(iam, caller);
    }
    catch (error) {
        return unknownAll(`the caller's IAM entity could not be looked up (${describeError(error)}).`);
    }
    if (resolution.entity === undefined) {
        return unknownAll(`identity policies cannot be checked: ${resolution.reason}`);
    }
    const entity = resolution.entity;
    const context = principalContext(caller, entity);
    const requests = permissions.map((permission) => requestFor(permission, context));
    const notes = [];
    const warnings = [];
    if (!entity.verified) {
        notes.push(`iam:GetRole was denied, so the role's path is assumed to be '/' (${entity.arn}).`);
    }
    const simulation = await simulatePrincipalPolicy(iam, entity.arn, requests);
    if (simulation.available) {
        const answers = simulation.decisions.map((decision) => fromSimulation(decision, entity));
        await explainBearerTokenNearMiss(permissions, requests, answers, async (request) => {
            const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
            if (answers[index]?.boundary === 'denies')
                return undefined;
            const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request]);
            return rerun.available && rerun.decisions[0].missingContextKeys.some(isServiceNameKey)
                ? 'a statement allows it only under an sts:AWSServiceName condition that codeartifact.amazonaws.com does not meet (for example one written for ecr-public.amazonaws.com)'
                : undefined;
        });
        return { entity, answers, context, warnings, notes };
    }
    notes.push(`${(0,report/* withoutFullStop */.Qu)(simulation.reason)}; reading the identity policies instead.`);
    let policies;
    try {
        policies = await (0,principal_policies/* readIdentityPolicies */.zx)(iam, entity);
    }
    catch (error) {
        const detail = `neither iam:SimulatePrincipalPolicy nor reading the identity policies of ${entity.arn} is permitted (${describeError(error)}).`;
        return { ...unknownAll(detail, entity), notes };
    }
    const answers = requests.map((request) => fromLocalEvaluation(request, policies));
    await explainBearerTokenNearMiss(permissions, requests, answers, async (request, original) => nearMissLocally(request, original, policies));
    return { entity, answers, context, warnings, notes };
}
function isServiceNameKey(key) {
    return key.toLowerCase() === 'sts:awsservicename';
}
/**
 * For an implicitly denied sts:GetServiceBearerToken, looks for an Allow that names it under a
 * condition on sts:AWSServiceName for another service, and adds that to the detail.
 */
async function explainBearerTokenNearMiss(permissions, requests, answers, probe) {
    const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
    if (index === -1 || answers[index].decision !== 'implicit-deny')
        return;
    const context = Object.fromEntries(Object.entries(requests[index].context).filter(([key]) => !isServiceNameKey(key)));
    const found = await probe({ ...requests[index], context }, requests[index]);
    if (found !== undefined) {
        answers[index].detail = [answers[index].detail, found].filter(Boolean).join('; ');
    }
}
function nearMissLocally(request, original, policies) {
    // Only when the identity policies themselves fall short (not just the boundary).
    if (evaluateIdentityPolicies(original, { identity: policies.identity }).decision !== 'implicit-deny') {
        return undefined;
    }
    const probe = evaluateIdentityPolicies(request, { identity: policies.identity });
    if (probe.decision !== 'indeterminate' || !probe.indeterminateKeys.some(isServiceNameKey)) {
        return undefined;
    }
    const descriptions = probe.matchedStatements
        .filter((ref) => ref.effect === 'Allow')
        .map((ref) => {
        // The evaluator has parsed every document already, so this cannot throw.
        const source = policies.identity.find((policy) => policy.name === ref.policy);
        const statement = source && parsePolicyDocument(source.document).statements[ref.index];
        const condition = (statement?.conditions ?? [])
            .filter((clause) => isServiceNameKey(clause.key))
            .map((clause) => `${clause.operator.name} ${clause.key} = ${clause.values.join(' | ')}`)
            .join(' and ');
        return `${(0,report/* statementText */.t6)({ policy: ref.policy, kind: ref.kind, sid: ref.sid, index: ref.index })} allows it only when ${condition || 'a condition on sts:AWSServiceName holds'}, which codeartifact.amazonaws.com does not meet`;
    });
    return descriptions.length > 0 ? descriptions.join('; ') : undefined;
}
function fromSimulation(decision, entity) {
    const statement = decision.matchedStatements[0];
    const boundary = decision.allowedByPermissionsBoundary !== undefined
        ? decision.allowedByPermissionsBoundary
            ? 'allows'
            : 'denies'
        : entity.permissionsBoundaryArn === null
            ? 'none'
            : decision.decision === 'allowed'
                ? 'allows'
                : 'unknown';
    const base = {
        method: 'simulation',
        boundary,
        ...(statement
            ? {
                statement: {
                    policy: statement.policy,
                    ...(statement.policyType ? { kind: statement.policyType } : {}),
                    ...(statement.line === undefined ? {} : { line: statement.line }),
                    ...(statement.column === undefined ? {} : { column: statement.column })
                }
            }
            : {})
    };
    if (decision.decision === 'indeterminate') {
        return {
            ...base,
            decision: 'unknown',
            detail: `the policies depend on context the action cannot supply: ${decision.missingContextKeys.join(', ')}`
        };
    }
    if (decision.decision === 'implicit-deny' && boundary === 'denies') {
        return {
            ...base,
            decision: 'implicit-deny',
            detail: 'the permissions boundary does not allow it'
        };
    }
    if (decision.allowedByOrganizations === false) {
        return {
            ...base,
            decision: decision.decision,
            detail: 'a service control policy of the organization does not allow it'
        };
    }
    return { ...base, decision: decision.decision };
}
function fromLocalEvaluation(request, policies) {
    const evaluation = evaluateIdentityPolicies(request, {
        identity: policies.identity,
        ...(policies.permissionsBoundary ? { permissionsBoundary: policies.permissionsBoundary } : {})
    });
    const boundary = policies.boundaryUnknown
        ? 'unknown'
        : evaluation.boundary === undefined || evaluation.boundary === 'none'
            ? 'none'
            : evaluation.boundary === 'allowed'
                ? 'allows'
                : evaluation.boundary === 'indeterminate'
                    ? 'unknown'
                    : 'denies';
    const ref = evaluation.matchedStatements.find((statement) => evaluation.decision === 'explicit-deny' ? statement.effect === 'Deny' : true);
    const statement = ref && {
        policy: ref.policy,
        kind: ref.kind,
        ...(ref.sid === undefined ? {} : { sid: ref.sid }),
        index: ref.index
    };
    const base = {
        method: 'identity-policies',
        boundary,
        ...(statement ? { statement } : {})
    };
    switch (evaluation.decision) {
        case 'allowed':
            if (policies.boundaryUnknown) {
                return {
                    ...base,
                    decision: 'unknown',
                    detail: 'the identity policies allow it, but the permissions boundary could not be read (iam:GetRole / iam:GetUser was denied)'
                };
            }
            return { ...base, decision: 'allowed' };
        case 'explicit-deny':
            return { ...base, decision: 'explicit-deny' };
        case 'implicit-deny': {
            if (boundary === 'denies') {
                const identityOnly = evaluateIdentityPolicies(request, { identity: policies.identity });
                const boundaryName = policies.permissionsBoundary?.name ?? 'the permissions boundary';
                return {
                    ...base,
                    decision: 'implicit-deny',
                    detail: identityOnly.decision === 'allowed'
                        ? `the identity policies allow it, but the permissions boundary ${boundaryName} does not`
                        : `neither the identity policies nor the permissions boundary ${boundaryName} allow it`
                };
            }
            return { ...base, decision: 'implicit-deny' };
        }
        default:
            return {
                ...base,
                decision: 'unknown',
                detail: `the policies depend on context the action cannot know: ${evaluation.indeterminateKeys.join(', ')}`
            };
    }
}
/** A permission's result from the identity side alone, with where a fix must go. */
function fromIdentity(permission, identity) {
    const missingIn = identity.decision === 'implicit-deny'
        ? identity.boundary === 'denies'
            ? identity.detail?.startsWith('the identity policies allow it')
                ? ['permissions-boundary']
                : ['identity-policy', 'permissions-boundary']
            : ['identity-policy']
        : [];
    return {
        permission,
        decision: identity.decision,
        method: identity.method,
        ...(identity.statement ? { statement: identity.statement } : {}),
        ...(identity.detail ? { detail: identity.detail } : {}),
        ...(missingIn.length > 0 ? { missingIn } : {})
    };
}
/** `Name: first line of the message`, for details. */
function describeError(error) {
    const err = error;
    return `${err.name ?? 'Error'}${err.message ? `: ${err.message.split('\n')[0]}` : ''}`;
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var client_codeartifact_dist_cjs = __webpack_require__(3380);
;// CONCATENATED MODULE: ./src/permissions/resource-policies.ts



function unreadable(kind, name, operation, error) {
    const err = error;
    if (err.name === 'ResourceNotFoundException')
        return { state: 'none', kind, name };
    return {
        state: 'unreadable',
        kind,
        name,
        reason: `codeartifact:${operation} failed: ${err.name ?? 'Error'}${err.message ? `: ${err.message}` : ''}`
    };
}
/**
 * Reads a domain's permissions policy (codeartifact:GetDomainPermissionsPolicy on the domain).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetDomainPermissionsPolicy.html
 *
 * @returns the document, `none` when no policy is set, or `unreadable` with the reason; never throws
 */
async function readDomainPolicy(client, target) {
    try {
        const answer = await client.send(new client_codeartifact_dist_cjs/* GetDomainPermissionsPolicyCommand */.sxY({
            domain: target.domain,
            domainOwner: target.domainOwner
        }));
        const document = answer.policy?.document;
        if (document === undefined)
            return { state: 'none', kind: 'domain', name: target.domain };
        return { state: 'read', kind: 'domain', name: target.domain, document };
    }
    catch (error) {
        return unreadable('domain', target.domain, 'GetDomainPermissionsPolicy', error);
    }
}
/**
 * Reads a repository's permissions policy (codeartifact:GetRepositoryPermissionsPolicy).
 * Source: https://docs.aws.amazon.com/codeartifact/latest/APIReference/API_GetRepositoryPermissionsPolicy.html
 *
 * @returns the document, `none` when no policy is set, or `unreadable` with the reason; never throws
 */
async function readRepositoryPolicy(client, target) {
    try {
        const answer = await client.send(new client_codeartifact_dist_cjs/* GetRepositoryPermissionsPolicyCommand */.KCI({
            domain: target.domain,
            domainOwner: target.domainOwner,
            repository: target.repository
        }));
        const document = answer.policy?.document;
        if (document === undefined)
            return { state: 'none', kind: 'repository', name: target.repository };
        return { state: 'read', kind: 'repository', name: target.repository, document };
    }
    catch (error) {
        return unreadable('repository', target.repository, 'GetRepositoryPermissionsPolicy', error);
    }
}
function principalValues(element) {
    if (element === '*')
        return { all: true, aws: [] };
    if (element === null || typeof element !== 'object')
        return { all: false, aws: [] };
    const aws = element.AWS;
    const list = (Array.isArray(aws) ? aws : aws === undefined ? [] : [aws]).filter((value) => typeof value === 'string');
    return { all: list.includes('*'), aws: list };
}
function matchOne(value, principal) {
    if (value === principal.callerArn) {
        return principal.kind === 'role' ? 'session' : 'entity';
    }
    if (value === principal.account)
        return 'account';
    const arn = /^arn:[^:]+:(iam|sts)::([0-9]{12}):(.+)$/.exec(value);
    if (!arn || arn[2] !== principal.account)
        return undefined;
    const [, service, , resource] = arn;
    if (service === 'iam' && resource === 'root')
        return 'account';
    if (principal.name === undefined)
        return undefined;
    const last = resource.slice(resource.lastIndexOf('/') + 1);
    if (service === 'iam' &&
        principal.kind === 'role' &&
        resource.startsWith('role/') &&
        last === principal.name) {
        return 'entity';
    }
    if (service === 'iam' &&
        principal.kind === 'user' &&
        resource.startsWith('user/') &&
        last === principal.name) {
        return 'entity';
    }
    return undefined;
}
const MATCH_STRENGTH = ['session', 'entity', 'everyone', 'account'];
/** The strongest way a statement names the principal, or undefined when it does not apply to it. */
function principalMatch(statement, principal) {
    if ('NotPrincipal' in statement) {
        const excluded = principalValues(statement.NotPrincipal);
        if (excluded.all || excluded.aws.some((value) => matchOne(value, principal) !== undefined)) {
            return undefined;
        }
        return 'everyone';
    }
    const { all, aws } = principalValues(statement.Principal);
    const matches = aws.map((value) => matchOne(value, principal)).filter((m) => m !== undefined);
    if (all)
        matches.push('everyone');
    return MATCH_STRENGTH.find((strength) => matches.includes(strength));
}
function rawStatements(document) {
    const root = JSON.parse(document);
    const list = Array.isArray(root.Statement) ? root.Statement : [root.Statement];
    return {
        version: typeof root.Version === 'string' ? root.Version : undefined,
        statements: list
            .filter((raw) => raw !== null && typeof raw === 'object')
            .map((raw, index) => ({ raw, index }))
    };
}
function withoutPrincipal(statement) {
    const copy = { ...statement };
    delete copy.Principal;
    delete copy.NotPrincipal;
    return copy;
}
/**
 * Evaluates a CodeArtifact domain or repository permissions policy for one request by the
 * principal: each statement that names the principal is checked for action, resource and
 * conditions with the local evaluator.
 *
 * @throws Error when the document is not JSON or a statement is malformed
 */
function evaluateResourcePolicy(policy, request, principal) {
    const { version, statements } = rawStatements(policy.document);
    const verdict = { denies: [], allows: [], undecided: [] };
    for (const { raw, index } of statements) {
        const match = principalMatch(raw, principal);
        if (match === undefined)
            continue;
        const document = {
            ...(version ? { Version: version } : {}),
            Statement: [withoutPrincipal(raw)]
        };
        const result = evaluateIdentityPolicies(request, {
            identity: [{ name: policy.name, kind: 'custom', document }]
        });
        const effect = raw.Effect === 'Deny' ? 'Deny' : 'Allow';
        const ref = {
            policy: policy.name,
            kind: policy.kind === 'domain' ? 'domain-policy' : 'repository-policy',
            ...(typeof raw.Sid === 'string' && raw.Sid !== '' ? { sid: raw.Sid } : {}),
            index,
            effect,
            principal: match
        };
        if (result.decision === 'explicit-deny')
            verdict.denies.push(ref);
        else if (result.decision === 'allowed')
            verdict.allows.push(ref);
        else if (result.decision === 'indeterminate') {
            verdict.undecided.push({ ref, keys: result.indeterminateKeys });
        }
    }
    return verdict;
}
/**
 * The resource-policy trap: Allow statements of a domain or repository policy that name
 * `sts:GetServiceBearerToken` (directly or by an `sts:` wildcard). Such a grant has no effect:
 * "The sts:GetServiceBearerToken permission must be added to the IAM user or role policy. While
 * it can be added to a CodeArtifact domain or repository resource policy, the permission will
 * have no effect in resource policies."
 * (https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html)
 *
 * @returns the statements (Sid or index), empty when there are none or the document is not JSON
 */
function bearerTokenGrants(policy) {
    let parsed;
    try {
        parsed = rawStatements(policy.document);
    }
    catch {
        return [];
    }
    const grants = [];
    for (const { raw, index } of parsed.statements) {
        if (raw.Effect !== 'Allow')
            continue;
        const actions = (Array.isArray(raw.Action) ? raw.Action : [raw.Action]).filter((action) => typeof action === 'string' && /^sts:/i.test(action));
        if (actions.length === 0)
            continue;
        const covers = evaluateIdentityPolicies({
            action: requirements/* BEARER_TOKEN_ACTION */.fh,
            resource: '*',
            context: { 'sts:AWSServiceName': requirements/* CODEARTIFACT_SERVICE_NAME */.O0 }
        }, {
            identity: [
                {
                    name: policy.name,
                    kind: 'custom',
                    document: { Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }] }
                }
            ]
        });
        if (covers.decision === 'allowed') {
            grants.push({
                ...(typeof raw.Sid === 'string' && raw.Sid !== '' ? { sid: raw.Sid } : {}),
                index
            });
        }
    }
    return grants;
}

;// CONCATENATED MODULE: ./src/permissions/resource-decision.ts


/*
 * The resource side of the permission check: CodeArtifact domain and repository permissions
 * policies, combined with the identity side's answer by IAM's rules for the same account
 * (either may allow) and across accounts (both must allow).
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html,
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html
 */
/**
 * Reads each distinct domain policy and each repository policy once, in parallel.
 *
 * @returns the reads keyed `domain:<owner>/<domain>` and `repository:<owner>/<domain>/<repository>`; never throws
 */
async function readResourcePolicies(client, targets) {
    const reads = new Map();
    for (const target of targets) {
        const domainKey = `domain:${target.domainOwner}/${target.domain}`;
        if (!reads.has(domainKey))
            reads.set(domainKey, readDomainPolicy(client, target));
        const repositoryKey = `repository:${target.domainOwner}/${target.domain}/${target.repository}`;
        if (!reads.has(repositoryKey))
            reads.set(repositoryKey, readRepositoryPolicy(client, target));
    }
    const entries = await Promise.all([...reads].map(async ([key, read]) => [key, await read]));
    return new Map(entries);
}
/** The policies that can decide a permission: the domain's, and the repository's for repository and package actions. */
function relevantPolicies(permission, policies) {
    const { domain, domainOwner, repository } = permission.target;
    const found = [];
    const domainPolicy = policies.get(`domain:${domainOwner}/${domain}`);
    if (domainPolicy)
        found.push(domainPolicy);
    if (repository !== undefined) {
        const repositoryPolicy = policies.get(`repository:${domainOwner}/${domain}/${repository}`);
        if (repositoryPolicy)
            found.push(repositoryPolicy);
    }
    return found;
}
function resourceStatement(ref) {
    return {
        policy: ref.policy,
        kind: ref.kind,
        ...(ref.sid === undefined ? {} : { sid: ref.sid }),
        index: ref.index
    };
}
/**
 * Combines the identity side's answer for a codeartifact:* permission with the domain and
 * repository permissions policies:
 * - an explicit Deny on either side wins;
 * - in the domain owner's account either side may allow, but a grant to the account root only
 *   delegates to identity policies, and a grant to the role ARN is still limited by the role's
 *   permissions boundary (a grant to the session ARN is not);
 * - across accounts both sides must allow;
 * - an implicit identity deny next to a policy that cannot be read is `unknown`, not a denial.
 */
function combineWithResourcePolicies(permission, identity, policies, principal, context, callerAccount) {
    const request = requestFor(permission, context);
    const sameAccount = permission.target.domainOwner === callerAccount;
    const denies = [];
    const allows = [];
    /** Keys that Allow statements of the resource policies depend on. */
    const undecided = [];
    /** Keys that Deny statements of the resource policies depend on. */
    const undecidedDenies = [];
    const unreadable = [];
    /** Grants to the role ARN (or everyone) that a permissions boundary limits. */
    const boundaryLimited = [];
    for (const policy of policies) {
        if (policy.state === 'unreadable') {
            unreadable.push(`the ${policy.kind} permissions policy could not be read (${policy.reason})`);
            continue;
        }
        if (policy.state === 'none')
            continue;
        let verdict;
        try {
            verdict = evaluateResourcePolicy(policy, request, principal);
        }
        catch (error) {
            unreadable.push(`the ${policy.kind} permissions policy could not be evaluated (${describeError(error)})`);
            continue;
        }
        denies.push(...verdict.denies);
        // In the owner's own account a grant to the account only delegates to identity policies.
        for (const ref of verdict.allows) {
            if (!sameAccount || ref.principal === 'session')
                allows.push(ref);
            else if (ref.principal === 'entity' || ref.principal === 'everyone') {
                // A grant to a role ARN is still limited by the role's permissions boundary.
                const limited = principal.kind === 'role' &&
                    identity.boundary !== 'allows' &&
                    identity.boundary !== 'none';
                if (limited)
                    boundaryLimited.push(ref);
                else
                    allows.push(ref);
            }
        }
        for (const { ref, keys } of verdict.undecided) {
            ;
            (ref.effect === 'Deny' ? undecidedDenies : undecided).push(keys.join(', '));
        }
    }
    const methodOf = (ref) => ref.kind === 'domain-policy' ? 'domain-policy' : 'repository-policy';
    const base = { permission };
    /** An allow stands only when no Deny of the resource policies might apply. */
    const allowed = (result) => undecidedDenies.length === 0
        ? result
        : {
            ...base,
            decision: 'unknown',
            method: result.method,
            detail: `a Deny statement of the resource policy depends on ${undecidedDenies.join('; ')}, which the action cannot know`
        };
    if (identity.decision === 'explicit-deny') {
        return {
            ...base,
            decision: 'explicit-deny',
            method: identity.method,
            ...(identity.statement ? { statement: identity.statement } : {})
        };
    }
    if (denies.length > 0) {
        return {
            ...base,
            decision: 'explicit-deny',
            method: methodOf(denies[0]),
            statement: resourceStatement(denies[0])
        };
    }
    if (sameAccount) {
        if (identity.decision === 'allowed') {
            return allowed({
                ...base,
                decision: 'allowed',
                method: identity.method,
                ...(identity.statement ? { statement: identity.statement } : {})
            });
        }
        if (allows.length > 0) {
            return allowed({
                ...base,
                decision: 'allowed',
                method: methodOf(allows[0]),
                statement: resourceStatement(allows[0]),
                ...(identity.decision === 'implicit-deny'
                    ? { detail: 'no identity policy allows it; the resource policy grants it' }
                    : {})
            });
        }
        if (boundaryLimited.length > 0 && identity.boundary === 'denies') {
            return {
                ...base,
                decision: 'implicit-deny',
                method: methodOf(boundaryLimited[0]),
                statement: resourceStatement(boundaryLimited[0]),
                detail: "the resource policy grants it to the role, but the role's permissions boundary does not allow it",
                missingIn: ['permissions-boundary']
            };
        }
        if (boundaryLimited.length > 0) {
            unreadable.push("the resource policy grants it to the role, but whether the role's permissions boundary allows it is not known");
        }
        if (undecided.length > 0 || unreadable.length > 0) {
            const why = [
                identity.decision === 'implicit-deny' ? 'no identity policy allows it' : identity.detail,
                ...unreadable,
                ...(undecided.length > 0
                    ? [`a resource policy statement depends on ${undecided.join('; ')}`]
                    : [])
            ]
                .filter(Boolean)
                .join('; ');
            return { ...base, decision: 'unknown', method: identity.method, detail: why };
        }
        return fromIdentity(permission, identity);
    }
    // Across accounts, the identity policy and the domain owner's resource policy must both allow.
    if (identity.decision !== 'allowed') {
        const result = fromIdentity(permission, identity);
        if (result.decision === 'implicit-deny') {
            result.detail = [
                result.detail,
                "the domain is in another account, so the identity policy must allow it as well as the domain owner's policy"
            ]
                .filter(Boolean)
                .join('; ');
        }
        return result;
    }
    if (allows.length > 0) {
        return allowed({
            ...base,
            decision: 'allowed',
            method: methodOf(allows[0]),
            statement: resourceStatement(allows[0]),
            detail: "allowed by the identity policy and the domain owner's resource policy"
        });
    }
    if (undecided.length > 0 || unreadable.length > 0) {
        return {
            ...base,
            decision: 'unknown',
            method: identity.method,
            detail: [
                `the identity policy allows it; the domain is owned by account ${permission.target.domainOwner}, whose domain or repository permissions policy must also allow it`,
                ...unreadable,
                ...(undecided.length > 0
                    ? [`a resource policy statement depends on ${undecided.join('; ')}`]
                    : [])
            ].join('; ')
        };
    }
    return {
        ...base,
        decision: 'implicit-deny',
        method: 'domain-policy',
        detail: `the domain is owned by account ${permission.target.domainOwner}, and neither its domain nor its repository permissions policy grants it to this principal or its account`,
        missingIn: ['domain-policy']
    };
}

;// CONCATENATED MODULE: ./src/permissions/check.ts






/**
 * Decides whether the caller may do everything the job needs, in this order:
 * 1. iam:SimulatePrincipalPolicy on the caller's role or user, with the request context;
 * 2. when simulation is not permitted or not available, the identity policies (inline, managed,
 *    group, permissions boundary) read with IAM and evaluated locally;
 * 3. for codeartifact:* actions in the domain owner's own account, the domain and repository
 *    permissions policies, which can grant them alone (sts:GetServiceBearerToken only ever comes
 *    from identity policies); across accounts both sides must allow;
 * 4. what cannot be read is `unknown`.
 * The principal's session policies, SCPs (unless the simulator sees them), RCPs and VPC endpoint
 * policies are invisible, so `allowed` is an upper bound.
 *
 * @returns the report; never throws for AWS errors (they make parts unknown)
 * @throws Error when a policy document is malformed beyond reading
 */
async function checkPermissions(clients, parameters) {
    const { caller, targets, access, region, durationSeconds } = parameters;
    const permissions = (0,requirements/* requiredPermissions */.kx)({
        targets,
        access,
        partition: caller.partition,
        region,
        durationSeconds
    });
    const iam = clients.iam ?? (clients.wrap ?? ((client) => client))(new dist_cjs/* IAMClient */.h8v((0,aws_clients/* clientConfig */.y)(region)));
    const warnings = [];
    const notes = [
        'Session policies, service control policies, resource control policies and VPC endpoint policies are not all visible to this check; the token request itself is the final word.'
    ];
    const [identitySide, resourceSide] = await Promise.all([
        checkIdentitySide(iam, caller, permissions),
        readResourcePolicies(clients.codeartifact, targets)
    ]);
    warnings.push(...identitySide.warnings);
    notes.push(...identitySide.notes);
    const principal = {
        callerArn: caller.arn,
        account: caller.account,
        kind: caller.principal.kind === 'assumed-role'
            ? 'role'
            : caller.principal.kind === 'user'
                ? 'user'
                : 'other',
        ...(caller.principal.kind === 'assumed-role' ? { name: caller.principal.roleName } : {}),
        ...(caller.principal.kind === 'user' ? { name: caller.principal.userName } : {})
    };
    const trapNotes = [];
    for (const policy of resourceSide.values()) {
        if (policy.state !== 'read')
            continue;
        const grants = bearerTokenGrants(policy);
        if (grants.length > 0) {
            const where = grants
                .map((grant) => (grant.sid ? `Sid "${grant.sid}"` : `Statement[${grant.index}]`))
                .join(', ');
            const holder = identitySide.entity
                ? `the identity policy of ${identitySide.entity.kind} ${identitySide.entity.arn}`
                : "the principal's identity policy";
            warnings.push(`The ${policy.kind} permissions policy of '${policy.name}' grants ${requirements/* BEARER_TOKEN_ACTION */.fh} (${where}), but that grant has no effect in a resource policy: CodeArtifact only honours it in an identity policy. Put it in ${holder}, with the condition StringEquals sts:AWSServiceName = ${requirements/* CODEARTIFACT_SERVICE_NAME */.O0}.`);
            trapNotes.push(`the grant in the ${policy.kind} permissions policy of '${policy.name}' (${where}) has no effect there`);
        }
    }
    const results = permissions.map((permission, index) => {
        const identity = identitySide.answers[index];
        if (permission.grantableBy === 'identity-policy') {
            const result = fromIdentity(permission, identity);
            if (permission.action === requirements/* BEARER_TOKEN_ACTION */.fh && trapNotes.length > 0) {
                result.detail = [result.detail, ...trapNotes].filter(Boolean).join('; ');
            }
            return result;
        }
        return combineWithResourcePolicies(permission, identity, relevantPolicies(permission, resourceSide), principal, identitySide.context, caller.account);
    });
    return {
        verdict: verdictOf(results),
        callerArn: caller.arn,
        ...(identitySide.entity
            ? { entityArn: identitySide.entity.arn, entityKind: identitySide.entity.kind }
            : {}),
        results,
        warnings,
        notes
    };
}
/** `denied` when any permission is denied, else `unknown` when any is unknown, else `allowed`. */
function verdictOf(results) {
    if (results.some((r) => r.decision === 'explicit-deny' || r.decision === 'implicit-deny')) {
        return 'denied';
    }
    return results.some((r) => r.decision === 'unknown') ? 'unknown' : 'allowed';
}


/***/ }),

/***/ 4521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ resolveEntity),
/* harmony export */   w7: () => (/* binding */ isAccessDenied),
/* harmony export */   zx: () => (/* binding */ readIdentityPolicies)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_iam__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6764);

/** An AWS error's name, e.g. `AccessDenied`, `NoSuchEntityException`. */
function errorName(error) {
    return error?.name ?? 'Error';
}
/** Whether an IAM call was refused for lack of permission. */
function isAccessDenied(error) {
    return /^AccessDenied(Exception)?$/.test(errorName(error));
}
/**
 * Finds the IAM role or user behind the caller.
 *
 * - Assumed role: `iam:GetRole` by the role name from the session ARN (which carries no path, so
 *   an Identity Center role under `/aws-reserved/sso.amazonaws.com/<region>/` cannot be rebuilt
 *   by string), then checks that `Role.RoleId` equals the `AROA…` part of the session's user ID.
 *   When GetRole is denied, assumes the path `/` and marks the entity unverified — except for
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
                return { reason: `iam:GetRole returned no role for ${principal.roleName}.` };
            if (role.RoleId !== sessionRoleId) {
                return {
                    reason: `role ${role.Arn} has RoleId ${role.RoleId}, but this session belongs to RoleId ${sessionRoleId}: the role was deleted and re-created after the session began.`
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
            if (errorName(error) === 'NoSuchEntityException') {
                return { reason: `iam:GetRole found no role named ${principal.roleName}.` };
            }
            if (!isAccessDenied(error))
                throw error;
            if (principal.roleName.startsWith('AWSReservedSSO_')) {
                return {
                    reason: `iam:GetRole was denied, and the path of the IAM Identity Center role ${principal.roleName} (under /aws-reserved/sso.amazonaws.com/) cannot be derived from the session ARN.`
                };
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
            if (!isAccessDenied(error))
                throw error;
            return { entity: { kind: 'user', name: principal.userName, arn, verified: true } };
        }
    }
    if (principal.kind === 'root')
        return { reason: 'the caller is the account root user.' };
    if (principal.kind === 'federated-user') {
        return {
            reason: `${caller.arn} is a federated-user session (sts:GetFederationToken); its ARN does not name the IAM user whose policies apply.`
        };
    }
    return { reason: `${caller.arn} is not an IAM role session or an IAM user.` };
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
 * @throws the SDK's error (AccessDenied, …) when any of them cannot be read
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


/***/ })

};
