export const id = 868;
export const ids = [868];
export const modules = {

/***/ 7868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkPermissions: () => (/* binding */ checkPermissions),
  diagnose: () => (/* binding */ diagnose)
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

// EXTERNAL MODULE: ./src/permissions/pattern-language.ts
var pattern_language = __webpack_require__(9901);
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
 * It stays unresolved (the caller should treat the match as unknown, unless even
 * {@link matchesPattern} with the variable standing for any run says no) when the key is
 * unknown, multivalued ("you can't use multivalued context keys as policy variables"), or absent
 * without a default ("If AWS cannot resolve a variable this might cause the entire statement to
 * be invalid", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html).
 */
function resolveVariables(parts, context) {
    const partly = [];
    const unresolvedKeys = [];
    for (const part of parts) {
        if (part.kind !== 'variable') {
            partly.push(part);
            continue;
        }
        const state = context.lookup(part.key);
        if (state.state === 'present' && state.values.length === 1) {
            partly.push({ kind: 'text', text: state.values[0] });
        }
        else if (state.state === 'absent' && part.defaultValue !== undefined) {
            partly.push({ kind: 'text', text: part.defaultValue });
        }
        else {
            partly.push(part);
            unresolvedKeys.push(part.key);
        }
    }
    return unresolvedKeys.length > 0
        ? { kind: 'unresolved', keys: unresolvedKeys, pattern: partly }
        : { kind: 'resolved', pattern: partly };
}
const regexCache = new Map();
/**
 * Whole-string match of `value` against a pattern. A policy variable still in the pattern stands
 * for any run of characters (colons and slashes included): for an unresolved pattern, `false`
 * means that no value of its variables could make it match.
 */
function matchesPattern(pattern, value, options) {
    return compile(patternSteps(pattern, options), options).test(value);
}
/**
 * The set of strings `pattern` matches, as a {@link Language} for set questions (containment,
 * overlap, difference), with exactly the semantics of {@link matchesPattern}: both are built
 * from the same {@link patternSteps}. A policy variable left in the pattern stands for any run
 * of characters, so the language of an unresolved pattern is every string some value of its
 * variables would let it match.
 */
function patternLanguage(pattern, options) {
    if (options.caseInsensitive) {
        throw new Error('patternLanguage supports case-sensitive patterns only (Resource elements)');
    }
    const steps = patternSteps(pattern, options);
    // Languages memoise their automata, so the same pattern asked about again is cheap.
    const key = stepsSource(steps);
    let language = languageCache.get(key);
    if (language === undefined) {
        language = pattern_language/* Language */.TM.of(steps);
        if (languageCache.size > 1000)
            languageCache.clear();
        languageCache.set(key, language);
    }
    return language;
}
const languageCache = new Map();
const ANY_BUT_COLON = (0,pattern_language/* noneOf */.kO)(':');
/**
 * The matching steps of a pattern. Under `arnSegments`, `?` is one character other than `:`, and
 * `*` is a run without `:` unless it ends a colon-separated segment (then it may run past
 * colons); otherwise `?` is any character and `*` any run. Variables are any run.
 */
function patternSteps(pattern, options) {
    const steps = [];
    pattern.forEach((part, index) => {
        if (part.kind === 'text') {
            steps.push(...(0,pattern_language/* literalSteps */.Xc)(part.text));
        }
        else if (part.kind === 'any-char') {
            steps.push({ cls: options.arnSegments ? ANY_BUT_COLON : pattern_language/* ANY_CHARACTER */.J, repeat: false });
        }
        else if (part.kind === 'variable') {
            steps.push({ cls: pattern_language/* ANY_CHARACTER */.J, repeat: true });
        }
        else {
            const next = pattern[index + 1];
            const endsSegment = next === undefined || (next.kind === 'text' && next.text.startsWith(':'));
            const cls = options.arnSegments && !endsSegment ? ANY_BUT_COLON : pattern_language/* ANY_CHARACTER */.J;
            steps.push({ cls, repeat: true });
        }
    });
    return steps;
}
function stepsSource(steps) {
    return steps.map((step) => `${classSource(step.cls)}${step.repeat ? '*' : ''}`).join('');
}
function compile(steps, options) {
    const source = stepsSource(steps);
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
function classSource(cls) {
    const units = [...Array(cls.chars.length).keys()].map((index) => unitEscape(cls.chars[index]));
    if (!cls.negated)
        return units.length === 1 ? units[0] : `[${units.join('')}]`;
    return units.length === 0 ? '[\\s\\S]' : `[^${units.join('')}]`;
}
function unitEscape(unit) {
    return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
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
    const patterns = element.patterns.map((pattern) => resourcePatternMatches(pattern, resource, context, policyVariables));
    const listed = anyOf(patterns.map(({ outcome }) => outcome));
    if (element.element === 'Resource')
        return listed;
    // A variable whose key may be missing from the request makes its pattern fail, and a
    // NotResource list with a failing pattern covers nothing (iam-simulate agrees): unknown.
    const unresolved = patterns.flatMap(({ unresolvedKeys }) => unresolvedKeys);
    if (listed.kind === 'no-match' && unresolved.length > 0)
        return unknownBecauseOf(unresolved);
    return negate(listed);
}
const ALL_RESOURCES = /^\*+$/;
/**
 * One resource pattern against the request's resource. An unresolvable variable stands for any
 * value: the pattern surely does not match when no value would make it match (a missing key
 * makes it fail, which is no match either), else the outcome is unknown.
 */
function resourcePatternMatches(pattern, resource, context, policyVariables) {
    if (ALL_RESOURCES.test(pattern))
        return { outcome: MATCH, unresolvedKeys: [] };
    const resolution = resolveVariables(parsePattern(pattern, { wildcards: true, variables: policyVariables }), context);
    const unresolvedKeys = resolution.kind === 'unresolved' ? resolution.keys : [];
    if (resource === '*')
        return { outcome: NO_MATCH, unresolvedKeys };
    const matches = matchesPattern(resolution.pattern, resource, ARN_MATCHING);
    const outcome = matches && unresolvedKeys.length > 0 ? unknownBecauseOf(unresolvedKeys) : fromBoolean(matches);
    return { outcome, unresolvedKeys };
}
const ARN_MATCHING = { caseInsensitive: false, arnSegments: true };
/**
 * The ARNs a statement's `Resource` / `NotResource` covers, as languages for resource-set
 * questions, with the same semantics as {@link resourceElementMatches}: an ARN in `definite` is
 * covered (`match`), one outside `possible` is not (`no-match`), one in between depends on a
 * policy variable the request context cannot resolve (`unknown`, `keys` names them).
 */
function resourceElementLanguages(element, context, policyVariables) {
    const definite = [];
    const possible = [];
    const keys = [];
    const patterns = [];
    for (const pattern of element.patterns) {
        if (ALL_RESOURCES.test(pattern)) {
            definite.push(EVERYTHING);
            possible.push(EVERYTHING);
            patterns.push({ text: pattern, language: EVERYTHING });
            continue;
        }
        const resolution = resolveVariables(parsePattern(pattern, { wildcards: true, variables: policyVariables }), context);
        const language = patternLanguage(resolution.pattern, ARN_MATCHING);
        possible.push(language);
        patterns.push({ text: pattern, language });
        if (resolution.kind === 'resolved')
            definite.push(language);
        else
            keys.push(...resolution.keys);
    }
    const listedSurely = { any: definite };
    const listedPossibly = { any: possible };
    if (element.element === 'Resource') {
        return { definite: listedSurely, possible: listedPossibly, keys, patterns };
    }
    // With an unresolvable variable the list may fail and cover nothing (see above).
    const definitelyCovered = keys.length > 0 ? NOTHING : { not: listedPossibly };
    return { definite: definitelyCovered, possible: { not: listedSurely }, keys, patterns };
}
const EVERYTHING = { all: [] };
const NOTHING = { any: [] };

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
 * A key the caller knows nothing about makes the clause `unknown` (never guessed), unless the
 * clause cannot depend on it (`Null` with both `true` and `false`). So does a
 * single-valued operator applied to a multivalued request value, an unresolvable policy variable,
 * and an IpAddress/BinaryEquals comparison (not implemented here).
 */
function evaluateCondition(clause, context, options) {
    const { operator, key } = clause;
    const state = context.lookup(key);
    if (state.state === 'unknown') {
        // Null depends only on whether the key is there; when both answers agree, it is decided.
        if (operator.base.family === 'null') {
            const whenAbsent = clause.values.some((value) => nullCheckMatches(value, false));
            const whenPresent = clause.values.some((value) => nullCheckMatches(value, true));
            if (whenAbsent === whenPresent)
                return fromBoolean(whenAbsent);
        }
        return unknownBecauseOf([key]);
    }
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
            if (resolution.kind === 'unresolved') {
                // No value of the variables can make a string comparison hold: it is false. (A missing
                // key makes the comparison fail in both polarities, so only a positive one is decided.)
                const possible = base.family !== 'string' ||
                    base.negated ||
                    matchesPattern(resolution.pattern, requestValue, {
                        caseInsensitive: base.ignoreCase,
                        arnSegments: false
                    });
                return possible ? unknownBecauseOf(resolution.keys) : false;
            }
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

/**
 * Parses a named policy's document ({@link parsePolicyDocument}).
 * @throws Error naming the policy and its kind, with the parser's reason
 */
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
/** Where a statement of a named policy is, for reports. */
function statementRef(source, statement) {
    return {
        policy: source.name,
        kind: source.kind,
        ...(statement.sid === undefined ? {} : { sid: statement.sid }),
        index: statement.index,
        effect: statement.effect
    };
}
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
    absentPrefixes = [];
    /**
     * @param context known key values; a string for a single-valued key, an array for a multivalued one
     * @param absentKeys keys known to be missing from the request; an entry ending in `*` (e.g.
     *   `sts:*`) stands for every key with that prefix that `context` does not give a value
     * @throws TypeError when a value is neither a string nor an array of strings
     * @throws Error when a key is both given a value and listed as absent by name
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
            if (folded.endsWith('*')) {
                this.absentPrefixes.push(folded.slice(0, -1));
                continue;
            }
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
        if (this.absent.has(folded))
            return ABSENT;
        return this.absentPrefixes.some((prefix) => folded.startsWith(prefix)) ? ABSENT : UNKNOWN;
    }
}
/**
 * The request context AWS evaluates one of the job's requests in, as far as the action can know
 * it (global keys: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html):
 *
 * - `aws:CurrentTime` (ISO 8601, seconds) and `aws:EpochTime` (seconds) are `now`. Package
 *   clients send ReadFromRepository and PublishPackageVersion requests later in the job, so a
 *   condition that flips within the job's run can still differ.
 * - `aws:RequestedRegion` is the region, `aws:SecureTransport` is `true` (the SDK and every
 *   package client reach CodeArtifact over HTTPS).
 * - `aws:ViaAWSService` is `false` for the requests the step and its package clients send
 *   themselves (`codeartifact:*`); `sts:GetServiceBearerToken` is checked by CodeArtifact inside
 *   GetAuthorizationToken, so there it stays unknown.
 * - `aws:PrincipalIsAWSService` is `false` (the principal is a role or user), and
 *   `aws:PrincipalAccount`, `aws:userid`, `aws:PrincipalType`, `aws:username` (users) and
 *   `aws:PrincipalArn` (when verified) come from the caller.
 * - `codeartifact:*` requests carry no `sts:*` key, so those are absent (a negated operator on
 *   them is true there); the bearer-token request's own `sts:` keys come with the requirement.
 *
 * Keys that depend on the network (`aws:SourceIp`, `aws:SourceVpc`, \u2026), on the session
 * (`aws:PrincipalTag/*`, `aws:MultiFactorAuthPresent`, \u2026) or on the organization stay unknown.
 *
 * @param action the IAM action, e.g. `codeartifact:PublishPackageVersion`
 * @param now the instant to evaluate time conditions at
 */
function knownRequestContext(action, caller, region, now) {
    const context = {
        'aws:CurrentTime': now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'aws:EpochTime': String(Math.floor(now.getTime() / 1000)),
        'aws:RequestedRegion': region,
        'aws:SecureTransport': 'true',
        'aws:PrincipalIsAWSService': 'false',
        'aws:PrincipalAccount': caller.account,
        'aws:userid': caller.userId
    };
    if (caller.principalType !== undefined)
        context['aws:PrincipalType'] = caller.principalType;
    if (caller.userName !== undefined)
        context['aws:username'] = caller.userName;
    if (caller.principalArn !== undefined)
        context['aws:PrincipalArn'] = caller.principalArn;
    const isCodeArtifact = action.toLowerCase().startsWith('codeartifact:');
    if (isCodeArtifact)
        context['aws:ViaAWSService'] = 'false';
    return { context, absentKeys: isCodeArtifact ? ['sts:*'] : [] };
}

;// CONCATENATED MODULE: ./src/permissions/resource-sets.ts





const resource_sets_NOTHING = { any: [] };
/**
 * Evaluates identity policies (and a permissions boundary) for every ARN of `set` at once; the
 * request's `resource` is only how the set is written. See the module comment for the rules.
 *
 * @returns the folded decision (`allowed` only when every ARN is allowed; `explicit-deny` /
 *   `implicit-deny` when any ARN is denied, by the kind of the first denied part;
 *   `indeterminate` otherwise) with the set verdict in `resourceSet`
 * @throws Error when a policy document is malformed
 */
function evaluateResourceSet(request, set, policies, context) {
    // Parse every document first: a malformed one is an error, not a too-complex answer.
    const parsed = (source) => ({
        source,
        document: parseNamedPolicy(source)
    });
    const identity = policies.identity.map(parsed);
    const boundary = policies.permissionsBoundary === undefined ? undefined : [parsed(policies.permissionsBoundary)];
    try {
        const sets = [reachOf('identity-policy', identity, request, context)];
        if (boundary !== undefined) {
            sets.push(reachOf('permissions-boundary', boundary, request, context));
        }
        return decide(set.language, withoutStrangers(set.language, sets));
    }
    catch (error) {
        if (!(error instanceof pattern_language/* LanguageTooComplexError */.vJ))
            throw error;
        return {
            decision: 'indeterminate',
            matchedStatements: [],
            indeterminateKeys: [],
            boundary: boundary === undefined ? 'none' : 'indeterminate',
            resourceSet: {
                coverage: 'indeterminate',
                deniedParts: [],
                allowing: [],
                tooComplex: true
            }
        };
    }
}
/** Questions about languages, asked together in one exploration ({@link findMembers}). */
class Questions {
    expressions = [];
    /** Registers a question; the returned function reads its answer once {@link answer} ran. */
    member(expression) {
        const index = this.expressions.push(expression) - 1;
        return () => this.answers[index];
    }
    answers = [];
    answer() {
        this.answers = (0,pattern_language/* findMembers */.h8)(this.expressions);
    }
}
/** Drops the statements that reach no ARN of the set. */
function withoutStrangers(universe, sets) {
    const questions = new Questions();
    const reaches = sets.map((set) => ({
        set,
        allows: set.allows.map((reach) => questions.member({ all: [universe, reach.possible] })),
        denies: set.denies.map((reach) => questions.member({ all: [universe, reach.possible] }))
    }));
    questions.answer();
    return reaches.map(({ set, allows, denies }) => ({
        ...set,
        allows: set.allows.filter((_, index) => allows[index]() !== undefined),
        denies: set.denies.filter((_, index) => denies[index]() !== undefined)
    }));
}
function decide(universe, sets) {
    const within = (...parts) => ({
        all: [universe, ...parts]
    });
    const any = (reaches, pick) => ({
        any: reaches.map((reach) => reach[pick])
    });
    const allDenies = sets.flatMap((set) => set.denies);
    const surelyDenied = any(allDenies, 'definite');
    const unallowable = (set) => ({
        not: any(set.allows, 'possible')
    });
    const denied = { any: [surelyDenied, ...sets.map(unallowable)] };
    const allowed = {
        all: [{ not: any(allDenies, 'possible') }, ...sets.map((set) => any(set.allows, 'definite'))]
    };
    const questions = new Questions();
    const allowedExample = questions.member(within(allowed));
    const undecidedExample = questions.member(within({ not: denied }, { not: allowed }));
    const deniedExample = questions.member(within(denied));
    const allowing = sets.flatMap((set) => set.allows.map((allow) => ({
        allow,
        example: questions.member(within(allow.definite)),
        patterns: allow.patterns.map((pattern) => ({
            text: pattern.text,
            example: questions.member(within(allow.definite, pattern.language))
        }))
    })));
    const undecided = sets
        .flatMap((set) => [...set.denies, ...set.allows])
        .filter((reach) => reach.keys.length > 0)
        .map((reach) => ({
        reach,
        example: questions.member(within(reach.possible, { not: reach.definite }))
    }));
    const explicitParts = allDenies.map((deny) => ({
        deny,
        example: questions.member(within(deny.definite)),
        patterns: deny.patterns.map((pattern) => ({
            text: pattern.text,
            example: questions.member(within(deny.definite, pattern.language))
        }))
    }));
    const gaps = sets.map((set) => {
        const gap = within({ not: surelyDenied }, unallowable(set));
        return {
            set,
            example: questions.member(gap),
            // Allows whose NotResource list leaves part of the gap out: they explain it.
            leftOutBy: set.allows
                .filter((allow) => allow.element === 'NotResource')
                .map((allow) => ({
                allow,
                patterns: allow.patterns.map((pattern) => ({
                    text: pattern.text,
                    example: questions.member({ all: [gap, pattern.language] })
                }))
            }))
        };
    });
    const boundary = sets.find((set) => set.name === 'permissions-boundary');
    const boundaryQuestions = boundary && {
        denies: questions.member(within(any(boundary.denies, 'definite'))),
        fallsShort: questions.member(within(unallowable(boundary))),
        unsure: questions.member(within({
            not: { all: [any(boundary.allows, 'definite'), { not: any(boundary.denies, 'possible') }] }
        }))
    };
    questions.answer();
    const boundaryVerdict = boundaryQuestions === undefined
        ? 'none'
        : boundaryQuestions.denies() !== undefined
            ? 'explicit-deny'
            : boundaryQuestions.fallsShort() !== undefined
                ? 'implicit-deny'
                : boundaryQuestions.unsure() === undefined
                    ? 'allowed'
                    : 'indeterminate';
    const reaching = allowing.filter(({ example }) => example() !== undefined);
    const allowingStatements = reaching.map(({ allow }) => allow.ref);
    const allowingParts = reaching.map(({ allow, patterns }) => ({
        statement: allow.ref,
        // A NotResource Allow covers what is outside its list: name the list.
        patterns: patterns
            .filter((pattern) => allow.element === 'NotResource' || pattern.example() !== undefined)
            .map((pattern) => pattern.text),
        element: allow.element
    }));
    const examples = {
        ...(allowedExample() === undefined ? {} : { allowedExample: allowedExample() }),
        ...(undecidedExample() === undefined ? {} : { undecidedExample: undecidedExample() })
    };
    if (deniedExample() === undefined) {
        const coverage = undecidedExample() === undefined ? 'allowed' : 'indeterminate';
        const blocking = undecided
            .filter(({ example }) => example() !== undefined)
            .map(({ reach }) => reach);
        return {
            decision: coverage,
            matchedStatements: coverage === 'allowed' ? allowingStatements : blocking.map((r) => r.ref),
            indeterminateKeys: coverage === 'allowed' ? [] : dedupeKeys(blocking.flatMap((r) => r.keys)),
            boundary: boundaryVerdict,
            resourceSet: { coverage, deniedParts: [], allowing: allowingParts, ...examples }
        };
    }
    const deniedParts = [];
    for (const { deny, example, patterns } of explicitParts) {
        const found = example();
        if (found === undefined)
            continue;
        const notResource = deny.element === 'NotResource';
        deniedParts.push({
            decision: 'explicit-deny',
            statements: [deny.ref],
            // A NotResource Deny covers everything but its list: name the list.
            patterns: patterns
                .filter((pattern) => notResource || pattern.example() !== undefined)
                .map((pattern) => pattern.text),
            element: deny.element,
            example: found
        });
    }
    for (const { set, example, leftOutBy } of gaps) {
        const found = example();
        if (found === undefined)
            continue;
        const explaining = leftOutBy
            .map(({ allow, patterns }) => ({
            allow,
            patterns: patterns.filter((pattern) => pattern.example() !== undefined)
        }))
            .filter(({ patterns }) => patterns.length > 0);
        deniedParts.push({
            decision: 'implicit-deny',
            statements: explaining.map(({ allow }) => allow.ref),
            patterns: explaining.flatMap(({ patterns }) => patterns.map((pattern) => pattern.text)),
            element: explaining.length > 0 ? 'NotResource' : 'Resource',
            missingIn: set.name,
            example: found
        });
    }
    const coverage = examples.allowedExample === undefined && examples.undecidedExample === undefined
        ? 'denied'
        : 'partial';
    const decision = deniedParts[0]?.decision === 'explicit-deny' ? 'explicit-deny' : 'implicit-deny';
    return {
        decision,
        matchedStatements: decision === 'explicit-deny'
            ? deniedParts
                .filter((part) => part.decision === decision)
                .flatMap((part) => part.statements)
            : [],
        indeterminateKeys: [],
        boundary: boundaryVerdict,
        resourceSet: { coverage, deniedParts, allowing: allowingParts, ...examples }
    };
}
/**
 * The statements of one policy set that might apply to the request's action and context, with
 * the ARNs each surely and possibly covers.
 */
function reachOf(name, policies, request, context) {
    const reach = { name, allows: [], denies: [] };
    for (const { source, document } of policies) {
        const policyVariables = document.version === '2012-10-17';
        for (const statement of document.statements) {
            if (actionElementMatches(statement.action, request.action).kind === 'no-match')
                continue;
            const conditions = allOf(statement.conditions.map((clause) => evaluateCondition(clause, context, { policyVariables })));
            if (conditions.kind === 'no-match')
                continue;
            const resource = resourceElementLanguages(statement.resource, context, policyVariables);
            const keys = [...(conditions.kind === 'unknown' ? conditions.keys : []), ...resource.keys];
            const entry = {
                ref: statementRef(source, statement),
                effect: statement.effect,
                definite: conditions.kind === 'match' ? resource.definite : resource_sets_NOTHING,
                possible: resource.possible,
                keys: dedupeKeys(keys),
                element: statement.resource.element,
                patterns: resource.patterns
            };
            (statement.effect === 'Deny' ? reach.denies : reach.allows).push(entry);
        }
    }
    return reach;
}
const NOT_SLASH = (0,pattern_language/* noneOf */.kO)('/');
/** ARNs ending in `/<namespace>/<name>`, both non-empty. */
const NAMESPACED = pattern_language/* Language */.TM.of([
    { cls: pattern_language/* ANY_CHARACTER */.J, repeat: true },
    ...(0,pattern_language/* literalSteps */.Xc)('/'),
    { cls: NOT_SLASH, repeat: false },
    { cls: NOT_SLASH, repeat: true },
    ...(0,pattern_language/* literalSteps */.Xc)('/'),
    { cls: NOT_SLASH, repeat: false },
    { cls: NOT_SLASH, repeat: true }
]);
/**
 * One ARN of the set to ask IAM's simulator about when the set itself cannot be evaluated:
 * a shortest one with a namespace where the set has such ARNs (`\u2026/npm/x/x`), else a shortest
 * one (`\u2026/pypi//x`).
 *
 * @returns undefined for an empty set
 * @throws LanguageTooComplexError for a set too complex to explore
 */
function exampleOf(set) {
    const [namespaced, shortest] = (0,pattern_language/* findMembers */.h8)([{ all: [set.language, NAMESPACED] }, set.language]);
    return namespaced ?? shortest;
}

;// CONCATENATED MODULE: ./src/permissions/evaluator.ts







/**
 * Decides whether a principal's identity policies, narrowed by its permissions boundary, allow
 * one request \u2014 the identity-policy part of IAM's policy evaluation logic
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html and
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html). SCPs, RCPs,
 * session policies and resource-based policies are out of scope.
 *
 * 1. An explicit `Deny` in any identity policy or in the boundary wins: `explicit-deny`.
 * 2. Otherwise an identity-policy `Allow` is needed and, when a boundary is given, a boundary
 *    `Allow` too: `allowed`; missing either gives `implicit-deny`.
 * 3. A statement whose match depends on a request context key in neither `request.context` nor
 *    `request.absentKeys` (e.g. `aws:SourceIp`), or on an unresolvable policy variable, may or
 *    may not apply; it is never guessed, but the answer is given whenever every way those
 *    statements could go leads to the same verdict. Treating each such statement as free to
 *    apply or not (a superset of what the real key values allow, so every verdict given is
 *    sound): a definite `Deny` gives `explicit-deny`; otherwise a policy set (identity or
 *    boundary) without any `Allow` that might apply gives `implicit-deny`, whatever the `Deny`s
 *    that might apply do (they are listed in `conditionalDenies`); otherwise a `Deny` that might
 *    apply, or a policy set whose only `Allow`s might not apply, gives `indeterminate`, and
 *    `indeterminateKeys` lists the keys that blocked the verdict.
 * 4. With `request.resourceSet`, the same rules decide each ARN of the set, and the set is
 *    `allowed` only when every ARN is (see resource-sets.ts for the set algorithm).
 *
 * @param request the action, resource ARN (or '*'), known context values and known-absent keys
 * @param policies the identity policies attached to the principal (directly or via groups) and
 *   its optional permissions boundary; each `document` may be an object, JSON or URL-encoded JSON
 * @returns the decision, the statements that decided it, blocking keys, and the boundary verdict
 *   (for a resource set, also the set verdict: allowed, denied or partial ARNs, with examples)
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
    if (request.resourceSet !== undefined) {
        return evaluateResourceSet(request, request.resourceSet, policies, context);
    }
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
    if (sets.some((set) => set.definiteAllows.length === 0 && set.possibleAllows.length === 0)) {
        const denied = result('implicit-deny', [], [], boundaryVerdict);
        if (possibleDenies.length === 0)
            return denied;
        return {
            ...denied,
            conditionalDenies: possibleDenies.map(({ ref, keys }) => ({
                statement: ref,
                keys: dedupeKeys(keys)
            }))
        };
    }
    if (possibleDenies.length > 0) {
        return result('indeterminate', possibleDenies.map(({ ref }) => ref), possibleDenies.flatMap(({ keys }) => keys), boundaryVerdict);
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
    if (set.definiteAllows.length === 0 && set.possibleAllows.length === 0)
        return 'implicit-deny';
    if (set.possibleDenies.length > 0)
        return 'indeterminate';
    return set.definiteAllows.length > 0 ? 'allowed' : 'indeterminate';
}
function result(decision, matchedStatements, indeterminateKeys, boundary) {
    return { decision, matchedStatements, indeterminateKeys: dedupeKeys(indeterminateKeys), boundary };
}

// EXTERNAL MODULE: ./src/permissions/principal-policies.ts
var principal_policies = __webpack_require__(4521);
;// CONCATENATED MODULE: ./src/permissions/similar-names.ts


/*
 * "Did you mean \u2026": AWS refuses a domain or repository its policies do not name before it looks
 * the name up, so a misspelled input reads as a missing permission. The identity policies say
 * which names the principal may use; a similar one is the likely intent. Loaded with the check
 * (the IAM client), only on the failure path.
 */
/** The edit distance of two names (insertions, deletions, substitutions, swaps of neighbours). */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}
/** Whether `candidate` looks like a misspelling of `given` (or the other way round). */
function similar(given, candidate) {
    if (given === candidate)
        return false;
    if (given.toLowerCase() === candidate.toLowerCase())
        return true;
    return distance(given, candidate) <= Math.max(2, Math.floor(given.length / 4));
}
const NAMED_RESOURCE = /^(arn:[^:]+:codeartifact:[^:]*:[0-9]{12}:)(domain|repository)\/(.+)$/;
/**
 * For a refused codeartifact action on a domain or repository the identity policies do not name:
 * the similar names they do allow it on ("did you mean \u2026"), read from the identity policies.
 * Needs the policy reads (iam:ListRolePolicies \u2026); returns nothing when they are denied.
 *
 * @returns the other names the identity policies allow the action on, most similar first
 */
async function similarNames(iam, entity, denied) {
    const match = denied.resource ? NAMED_RESOURCE.exec(denied.resource) : null;
    if (!match)
        return undefined;
    const [, prefix, kind, path] = match;
    let policies;
    try {
        policies = await (0,principal_policies/* readIdentityPolicies */.z)(iam, entity);
    }
    catch {
        return undefined;
    }
    const given = kind === 'domain' ? path : path.slice(path.indexOf('/') + 1);
    const candidates = new Set();
    for (const source of policies.identity) {
        let statements;
        try {
            statements = parsePolicyDocument(source.document).statements;
        }
        catch {
            continue;
        }
        for (const statement of statements) {
            if (statement.effect !== 'Allow' || statement.resource.element !== 'Resource')
                continue;
            for (const pattern of statement.resource.patterns) {
                const found = NAMED_RESOURCE.exec(pattern);
                if (!found || found[2] !== kind || /[*?]/.test(found[3]))
                    continue;
                const name = kind === 'domain' ? found[3] : found[3].slice(found[3].indexOf('/') + 1);
                if (kind === 'repository' && !found[3].startsWith(`${path.split('/')[0]}/`))
                    continue;
                if (similar(given, name))
                    candidates.add(name);
            }
        }
    }
    const allowed = [...candidates].filter((name) => evaluateIdentityPolicies({
        action: denied.action,
        resource: `${prefix}${kind}/${kind === 'domain' ? name : `${path.split('/')[0]}/${name}`}`,
        context: {}
    }, { identity: policies.identity }).decision === 'allowed');
    if (allowed.length === 0)
        return undefined;
    allowed.sort((a, b) => distance(given, a) - distance(given, b));
    return { kind: kind, given, names: allowed };
}

// EXTERNAL MODULE: ./src/aws/errors.ts
var errors = __webpack_require__(9378);
// EXTERNAL MODULE: ./src/permissions/requirements.ts
var requirements = __webpack_require__(6618);
;// CONCATENATED MODULE: ./src/permissions/simulation.ts


/**
 * IAM types of the context keys the action sends that are not strings (the global condition
 * keys' types: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html);
 * every other key is sent as a string (list).
 */
const KEY_TYPES = {
    'sts:durationseconds': 'numeric',
    'aws:currenttime': 'date',
    'aws:epochtime': 'numeric',
    'aws:securetransport': 'boolean',
    'aws:viaawsservice': 'boolean',
    'aws:principalisawsservice': 'boolean'
};
function contextEntries(context) {
    return Object.entries(context).map(([key, value]) => {
        const values = typeof value === 'string' ? [value] : value;
        const type = KEY_TYPES[key.toLowerCase()] ?? 'string';
        const list = typeof value !== 'string';
        return {
            ContextKeyName: key,
            ContextKeyValues: values,
            ContextKeyType: `${type}${list ? 'List' : ''}`
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
 * @returns decisions aligned with `requests`, or `available: false` with the failure when the
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
        const status = (0,errors/* httpStatus */.nG)(error);
        return {
            available: false,
            failure: {
                kind: 'error',
                accessDenied: (0,errors/* isAccessDenied */.w7)(error),
                error: (0,errors/* errorSummary */.N5)(error),
                ...(status === undefined ? {} : { httpStatus: status })
            }
        };
    }
    const decisions = [];
    for (const request of requests) {
        const answer = answers.get(JSON.stringify([request.action.toLowerCase(), request.resource, request.context]));
        if (answer === undefined) {
            return {
                available: false,
                failure: { kind: 'no-result', action: request.action, resource: request.resource }
            };
        }
        decisions.push(answer);
    }
    return { available: true, decisions };
}

;// CONCATENATED MODULE: ./src/permissions/identity-decision.ts







/** What the action knows about the caller, for the request context. */
function callerFacts(caller, entity) {
    return {
        account: caller.account,
        userId: caller.userId,
        ...(caller.principal.kind === 'assumed-role' ? { principalType: 'AssumedRole' } : {}),
        ...(caller.principal.kind === 'user'
            ? { principalType: 'User', userName: caller.principal.userName }
            : {}),
        ...(entity?.verified ? { principalArn: entity.arn } : {})
    };
}
/**
 * The authorization request for one permission: the context AWS evaluates it in as far as the
 * action knows it (request-context.ts `knownRequestContext`: time, region, transport, caller,
 * `sts:*` absent from CodeArtifact requests), the permission's own keys over it, and for a
 * permission about many ARNs, the set.
 */
function requestFor(permission, facts) {
    const known = knownRequestContext(permission.action, facts.caller, facts.region, facts.now);
    const resourceSet = (0,requirements/* resourceSetOf */.K1)(permission);
    return {
        action: permission.action,
        resource: permission.resource,
        ...(resourceSet === undefined ? {} : { resourceSet }),
        context: { ...known.context, ...permission.context },
        absentKeys: known.absentKeys
    };
}
/**
 * Decides each permission from the caller's identity policies: resolves the role or user
 * (iam:GetRole / iam:GetUser), asks iam:SimulatePrincipalPolicy, and when that is refused or
 * unavailable reads the policies and evaluates them locally. A permission about a set of ARNs
 * (every package the job may publish) is always evaluated locally: the simulator reads a
 * wildcard ARN as literal text, so it would answer for one odd ARN, not for the set. An
 * implicitly denied sts:GetServiceBearerToken is probed once more without sts:AWSServiceName to
 * find a grant written for another service.
 *
 * @param region the region the requests go to (`aws:RequestedRegion`)
 * @param now the instant time conditions are evaluated at
 * @returns one answer per permission (`unknown` with the reason when nothing could be read);
 *   never throws for AWS errors
 * @throws Error when a policy document is malformed
 */
async function checkIdentitySide(iam, caller, permissions, region, now = new Date()) {
    const unknownAll = (reason, entity) => ({
        ...(entity ? { entity } : {}),
        answers: permissions.map(() => ({
            decision: 'unknown',
            method: 'none',
            reasons: [reason],
            boundary: 'unknown'
        })),
        facts: { caller: callerFacts(caller, entity), region, now },
        notes: []
    });
    let resolution;
    try {
        resolution = await (0,principal_policies/* resolveEntity */.C)(iam, caller);
    }
    catch (error) {
        return unknownAll({ kind: 'entity-lookup-failed', error: (0,errors/* errorSummary */.N5)(error) });
    }
    if (resolution.entity === undefined) {
        return unknownAll({ kind: 'entity-unresolved', why: resolution.reason });
    }
    const entity = resolution.entity;
    const facts = { caller: callerFacts(caller, entity), region, now };
    const requests = permissions.map((permission) => requestFor(permission, facts));
    const notes = [];
    if (!entity.verified)
        notes.push({ kind: 'role-path-assumed', roleArn: entity.arn });
    // The simulator answers for single ARNs: sets are left to the local evaluation.
    const simulated = requests.flatMap((request, index) => request.resourceSet === undefined ? [index] : []);
    const simulation = simulated.length === 0
        ? { available: true, decisions: [] }
        : await simulatePrincipalPolicy(iam, entity.arn, simulated.map((index) => requests[index]));
    if (!simulation.available)
        notes.push({ kind: 'simulation-unavailable', failure: simulation.failure });
    const needsPolicies = !simulation.available || simulated.length < requests.length;
    let policies;
    let readError;
    if (needsPolicies) {
        try {
            policies = await (0,principal_policies/* readIdentityPolicies */.z)(iam, entity);
        }
        catch (error) {
            readError = (0,errors/* errorSummary */.N5)(error);
        }
    }
    if (!simulation.available && policies === undefined) {
        const reason = {
            kind: 'iam-unreadable',
            entityArn: entity.arn,
            error: readError ?? 'unknown error'
        };
        return { ...unknownAll(reason, entity), notes };
    }
    const answers = requests.map((request, index) => {
        const position = simulated.indexOf(index);
        if (simulation.available && position !== -1) {
            return fromSimulation(simulation.decisions[position], entity);
        }
        if (policies !== undefined)
            return fromLocalEvaluation(request, policies);
        return {
            decision: 'unknown',
            method: 'none',
            reasons: [{ kind: 'resource-set-unreadable', error: readError ?? 'unknown error' }],
            boundary: 'unknown'
        };
    });
    if (simulation.available && policies === undefined) {
        await decideSetsBySample(iam, entity, requests, answers);
    }
    if (simulation.available) {
        await explainBearerTokenNearMiss(permissions, requests, answers, async (request) => {
            const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
            if (answers[index]?.boundary === 'denies')
                return undefined;
            const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request]);
            // The simulator does not say which statement: the mismatch is named without one.
            return rerun.available && rerun.decisions[0].missingContextKeys.some(isServiceNameKey)
                ? []
                : undefined;
        });
    }
    else if (policies !== undefined) {
        const read = policies;
        await explainBearerTokenNearMiss(permissions, requests, answers, async (request, original) => nearMissLocally(request, original, read));
    }
    const read = policies;
    const anyService = await grantsAnyService(permissions, requests, answers, async (request) => {
        if (read !== undefined) {
            return evaluateIdentityPolicies(request, { identity: read.identity }).decision === 'allowed';
        }
        const rerun = await simulatePrincipalPolicy(iam, entity.arn, [request]);
        return rerun.available && rerun.decisions[0].decision === 'allowed';
    });
    if (anyService) {
        const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
        const statement = read !== undefined ? answers[index]?.statement : undefined;
        notes.push({ kind: 'bearer-grant-any-service', ...(statement ? { statement } : {}) });
    }
    return { entity, answers, facts, notes };
}
/** A service name that names no real service: a grant that allows it allows every service. */
const ANY_OTHER_SERVICE = 'no-such-service.amazonaws.com';
/**
 * Whether the Allow behind an allowed sts:GetServiceBearerToken also allows it for another
 * service: then it lacks the `sts:AWSServiceName` condition and covers bearer tokens for every
 * service (CodeArtifact's, ECR Public's, \u2026).
 * https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html
 */
async function grantsAnyService(permissions, requests, answers, allows) {
    const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
    if (index === -1 || answers[index].decision !== 'allowed')
        return false;
    const request = requests[index];
    return allows({
        ...request,
        context: { ...request.context, 'sts:AWSServiceName': ANY_OTHER_SERVICE }
    });
}
/**
 * For sets the identity policies could not be read to evaluate: asks the simulator about one
 * package ARN of each. A denied one shows the set denied, in part at least (the answer then
 * names the ARN); an allowed one shows nothing about the rest, so the answer stays unknown.
 */
async function decideSetsBySample(iam, entity, requests, answers) {
    const samples = requests.flatMap((request, index) => {
        const unreadable = answers[index].reasons.some((reason) => reason.kind === 'resource-set-unreadable');
        const example = unreadable && request.resourceSet ? exampleOf(request.resourceSet) : undefined;
        if (example === undefined)
            return [];
        const { resourceSet: _set, ...single } = request;
        return [{ index, example, request: { ...single, resource: example } }];
    });
    if (samples.length === 0)
        return;
    const simulation = await simulatePrincipalPolicy(iam, entity.arn, samples.map(({ request }) => request));
    if (!simulation.available)
        return;
    samples.forEach(({ index, example }, position) => {
        const sampled = fromSimulation(simulation.decisions[position], entity);
        if (sampled.decision !== 'explicit-deny' && sampled.decision !== 'implicit-deny')
            return;
        answers[index] = {
            ...sampled,
            reasons: [...sampled.reasons, { kind: 'resource-set-sampled', example }]
        };
    });
}
function isServiceNameKey(key) {
    return key.toLowerCase() === 'sts:awsservicename';
}
/**
 * For an implicitly denied sts:GetServiceBearerToken, looks for an Allow that names it under a
 * condition on sts:AWSServiceName for another service, and adds that to the reasons.
 */
async function explainBearerTokenNearMiss(permissions, requests, answers, probe) {
    const index = permissions.findIndex((permission) => permission.action === requirements/* BEARER_TOKEN_ACTION */.fh);
    if (index === -1 || answers[index].decision !== 'implicit-deny')
        return;
    const context = Object.fromEntries(Object.entries(requests[index].context).filter(([key]) => !isServiceNameKey(key)));
    const found = await probe({ ...requests[index], context }, requests[index]);
    if (found !== undefined) {
        answers[index].reasons.push({ kind: 'service-name-mismatch', statements: found });
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
    const mismatches = probe.matchedStatements
        .filter((ref) => ref.effect === 'Allow')
        .map((ref) => {
        // The evaluator has parsed every document already, so this cannot throw.
        const source = policies.identity.find((policy) => policy.name === ref.policy);
        const statement = source && parsePolicyDocument(source.document).statements[ref.index];
        const condition = (statement?.conditions ?? [])
            .filter((clause) => isServiceNameKey(clause.key))
            .map((clause) => `${clause.operator.name} ${clause.key} = ${clause.values.join(' | ')}`)
            .join(' and ');
        return {
            statement: {
                policy: ref.policy,
                kind: ref.kind,
                ...(ref.sid === undefined ? {} : { sid: ref.sid }),
                index: ref.index
            },
            condition
        };
    });
    return mismatches.length > 0 ? mismatches : undefined;
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
            reasons: [{ kind: 'context-unknown', keys: decision.missingContextKeys }]
        };
    }
    if (decision.decision === 'implicit-deny' && boundary === 'denies') {
        return { ...base, decision: 'implicit-deny', reasons: [{ kind: 'boundary-denies' }] };
    }
    if (decision.allowedByOrganizations === false) {
        return { ...base, decision: decision.decision, reasons: [{ kind: 'scp-denies' }] };
    }
    return { ...base, decision: decision.decision, reasons: [] };
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
    const set = evaluation.resourceSet;
    if (set?.coverage === 'partial') {
        return { ...base, decision: 'partial', reasons: [], parts: resourceParts(set) };
    }
    if (set?.tooComplex) {
        return { ...base, decision: 'unknown', reasons: [{ kind: 'resource-set-too-complex' }] };
    }
    switch (evaluation.decision) {
        case 'allowed':
            if (policies.boundaryUnknown) {
                return { ...base, decision: 'unknown', reasons: [{ kind: 'boundary-unreadable' }] };
            }
            return { ...base, decision: 'allowed', reasons: [] };
        case 'explicit-deny':
            return { ...base, decision: 'explicit-deny', reasons: [] };
        case 'implicit-deny': {
            if (boundary === 'denies') {
                const identityOnly = evaluateIdentityPolicies(request, { identity: policies.identity });
                return {
                    ...base,
                    decision: 'implicit-deny',
                    reasons: [
                        {
                            kind: 'boundary-denies',
                            identityAllows: identityOnly.decision === 'allowed',
                            ...(policies.permissionsBoundary
                                ? { boundary: policies.permissionsBoundary.name }
                                : {})
                        }
                    ]
                };
            }
            return { ...base, decision: 'implicit-deny', reasons: [] };
        }
        default:
            return {
                ...base,
                decision: 'unknown',
                reasons: [{ kind: 'context-unknown', keys: evaluation.indeterminateKeys }]
            };
    }
}
/**
 * The parts of a partly allowed resource set: what each allowing statement covers, then each
 * denied part with what denies it.
 */
function resourceParts(set) {
    const decidingStatement = (ref) => ({
        policy: ref.policy,
        kind: ref.kind,
        ...(ref.sid === undefined ? {} : { sid: ref.sid }),
        index: ref.index
    });
    return [
        ...set.allowing.map((allow) => ({
            decision: 'allowed',
            resources: allow.patterns,
            ...(allow.element === 'NotResource' ? { outside: true } : {}),
            statements: [decidingStatement(allow.statement)]
        })),
        ...set.deniedParts.map((part) => ({
            decision: part.decision,
            resources: part.patterns,
            ...(part.decision === 'explicit-deny' && part.element === 'NotResource'
                ? { outside: true }
                : {}),
            statements: part.statements.map(decidingStatement),
            example: part.example
        }))
    ];
}
/** A permission's result from the identity side alone, with where a fix must go. */
function fromIdentity(permission, identity) {
    const identityAllows = identity.reasons.some((reason) => reason.kind === 'boundary-denies' && reason.identityAllows === true);
    const lacksAllow = identity.decision === 'implicit-deny' ||
        (identity.parts ?? []).some((part) => part.decision === 'implicit-deny');
    const missingIn = lacksAllow
        ? identity.boundary === 'denies'
            ? identityAllows
                ? ['permissions-boundary']
                : ['identity-policy', 'permissions-boundary']
            : ['identity-policy']
        : [];
    return {
        permission,
        decision: identity.decision,
        method: identity.method,
        ...(identity.statement ? { statement: identity.statement } : {}),
        reasons: [...identity.reasons],
        ...(missingIn.length > 0 ? { missingIn } : {}),
        ...(identity.parts ? { parts: identity.parts } : {})
    };
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codeartifact/dist-cjs/index.js
var client_codeartifact_dist_cjs = __webpack_require__(3380);
;// CONCATENATED MODULE: ./src/permissions/resource-policies.ts




function unreadable(kind, name, error) {
    if ((0,errors/* isErrorNamed */.Yc)(error, 'ResourceNotFound'))
        return { state: 'none', kind, name };
    return { state: 'unreadable', kind, name, error: (0,errors/* errorSummary */.N5)(error) };
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
        return unreadable('domain', target.domain, error);
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
        return unreadable('repository', target.repository, error);
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
    const verdict = {
        denies: [],
        allows: [],
        partialDenies: [],
        partialAllows: [],
        undecided: []
    };
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
        const set = result.resourceSet;
        // Alone, a statement covers part of a set at most: the rest is implicitly denied.
        const reachesPart = set?.deniedParts.some((part) => part.decision === 'implicit-deny');
        if (result.decision === 'explicit-deny' && set !== undefined && reachesPart) {
            for (const part of set.deniedParts.filter((each) => each.decision === 'explicit-deny')) {
                verdict.partialDenies.push({
                    ref,
                    patterns: part.patterns,
                    outside: part.element === 'NotResource',
                    example: part.example
                });
            }
        }
        else if (result.decision === 'explicit-deny')
            verdict.denies.push(ref);
        else if (result.decision === 'allowed')
            verdict.allows.push(ref);
        else if (set?.coverage === 'partial' && effect === 'Allow')
            verdict.partialAllows.push(ref);
        else if (result.decision === 'indeterminate') {
            verdict.undecided.push({ ref, keys: result.indeterminateKeys });
        }
        else if (result.conditionalDenies !== undefined) {
            // A lone Deny that may apply: implicitly denied on its own, but undecided here.
            verdict.undecided.push({ ref, keys: result.conditionalDenies.flatMap(({ keys }) => keys) });
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
 * Reads each distinct domain policy and each repository policy once, in parallel (a target
 * without a repository: its domain's policy only).
 *
 * @returns the reads keyed `domain:<owner>/<domain>` and `repository:<owner>/<domain>/<repository>`; never throws
 */
async function readResourcePolicies(client, targets) {
    const reads = new Map();
    for (const target of targets) {
        const domainKey = `domain:${target.domainOwner}/${target.domain}`;
        if (!reads.has(domainKey))
            reads.set(domainKey, readDomainPolicy(client, target));
        if (target.repository === undefined)
            continue;
        const repository = { ...target, repository: target.repository };
        const repositoryKey = `repository:${target.domainOwner}/${target.domain}/${target.repository}`;
        if (!reads.has(repositoryKey))
            reads.set(repositoryKey, readRepositoryPolicy(client, repository));
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
function combineWithResourcePolicies(permission, identity, policies, principal, facts, callerAccount) {
    const request = requestFor(permission, facts);
    const sameAccount = permission.target.domainOwner === callerAccount;
    const denies = [];
    const allows = [];
    /** For a resource set: what resource-policy Denies take out of it, and Allows of part of it. */
    const partialDenies = [];
    const partialAllows = [];
    /** Keys that Allow statements of the resource policies depend on. */
    const undecided = [];
    /** Keys that Deny statements of the resource policies depend on. */
    const undecidedDenies = [];
    /** Why a resource policy could not be taken into account. */
    const unreadable = [];
    /** Grants to the role ARN (or everyone) that a permissions boundary limits. */
    const boundaryLimited = [];
    for (const policy of policies) {
        if (policy.state === 'unreadable') {
            unreadable.push({
                kind: 'resource-policy-unreadable',
                policy: policy.kind,
                error: policy.error
            });
            continue;
        }
        if (policy.state === 'none')
            continue;
        let verdict;
        try {
            verdict = evaluateResourcePolicy(policy, request, principal);
        }
        catch (error) {
            unreadable.push({
                kind: 'resource-policy-malformed',
                policy: policy.kind,
                error: (0,errors/* errorSummary */.N5)(error)
            });
            continue;
        }
        denies.push(...verdict.denies);
        partialDenies.push(...verdict.partialDenies);
        // As for whole grants: in the owner's account, a grant to the account only delegates.
        partialAllows.push(...verdict.partialAllows.filter((ref) => !sameAccount || ref.principal !== 'account'));
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
            (ref.effect === 'Deny' ? undecidedDenies : undecided).push(...keys);
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
            reasons: [{ kind: 'resource-deny-undecided', keys: undecidedDenies }]
        };
    const undecidedAllows = undecided.length > 0 ? [{ kind: 'resource-allow-undecided', keys: undecided }] : [];
    if (identity.decision === 'explicit-deny') {
        return {
            ...base,
            decision: 'explicit-deny',
            method: identity.method,
            ...(identity.statement ? { statement: identity.statement } : {}),
            reasons: []
        };
    }
    if (denies.length > 0) {
        return {
            ...base,
            decision: 'explicit-deny',
            method: methodOf(denies[0]),
            statement: resourceStatement(denies[0]),
            reasons: []
        };
    }
    // A resource set with ARNs explicitly denied (by either side) is denied in part at least.
    const explicitParts = [
        ...(identity.parts ?? []).filter((part) => part.decision === 'explicit-deny'),
        ...partialDenies.map((deny) => ({
            decision: 'explicit-deny',
            resources: deny.patterns,
            ...(deny.outside ? { outside: true } : {}),
            statements: [resourceStatement(deny.ref)],
            example: deny.example
        }))
    ];
    if (explicitParts.length > 0) {
        const identityParts = (identity.parts ?? []).filter((part) => part.decision !== 'explicit-deny');
        return {
            ...base,
            decision: 'partial',
            method: partialDenies.length > 0 ? methodOf(partialDenies[0].ref) : identity.method,
            reasons: [],
            parts: [...identityParts, ...explicitParts]
        };
    }
    // An Allow of part of a set next to an identity side that does not allow all of it: which
    // ARNs the two cover together is not worked out here.
    const setCoveredInPart = partialAllows.length > 0 &&
        allows.length === 0 &&
        (!sameAccount || identity.decision !== 'allowed');
    if (setCoveredInPart) {
        return {
            ...base,
            decision: 'unknown',
            method: methodOf(partialAllows[0]),
            statement: resourceStatement(partialAllows[0]),
            reasons: [...identity.reasons, { kind: 'resource-grants-part' }]
        };
    }
    if (sameAccount) {
        if (identity.decision === 'allowed') {
            return allowed({
                ...base,
                decision: 'allowed',
                method: identity.method,
                ...(identity.statement ? { statement: identity.statement } : {}),
                reasons: []
            });
        }
        if (allows.length > 0) {
            return allowed({
                ...base,
                decision: 'allowed',
                method: methodOf(allows[0]),
                statement: resourceStatement(allows[0]),
                reasons: identity.decision === 'implicit-deny' ? [{ kind: 'granted-by-resource-policy' }] : []
            });
        }
        if (boundaryLimited.length > 0 && identity.boundary === 'denies') {
            return {
                ...base,
                decision: 'implicit-deny',
                method: methodOf(boundaryLimited[0]),
                statement: resourceStatement(boundaryLimited[0]),
                reasons: [{ kind: 'resource-grant-limited-by-boundary', boundary: 'denies' }],
                missingIn: ['permissions-boundary']
            };
        }
        if (boundaryLimited.length > 0) {
            unreadable.push({ kind: 'resource-grant-limited-by-boundary', boundary: 'unknown' });
        }
        if (undecided.length > 0 || unreadable.length > 0) {
            const identityReasons = identity.decision === 'implicit-deny' ? [{ kind: 'no-identity-allow' }] : identity.reasons;
            return {
                ...base,
                decision: 'unknown',
                method: identity.method,
                reasons: [...identityReasons, ...unreadable, ...undecidedAllows]
            };
        }
        return fromIdentity(permission, identity);
    }
    // Across accounts, the identity policy and the domain owner's resource policy must both allow.
    if (identity.decision !== 'allowed') {
        const result = fromIdentity(permission, identity);
        if (result.decision === 'implicit-deny') {
            result.reasons.push({ kind: 'cross-account-identity-needed' });
        }
        return result;
    }
    if (allows.length > 0) {
        return allowed({
            ...base,
            decision: 'allowed',
            method: methodOf(allows[0]),
            statement: resourceStatement(allows[0]),
            reasons: [{ kind: 'cross-account-both-allow' }]
        });
    }
    const domainOwner = permission.target.domainOwner;
    if (undecided.length > 0 || unreadable.length > 0) {
        return {
            ...base,
            decision: 'unknown',
            method: identity.method,
            reasons: [
                { kind: 'cross-account-resource-unknown', domainOwner },
                ...unreadable,
                ...undecidedAllows
            ]
        };
    }
    return {
        ...base,
        decision: 'implicit-deny',
        method: 'domain-policy',
        reasons: [{ kind: 'cross-account-resource-denies', domainOwner }],
        missingIn: ['domain-policy']
    };
}

// EXTERNAL MODULE: ./src/permissions/results.ts
var permissions_results = __webpack_require__(4558);
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
    const notes = [{ kind: 'invisible-policies' }];
    const packages = await publishedPackages(parameters, notes);
    const permissions = (0,requirements/* requiredPermissions */.kx)({
        targets,
        access,
        partition: caller.partition,
        region,
        durationSeconds,
        ...(packages.length > 0 ? { packages } : {})
    }).filter(parameters.only ?? (() => true));
    const iam = clients.iam ?? (clients.wrap ?? ((client) => client))(new dist_cjs/* IAMClient */.h8v((0,aws_clients/* clientConfig */.y)(region)));
    const warnings = [];
    const [identitySide, resourceSide] = await Promise.all([
        checkIdentitySide(iam, caller, permissions, region),
        readResourcePolicies(clients.codeartifact, parameters.only ? permissions.map((permission) => permission.target) : targets)
    ]);
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
    const traps = [];
    for (const policy of resourceSide.values()) {
        if (policy.state !== 'read')
            continue;
        const statements = bearerTokenGrants(policy);
        if (statements.length === 0)
            continue;
        const trap = { policy: policy.kind, name: policy.name, statements };
        warnings.push({
            kind: 'bearer-grant-in-resource-policy',
            ...trap,
            ...(identitySide.entity
                ? { holder: { kind: identitySide.entity.kind, arn: identitySide.entity.arn } }
                : {})
        });
        traps.push({ kind: 'bearer-grant-in-resource-policy', ...trap });
    }
    const results = permissions.map((permission, index) => {
        const identity = identitySide.answers[index];
        if (permission.grantableBy === 'identity-policy') {
            const result = fromIdentity(permission, identity);
            if (permission.action === requirements/* BEARER_TOKEN_ACTION */.fh)
                result.reasons.push(...traps);
            return result;
        }
        return combineWithResourcePolicies(permission, identity, relevantPolicies(permission, resourceSide), principal, identitySide.facts, caller.account);
    });
    return {
        basis: 'preflight',
        verdict: (0,permissions_results/* verdictOf */.Vj)(results),
        callerArn: caller.arn,
        ...(identitySide.entity
            ? { entityArn: identitySide.entity.arn, entityKind: identitySide.entity.kind }
            : {}),
        results,
        warnings,
        notes
    };
}
/**
 * The deep diagnosis of a refused request: the same check, run once after AWS refused, plus, for
 * a refused domain or repository the identity policies do not name, the similar names they do
 * allow the action on ("did you mean \u2026", from the policy reads). Its IAM calls may themselves be
 * denied: that makes parts unknown, never an error.
 *
 * @throws Error when a policy document is malformed beyond reading
 */
async function diagnose(clients, parameters, denied) {
    const iam = clients.iam ??
        (clients.wrap ?? ((client) => client))(new dist_cjs/* IAMClient */.h8v((0,aws_clients/* clientConfig */.y)(parameters.region)));
    const report = await checkPermissions({ ...clients, iam }, parameters);
    const read = report.results.every((result) => result.method !== 'none');
    if (!read || report.entityArn === undefined || report.entityKind === undefined)
        return { report };
    const similar = await similarNames(iam, {
        kind: report.entityKind,
        name: report.entityArn.slice(report.entityArn.lastIndexOf('/') + 1),
        arn: report.entityArn,
        verified: true
    }, denied);
    return similar ? { report, similar } : { report };
}
/**
 * For a publishing job with a workspace: the packages its manifests name, for the formats its
 * clients publish, with a note on what was found and what was skipped. Loads the manifest
 * parsers only then.
 */
async function publishedPackages(parameters, notes) {
    const formats = [...new Set(parameters.targets.flatMap((target) => target.formats ?? []))];
    if (parameters.access !== 'publish' ||
        parameters.workspace === undefined ||
        formats.length === 0) {
        return [];
    }
    const { readWorkspacePackages } = await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(351), __webpack_require__.e(118)]).then(__webpack_require__.bind(__webpack_require__, 8118));
    const found = readWorkspacePackages(parameters.workspace, formats);
    if (found.packages.length > 0) {
        notes.push({
            kind: 'published-packages',
            packages: found.packages.map((each) => ({
                name: each.displayName,
                format: each.coordinates.format,
                manifest: each.manifest
            }))
        });
    }
    for (const skipped of found.skipped)
        notes.push({ kind: 'manifest-skipped', ...skipped });
    return found.packages;
}


/***/ }),

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


/***/ })

};
