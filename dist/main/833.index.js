export const id = 833;
export const ids = [833];
export const modules = {

/***/ 5025:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ packageSetLanguage),
/* harmony export */   V4: () => (/* binding */ packageSetPattern),
/* harmony export */   ep: () => (/* binding */ packageCoordinates),
/* harmony export */   pp: () => (/* binding */ exactPackageArn),
/* harmony export */   ul: () => (/* binding */ describePackagePattern)
/* harmony export */ });
/* unused harmony export PACKAGE_FORMATS */
/* harmony import */ var _pattern_language_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9901);

const WHITESPACE = ' \t\n\u000b\f\r';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
/**
 * The characters a namespace or name of each format can hold in an ARN, after normalisation.
 * Sources: npm new package names are lowercase URL-safe without `~'!()*`
 * (https://github.com/npm/validate-npm-package-name); Maven coordinates `[A-Za-z0-9_.-]`
 * (Maven's model validator); PEP 503 normalised Python names `[a-z0-9-]`; NuGet IDs
 * `[A-Za-z0-9._-]` lowercased; crates.io names `[A-Za-z0-9_-]`; RubyGems names `[A-Za-z0-9._-]`;
 * Swift scopes and names lowercased `[a-z0-9._-]`; generic packages CodeArtifact's own
 * `[^#/\s]+` (API PackageDescription).
 */
const NAME_CHARACTERS = {
    npm: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${DIGITS}._-`),
    maven: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${UPPER}${DIGITS}._-`),
    pypi: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${DIGITS}-`),
    nuget: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${DIGITS}._-`),
    cargo: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${UPPER}${DIGITS}_-`),
    ruby: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${UPPER}${DIGITS}._-`),
    swift: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .oneOf */ .yL)(`${LOWER}${DIGITS}._-`),
    generic: (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .noneOf */ .kO)(`#/${WHITESPACE}`)
};
/** Whether a package of the format has a namespace: never, optionally, or always. */
const NAMESPACE = {
    npm: 'optional',
    maven: 'required',
    pypi: 'none',
    nuget: 'none',
    cargo: 'none',
    ruby: 'none',
    swift: 'required',
    generic: 'optional'
};
const PACKAGE_FORMATS = Object.keys(NAMESPACE);
/**
 * The formats the action's clients publish: every format but `generic`, which no package client
 * publishes (it is uploaded with the CodeArtifact API). "Every package" means these.
 */
const CLIENT_FORMATS = PACKAGE_FORMATS.filter((format) => format !== 'generic');
/** CodeArtifact's length limit on names and namespaces (API PackageDescription: 1\u2013255). */
const MAX_NAME_LENGTH = 255;
/**
 * Applies CodeArtifact's namespace and name rules to what a manifest declares.
 *
 * @returns the coordinates, or `{invalid}` with the reason when the declared name cannot be a
 *   package of that format (e.g. an npm name `@scope` without a `/name`, characters outside the
 *   format's set)
 */
function packageCoordinates(declared) {
    const { format } = declared;
    let namespace;
    let name = declared.name.trim();
    switch (format) {
        case 'npm': {
            const scoped = /^@([^/]+)\/([^/]+)$/.exec(name);
            if (name.startsWith('@') && scoped === null) {
                return { invalid: `the npm name ${JSON.stringify(name)} is not @scope/name` };
            }
            if (scoped !== null)
                [, namespace, name] = scoped;
            break;
        }
        case 'maven':
            namespace = declared.group?.trim();
            break;
        case 'pypi':
            name = name.toLowerCase().replace(/[-_.]+/g, '-');
            break;
        case 'nuget':
            name = name.toLowerCase();
            break;
        case 'swift':
            name = name.toLowerCase();
            namespace = declared.group?.trim().toLowerCase();
            break;
        default:
            break;
    }
    if (NAMESPACE[format] === 'required' && (namespace === undefined || namespace === '')) {
        return { invalid: `a ${format} package needs a namespace` };
    }
    for (const [what, text] of [
        ['name', name],
        ['namespace', namespace]
    ]) {
        if (text === undefined)
            continue;
        if (text === '' || text.length > MAX_NAME_LENGTH || !allIn(text, NAME_CHARACTERS[format])) {
            return { invalid: `${JSON.stringify(text)} is not a valid ${format} package ${what}` };
        }
    }
    return namespace === undefined ? { format, name } : { format, namespace, name };
}
function allIn(text, cls) {
    for (let index = 0; index < text.length; index += 1) {
        if (cls.negated === cls.chars.includes(text[index]))
            return false;
    }
    return true;
}
function packagePrefix(repository) {
    const { partition, region, owner, domain } = repository;
    return `arn:${partition}:codeartifact:${region}:${owner}:package/${domain}/${repository.repository}/`;
}
/** The ARN of one package: `\u2026:package/DOMAIN/REPOSITORY/FORMAT/NAMESPACE/NAME` (empty namespace when none). */
function exactPackageArn(repository, coordinates) {
    return `${packagePrefix(repository)}${coordinates.format}/${coordinates.namespace ?? ''}/${coordinates.name}`;
}
/**
 * How a set of every package of a repository (of one format, or of any) is written for people
 * and for least-privilege policies: `\u2026:package/DOMAIN/REPOSITORY/FORMAT/*` or `\u2026/REPOSITORY/*`.
 */
function packageSetPattern(repository, format) {
    return `${packagePrefix(repository)}${format === undefined ? '' : `${format}/`}*`;
}
/**
 * The language of every package ARN a repository can hold, for one format or (no format) every
 * format a package client publishes (all but `generic`): the prefix, the format, a namespace (empty, or one or more namespace characters, as the
 * format allows), `/`, and a name of one or more of the format's characters. Unlike the pattern
 * `\u2026/npm/*`, this set knows that every npm ARN has the form `\u2026/npm/<scope>/<name>`, so a policy
 * resource `\u2026/npm/*\/*` covers all of it. Name lengths are not bounded (over 255 characters, the
 * set is larger than CodeArtifact allows; no policy pattern tells such lengths apart in practice).
 */
function packageSetLanguage(repository, format) {
    const formats = format === undefined ? CLIENT_FORMATS : [format];
    const prefix = (0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .literalSteps */ .Xc)(packagePrefix(repository));
    return _pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .Language */ .TM.union(formats.map((each) => {
        const characters = NAME_CHARACTERS[each];
        const one = { cls: characters, repeat: false };
        const many = { cls: characters, repeat: true };
        const namespace = NAMESPACE[each] === 'none' ? [] : NAMESPACE[each] === 'optional' ? [many] : [one, many];
        return _pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .Language */ .TM.of([
            ...prefix,
            ...(0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .literalSteps */ .Xc)(`${each}/`),
            ...namespace,
            ...(0,_pattern_language_js__WEBPACK_IMPORTED_MODULE_0__/* .literalSteps */ .Xc)('/'),
            one,
            many
        ]);
    }));
}
/**
 * Package terms for a package ARN or ARN pattern, for reports: `npm` `@myscope/*`, `maven`
 * `com.acme:*`, `pypi` `requests`, `npm` `*` (every package). `undefined` when the text is not
 * `\u2026:package/D/R/FORMAT/*` or `\u2026:package/D/R/FORMAT/NAMESPACE/NAME`.
 */
function describePackagePattern(arnPattern) {
    const match = /:package\/[^/]+\/[^/]+\/([^/]+)\/(.*)$/.exec(arnPattern);
    if (match === null)
        return undefined;
    const [, format, rest] = match;
    const slash = rest.indexOf('/');
    if (slash === -1)
        return rest === '*' ? { format, packages: '*' } : undefined;
    const namespace = rest.slice(0, slash);
    const name = rest.slice(slash + 1);
    if (namespace === '')
        return { format, packages: name };
    if (format === 'npm')
        return { format, packages: `@${namespace}/${name}` };
    if (format === 'maven')
        return { format, packages: `${namespace}:${name}` };
    return { format, packages: `${namespace}/${name}` };
}


/***/ }),

/***/ 9901:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ ANY_CHARACTER),
/* harmony export */   TM: () => (/* binding */ Language),
/* harmony export */   Xc: () => (/* binding */ literalSteps),
/* harmony export */   h8: () => (/* binding */ findMembers),
/* harmony export */   kO: () => (/* binding */ noneOf),
/* harmony export */   vJ: () => (/* binding */ LanguageTooComplexError),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* unused harmony exports DEFAULT_STATE_BUDGET, findMember, isEmpty, isSubset, overlaps, expressionAccepts */
/*
 * Sets of strings described by IAM wildcard patterns, and decision procedures on them.
 *
 * A policy's `Resource` pattern such as `arn:aws:codeartifact:*:*:package/acme/shared/npm/*`
 * names a set of ARNs, and so does a requirement such as "every npm package of repository
 * `shared`". Whether an Allow covers every ARN of a requirement, whether a Deny reaches any of
 * them, and which ARNs are left, are questions about sets, not about one string. Patterns made
 * of literal characters, `*` (any run, possibly empty) and `?` (one character) describe regular
 * languages, and so do their unions, intersections and complements, so all three questions are
 * decidable. This module answers them with finite automata.
 *
 * Representation. A {@link Language} is a nondeterministic finite automaton (NFA) whose edges
 * carry a {@link CharClass}: a finite list of characters, or everything except a finite list.
 * Patterns compile to NFAs with one state per step (Thompson-style, the `*` step being a
 * self-loop plus an \u03b5-edge), so an n-step pattern has n + 1 states.
 *
 * Finite alphabet. Characters are UTF-16 code units, as JavaScript strings and regular
 * expressions without the `u` flag count them. The alphabet is huge, but only the characters
 * that some class of the automata involved lists can be told apart: for two characters c and d
 * that no class lists, every class contains both or neither, so every automaton makes the same
 * moves on c as on d, and swapping one for the other in any string changes no membership. Every
 * question below is therefore answered exactly by exploring strings over the listed characters
 * plus one fresh "any other character" representative.
 *
 * Boolean combinations. A {@link LanguageExpression} combines languages with `all` (\u2229), `any`
 * (\u222a) and `not` (complement). {@link findMember} explores, breadth first, the product of the
 * leaves' subset automata (each NFA determinised on the fly: a state is the \u03b5-closed set of NFA
 * states it may be in), evaluating the Boolean formula on the leaves' acceptance at each
 * product state. Subset automata are deterministic and total, so complement is just "the leaf
 * does not accept"; the product therefore recognises the expression, and the expression's
 * language is empty exactly when no reachable product state satisfies the formula.
 * Breadth-first order returns a shortest member, which serves as an example ARN in reports.
 *
 * Complexity. For leaves with n\u2081\u2026n_k NFA states over an alphabet of m representatives, at most
 * \u220f 2^n\u1d62 product states exist, and each costs O(m \u00b7 \u03a3 n\u1d62 \u00b7 e\u1d62) to expand (e\u1d62 edges per state).
 * The exponential bound is real in theory (`*a??????` determinises badly) but not for the
 * patterns policies hold: ARNs with a few wildcards reach tens or hundreds of product states.
 * {@link findMember} still takes a budget of product states and throws
 * {@link LanguageTooComplexError} beyond it, so a hostile policy cannot stall the step; callers
 * turn that into an "unknown" answer.
 */
/** Every character. */
const ANY_CHARACTER = { negated: true, chars: '' };
/** Exactly the characters of `chars`. */
function oneOf(chars) {
    return { negated: false, chars };
}
/** Every character except those of `chars`. */
function noneOf(chars) {
    return { negated: true, chars };
}
function classContains(cls, character) {
    return cls.negated !== cls.chars.includes(character);
}
/** The steps that match `text` literally, one character per step. */
function literalSteps(text) {
    return [...Array(text.length).keys()].map((index) => ({
        cls: oneOf(text[index]),
        repeat: false
    }));
}
/**
 * A regular language over UTF-16 code units, held as an NFA with character-class edges and
 * \u03b5-edges. Immutable; build with {@link Language.of}, {@link Language.literal},
 * {@link Language.union}.
 */
class Language {
    edges;
    epsilons;
    starts;
    accepting;
    constructor(edges, epsilons, starts, accepting) {
        this.edges = edges;
        this.epsilons = epsilons;
        this.starts = starts;
        this.accepting = accepting;
    }
    /** The strings matched by `steps` in sequence (the empty sequence matches only ""). */
    static of(steps) {
        const edges = steps.map(() => []);
        const epsilons = steps.map(() => []);
        edges.push([]);
        epsilons.push([]);
        steps.forEach((step, index) => {
            if (step.repeat) {
                edges[index].push({ cls: step.cls, to: index });
                epsilons[index].push(index + 1);
            }
            else {
                edges[index].push({ cls: step.cls, to: index + 1 });
            }
        });
        const accepting = edges.map((_, index) => index === steps.length);
        return new Language(edges, epsilons, [0], accepting);
    }
    /** Just `text`. */
    static literal(text) {
        return Language.of(literalSteps(text));
    }
    /** The strings in any of `languages` (no language: the empty set). */
    static union(languages) {
        const edges = [];
        const epsilons = [];
        const starts = [];
        const accepting = [];
        for (const language of languages) {
            const offset = edges.length;
            language.edges.forEach((list) => edges.push(list.map((edge) => ({ cls: edge.cls, to: edge.to + offset }))));
            language.epsilons.forEach((list) => epsilons.push(list.map((to) => to + offset)));
            starts.push(...language.starts.map((start) => start + offset));
            accepting.push(...language.accepting);
        }
        return new Language(edges, epsilons, starts, accepting);
    }
    /** Whether `text` is in the language (runs the subset automaton, memoised per language). */
    accepts(text) {
        let id = this.dfaStart();
        for (let index = 0; index < text.length && id !== this.deadId; index += 1) {
            id = this.dfaNext(id, text[index]);
        }
        return this.dfaAccepts(id);
    }
    edgeClasses;
    /** @internal Every class on an edge. */
    classes() {
        this.edgeClasses ??= this.edges.flatMap((list) => list.map((edge) => edge.cls));
        return this.edgeClasses;
    }
    // The subset automaton, built lazily and kept: the language is immutable, and the same
    // languages are asked about many times in one evaluation.
    dfaIds = new Map();
    dfaSets = [];
    dfaAccepting = [];
    dfaTransitions = [];
    closures = [];
    deadId = -1;
    /** @internal The subset-automaton state of the \u03b5-closed start states. */
    dfaStart() {
        return this.dfaIdOf(this.closureOf(this.starts));
    }
    /** @internal Whether a subset-automaton state is the empty set (it never accepts again). */
    dfaDead(id) {
        return id === this.deadId;
    }
    /** @internal Whether a subset-automaton state accepts. */
    dfaAccepts(id) {
        return this.dfaAccepting[id];
    }
    /** @internal The subset-automaton state after `character` (one UTF-16 code unit). */
    dfaNext(id, character) {
        const row = this.dfaTransitions[id];
        let target = row.get(character);
        if (target === undefined) {
            const moved = [];
            for (const state of this.dfaSets[id]) {
                for (const edge of this.edges[state]) {
                    if (classContains(edge.cls, character))
                        moved.push(edge.to);
                }
            }
            target = this.dfaIdOf(this.closureOf(moved));
            row.set(character, target);
        }
        return target;
    }
    dfaIdOf(states) {
        const key = states.join(',');
        let id = this.dfaIds.get(key);
        if (id === undefined) {
            id = this.dfaSets.length;
            this.dfaSets.push(states);
            this.dfaAccepting.push(states.some((state) => this.accepting[state]));
            this.dfaTransitions.push(new Map());
            this.dfaIds.set(key, id);
            if (states.length === 0)
                this.deadId = id;
        }
        return id;
    }
    /** The \u03b5-closure of `states`, sorted, from per-state closures computed once. */
    closureOf(states) {
        const union = new Set();
        for (const state of states)
            for (const reached of this.stateClosure(state))
                union.add(reached);
        return [...union].sort((a, b) => a - b);
    }
    stateClosure(state) {
        let closure = this.closures[state];
        if (closure === undefined) {
            const seen = new Set([state]);
            const stack = [state];
            while (stack.length > 0) {
                for (const next of this.epsilons[stack.pop()]) {
                    if (!seen.has(next)) {
                        seen.add(next);
                        stack.push(next);
                    }
                }
            }
            closure = [...seen];
            this.closures[state] = closure;
        }
        return closure;
    }
}
/** Thrown when a question would need more automaton states than the budget allows. */
class LanguageTooComplexError extends Error {
    constructor(budget) {
        super(`The wildcard patterns are too complex to compare (more than ${budget} automaton states)`);
        this.name = 'LanguageTooComplexError';
    }
}
/** Product states explored before {@link findMember} gives up. */
const DEFAULT_STATE_BUDGET = 20_000;
/** Readable characters, in the order examples should use them. */
const PREFERRED = 'xyzqjkvwbcdfghmnprstlaeiou0123456789XYZQJKVWBCDFGHMNPRSTLAEIOU';
/**
 * A shortest string in the expression's language, or `undefined` when the language is empty.
 * Exact (see the module comment for why a finite alphabet suffices). Characters that every
 * class treats alike are explored through one representative, the most readable one (so
 * "any other character" shows as a letter such as `x`).
 *
 * @param budget the most product states to explore
 * @throws LanguageTooComplexError when more than `budget` product states are reachable before
 *   an answer is found
 */
function findMember(expression, budget = DEFAULT_STATE_BUDGET) {
    return findMembers([expression], budget)[0];
}
/**
 * {@link findMember} for several expressions in one breadth-first exploration of the product
 * of all their leaves: each answer is the first (so shortest) member found for it. Cheaper than
 * one search per expression when they share leaves, as the questions about one request do.
 *
 * @throws LanguageTooComplexError as {@link findMember}, counting the shared exploration
 */
function findMembers(expressions, budget = DEFAULT_STATE_BUDGET) {
    const leaves = [];
    for (const expression of expressions)
        collectLeaves(expression, leaves);
    const alphabet = representatives(leaves);
    const automata = leaves.map((leaf) => new SubsetAutomaton(leaf, alphabet));
    const leafIndex = new Map(leaves.map((leaf, index) => [leaf, index]));
    const holds = (expression, state) => evaluate(expression, (leaf) => {
        const index = leafIndex.get(leaf);
        return automata[index].accepting(state[index]);
    });
    // A leaf in its dead state (no NFA state left) never accepts again; when that alone makes a
    // formula false, no continuation of the state is a member of it.
    const hopeless = (expression, state) => evaluateKleene(expression, (leaf) => {
        const index = leafIndex.get(leaf);
        return automata[index].dead(state[index]) ? false : undefined;
    }) === false;
    const answers = expressions.map(() => undefined);
    const pending = new Set(expressions.keys());
    // A product state is a tuple of leaf state ids, keyed compactly as one UTF-16 unit per id
    // (ids past 0xfffe, which would need a huge language, fall back to a marked list).
    const keyOf = (state) => state.every((id) => id < 0xffff) ? String.fromCharCode(...state) : `\uffff${state.join(',')}`;
    const start = automata.map((automaton) => automaton.start);
    const startKey = keyOf(start);
    const parents = new Map([[startKey, null]]);
    const queue = [{ key: startKey, state: start }];
    const next = new Array(automata.length);
    for (let head = 0; head < queue.length && pending.size > 0; head += 1) {
        const { key, state } = queue[head];
        for (const index of pending) {
            if (holds(expressions[index], state)) {
                answers[index] = pathTo(key, parents, alphabet);
                pending.delete(index);
            }
        }
        for (let symbol = 0; symbol < alphabet.length && pending.size > 0; symbol += 1) {
            for (let index = 0; index < automata.length; index += 1) {
                next[index] = automata[index].next(state[index], symbol);
            }
            const nextKey = keyOf(next);
            if (parents.has(nextKey))
                continue;
            if (parents.size >= budget)
                throw new LanguageTooComplexError(budget);
            parents.set(nextKey, { parent: key, symbol });
            if ([...pending].some((index) => !hopeless(expressions[index], next))) {
                queue.push({ key: nextKey, state: [...next] });
            }
        }
    }
    return answers;
}
/**
 * One character per group of characters that every class of the leaves treats alike (contains
 * all or none of), including the group of characters no class lists. Each group is represented
 * by its most readable member; the groups come in that member's order of readability.
 */
function representatives(leaves) {
    const classes = new Map();
    for (const leaf of leaves) {
        for (const cls of leaf.classes())
            classes.set(`${cls.negated ? '^' : ''}${cls.chars}`, cls);
    }
    const distinct = [...classes.values()];
    const listed = new Set();
    for (const cls of distinct)
        for (const c of cls.chars)
            listed.add(c);
    const fresh = [...PREFERRED].find((c) => !listed.has(c)) ?? freshOutside(listed);
    const groups = new Map();
    for (const character of [fresh, ...listed]) {
        const signature = distinct.map((cls) => (classContains(cls, character) ? '1' : '0')).join('');
        const current = groups.get(signature);
        if (current === undefined || readability(character) < readability(current)) {
            groups.set(signature, character);
        }
    }
    return [...groups.values()].sort((a, b) => readability(a) - readability(b));
}
/** Rank for examples: preferred letters and digits first, then by code unit. */
function readability(character) {
    const preferred = PREFERRED.indexOf(character);
    return preferred === -1 ? PREFERRED.length + character.charCodeAt(0) : preferred;
}
/** Whether the expression's language has no string. @throws LanguageTooComplexError */
function isEmpty(expression, budget) {
    return findMember(expression, budget) === undefined;
}
/** Whether every string of `subset` is in `superset`. @throws LanguageTooComplexError */
function isSubset(subset, superset, budget) {
    return isEmpty({ all: [subset, { not: superset }] }, budget);
}
/** Whether some string is in both languages. @throws LanguageTooComplexError */
function overlaps(first, second, budget) {
    return !isEmpty({ all: [first, second] }, budget);
}
/** Whether `text` is in the expression's language (direct simulation, no budget needed). */
function expressionAccepts(expression, text) {
    return evaluate(expression, (leaf) => leaf.accepts(text));
}
function collectLeaves(expression, into) {
    if (expression instanceof Language) {
        if (!into.includes(expression))
            into.push(expression);
    }
    else if ('all' in expression) {
        expression.all.forEach((part) => collectLeaves(part, into));
    }
    else if ('any' in expression) {
        expression.any.forEach((part) => collectLeaves(part, into));
    }
    else {
        collectLeaves(expression.not, into);
    }
}
function evaluate(expression, leaf) {
    if (expression instanceof Language)
        return leaf(expression);
    if ('all' in expression)
        return expression.all.every((part) => evaluate(part, leaf));
    if ('any' in expression)
        return expression.any.some((part) => evaluate(part, leaf));
    return !evaluate(expression.not, leaf);
}
/** Three-valued {@link evaluate}: `undefined` for a leaf (or formula) not yet known. */
function evaluateKleene(expression, leaf) {
    if (expression instanceof Language)
        return leaf(expression);
    if ('not' in expression) {
        const inner = evaluateKleene(expression.not, leaf);
        return inner === undefined ? undefined : !inner;
    }
    const conjunction = 'all' in expression;
    const parts = conjunction ? expression.all : expression.any;
    let unknown = false;
    for (const part of parts) {
        const value = evaluateKleene(part, leaf);
        if (value === undefined)
            unknown = true;
        else if (value !== conjunction)
            return value;
    }
    return unknown ? undefined : conjunction;
}
function freshOutside(listed) {
    for (let code = 0x21; code < 0xd800; code += 1) {
        const character = String.fromCharCode(code);
        if (!listed.has(character))
            return character;
    }
    throw new Error('No character is left outside the patterns');
}
function pathTo(key, parents, alphabet) {
    const characters = [];
    let link = parents.get(key);
    while (link) {
        characters.push(alphabet[link.symbol]);
        link = parents.get(link.parent);
    }
    return characters.reverse().join('');
}
/** A leaf's subset automaton seen through one call's alphabet: rows indexed by symbol. */
class SubsetAutomaton {
    language;
    alphabet;
    start;
    rows = new Map();
    constructor(language, alphabet) {
        this.language = language;
        this.alphabet = alphabet;
        this.start = language.dfaStart();
    }
    accepting(id) {
        return this.language.dfaAccepts(id);
    }
    dead(id) {
        return this.language.dfaDead(id);
    }
    next(id, symbol) {
        let row = this.rows.get(id);
        if (row === undefined) {
            row = new Int32Array(this.alphabet.length).fill(-1);
            this.rows.set(id, row);
        }
        let target = row[symbol];
        if (target === -1) {
            target = this.language.dfaNext(id, this.alphabet[symbol]);
            row[symbol] = target;
        }
        return target;
    }
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K1: () => (/* binding */ resourceSetOf),
/* harmony export */   O0: () => (/* binding */ CODEARTIFACT_SERVICE_NAME),
/* harmony export */   Us: () => (/* binding */ packageArn),
/* harmony export */   fh: () => (/* binding */ BEARER_TOKEN_ACTION),
/* harmony export */   kx: () => (/* binding */ requiredPermissions),
/* harmony export */   ms: () => (/* binding */ domainArn),
/* harmony export */   qM: () => (/* binding */ repositoryArn)
/* harmony export */ });
/* unused harmony export needsPackageMetadata */
/* harmony import */ var _package_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5025);

/** The `sts:AWSServiceName` value CodeArtifact's bearer tokens carry. */
const CODEARTIFACT_SERVICE_NAME = 'codeartifact.amazonaws.com';
/** The STS action CodeArtifact checks inside GetAuthorizationToken. */
const BEARER_TOKEN_ACTION = 'sts:GetServiceBearerToken';
/** `arn:PART:codeartifact:REGION:OWNER:domain/DOMAIN` (Service Authorization Reference, CodeArtifact resource types). */
function domainArn(partition, region, owner, domain) {
    return `arn:${partition}:codeartifact:${region}:${owner}:domain/${domain}`;
}
/** `arn:PART:codeartifact:REGION:OWNER:repository/DOMAIN/REPOSITORY`. */
function repositoryArn(partition, region, owner, domain, repository) {
    return `arn:${partition}:codeartifact:${region}:${owner}:repository/${domain}/${repository}`;
}
/**
 * `arn:PART:codeartifact:REGION:OWNER:package/DOMAIN/REPOSITORY/FORMAT/*`, every package of one
 * format (namespace and name follow the format), or `\u2026/REPOSITORY/*` for every package.
 */
function packageArn(partition, region, owner, domain, repository, format) {
    return (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .packageSetPattern */ .V4)({ partition, region, owner, domain, repository }, format);
}
/**
 * The set of ARNs a permission is about when it is about many (every package of a repository,
 * of one format or any): package ARNs have the form `\u2026/FORMAT/NAMESPACE/NAME`, so `\u2026/npm/*`
 * means that set, not the text. `undefined` for a permission on one ARN (or `*`).
 */
function resourceSetOf(permission) {
    if (permission.packages?.kind !== 'any')
        return undefined;
    const { repository, format } = permission.packages;
    return { pattern: permission.resource, language: (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .packageSetLanguage */ .T4)(repository, format) };
}
/**
 * Whether publishing `format` needs `codeartifact:PutPackageMetadata`: AWS lists it for Maven
 * only (npm, Python and NuGet need `PublishPackageVersion`), so an npm publisher whose policy
 * grants just that is not denied. An unknown format keeps both, to be safe.
 * https://docs.aws.amazon.com/codeartifact/latest/ug/packages-overview.html
 */
function needsPackageMetadata(format) {
    return format === undefined || format === 'maven';
}
/**
 * Lists every permission the job needs, in the order AWS checks them.
 *
 * - `sts:GetServiceBearerToken` on `*` with `sts:AWSServiceName = codeartifact.amazonaws.com`
 *   (and `sts:DurationSeconds` when known), once for the whole job; identity policies only
 *   (https://docs.aws.amazon.com/codeartifact/latest/ug/get-set-up-provision-user.html).
 * - `codeartifact:GetAuthorizationToken` on each distinct domain ARN, in the domain owner's account.
 * - `codeartifact:GetRepositoryEndpoint` and `codeartifact:ReadFromRepository` on each repository ARN.
 * - With `access: publish`: `codeartifact:PublishPackageVersion`, plus
 *   `codeartifact:PutPackageMetadata` where the format's publishing needs it (Maven; and when the
 *   format is unknown) (https://docs.aws.amazon.com/codeartifact/latest/ug/packages-overview.html):
 *   on the exact package ARNs the workspace's manifests name (`parameters.packages`), else on
 *   every package of each known format (`\u2026/FORMAT/*`, a set: {@link resourceSetOf}), else on
 *   every package of the repository (`\u2026/REPOSITORY/*`).
 *
 * @returns the permissions, without duplicates
 */
function requiredPermissions(parameters) {
    const { partition, region, access, durationSeconds } = parameters;
    const stsContext = { 'sts:AWSServiceName': CODEARTIFACT_SERVICE_NAME };
    if (durationSeconds !== undefined && durationSeconds > 0) {
        stsContext['sts:DurationSeconds'] = String(durationSeconds);
    }
    const first = parameters.targets[0];
    const permissions = [];
    const seen = new Set();
    const add = (permission) => {
        const key = `${permission.action} ${permission.resource}`;
        if (seen.has(key))
            return;
        seen.add(key);
        permissions.push(permission);
    };
    if (first !== undefined) {
        add({
            action: BEARER_TOKEN_ACTION,
            resource: '*',
            context: stsContext,
            grantableBy: 'identity-policy',
            target: { domain: first.domain, domainOwner: first.domainOwner },
            purpose: 'get a CodeArtifact authorization token'
        });
    }
    for (const target of parameters.targets) {
        const { domain, domainOwner, repository } = target;
        add({
            action: 'codeartifact:GetAuthorizationToken',
            resource: domainArn(partition, region, domainOwner, domain),
            context: {},
            grantableBy: 'identity-or-resource-policy',
            target: { domain, domainOwner },
            purpose: 'get a CodeArtifact authorization token'
        });
        const repositoryResource = repositoryArn(partition, region, domainOwner, domain, repository);
        add({
            action: 'codeartifact:GetRepositoryEndpoint',
            resource: repositoryResource,
            context: {},
            grantableBy: 'identity-or-resource-policy',
            target: { domain, domainOwner, repository },
            purpose: 'look up the repository endpoint'
        });
        add({
            action: 'codeartifact:ReadFromRepository',
            resource: repositoryResource,
            context: {},
            grantableBy: 'identity-or-resource-policy',
            target: { domain, domainOwner, repository },
            purpose: 'install packages from the repository'
        });
    }
    if (access === 'publish') {
        for (const target of parameters.targets) {
            const { domain, domainOwner, repository } = target;
            const packages = {
                partition,
                region,
                owner: domainOwner,
                domain,
                repository
            };
            const formats = target.formats !== undefined && target.formats.length > 0
                ? [...new Set(target.formats)]
                : [undefined];
            const scopes = formats.flatMap((format) => {
                const named = (parameters.packages ?? []).filter((each) => format !== undefined && each.coordinates.format === format);
                return named.length > 0
                    ? named.map((each) => ({ kind: 'exact', package: each }))
                    : [
                        format === undefined
                            ? { kind: 'any', repository: packages }
                            : { kind: 'any', repository: packages, format }
                    ];
            });
            for (const action of [
                'codeartifact:PublishPackageVersion',
                'codeartifact:PutPackageMetadata'
            ]) {
                for (const scope of scopes) {
                    const format = scope.kind === 'exact' ? scope.package.coordinates.format : scope.format;
                    if (action === 'codeartifact:PutPackageMetadata' && !needsPackageMetadata(format))
                        continue;
                    add({
                        action,
                        resource: scope.kind === 'exact'
                            ? (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .exactPackageArn */ .pp)(packages, scope.package.coordinates)
                            : (0,_package_names_js__WEBPACK_IMPORTED_MODULE_0__/* .packageSetPattern */ .V4)(packages, format),
                        context: {},
                        grantableBy: 'identity-or-resource-policy',
                        target: format === undefined
                            ? { domain, domainOwner, repository }
                            : { domain, domainOwner, repository, format },
                        purpose: scope.kind === 'exact'
                            ? `publish ${scope.package.displayName} (${scope.package.manifest}) to the repository`
                            : 'publish packages to the repository',
                        packages: scope
                    });
                }
            }
        }
    }
    return permissions;
}


/***/ }),

/***/ 4558:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UT: () => (/* binding */ onePerAction),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   c6: () => (/* binding */ isDenial),
/* harmony export */   mt: () => (/* binding */ missingActions)
/* harmony export */ });
/** Whether the decision is a denial (explicit or implicit). */
function isDenial(decision) {
    return decision === 'explicit-deny' || decision === 'implicit-deny';
}
/**
 * `denied` when any permission is denied, in whole or in part; else `unknown` when any is
 * unknown; else `allowed`.
 */
function verdictOf(results) {
    if (results.some((r) => isDenial(r.decision) || r.decision === 'partial'))
        return 'denied';
    return results.some((r) => r.decision === 'unknown') ? 'unknown' : 'allowed';
}
/** The actions denied in whole or in part, each once, in check order (`missing-permissions`). */
function missingActions(report) {
    return [
        ...new Set(report.results
            .filter((result) => isDenial(result.decision) || result.decision === 'partial')
            .map((result) => result.permission.action))
    ];
}
/**
 * The first result per action: a permission needed for several package formats or
 * repositories is named once.
 */
function onePerAction(results) {
    return results.filter((result, index) => results.findIndex((other) => other.permission.action === result.permission.action) === index);
}


/***/ })

};
