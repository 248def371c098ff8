/**
 * The modules of the main step's later phases (the permission gate, the clients' configuration,
 * the exports), loaded as one chunk of the bundle: main.ts imports this module once the requests
 * sent so far are on their way, so that compiling them overlaps with those requests' round trips
 * instead of delaying their departure (issue #14). Nothing a request needs before it is sent may
 * import from here.
 */
export * as access from './aws/repository-access.js'
export * as gate from './permissions/gate.js'
export { configureClients } from './tools/configure.js'
export { exportSetup } from './exports.js'
