// Walking a parsed program (acorn's ESTree tree), for the scripts that post-process the bundle
// (ascii-bundle.mjs, minify-bundle.mjs).

/**
 * Every node of an ESTree tree, depth first, the root first.
 * @param {object} node a node of the tree, e.g. the `Program` acorn's `parse` returns
 * @returns {Generator<object>}
 */
export function* nodesOf(node) {
  yield node
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child !== null && typeof child === 'object' && typeof child.type === 'string') {
        yield* nodesOf(child)
      }
    }
  }
}
