/** Types for estree-nodes.mjs (walking acorn's ESTree tree). */
/** Every node of an ESTree tree, depth first, the root first. */
export declare function nodesOf(node: object): Generator<object>
