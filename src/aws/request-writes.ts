import { AsyncLocalStorage } from 'node:async_hooks'
import diagnostics from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'
import type { Socket } from 'node:net'

/*
 * When the AWS requests the step has sent are on their way: what main.ts waits for before it
 * compiles the modules of later phases, so that compiling (on the one main thread) never holds
 * up a request that was already sent.
 *
 * A call counts as on its way once its HTTP request has been handed to the operating system
 * (the request's `finish` event, https://nodejs.org/api/http.html#event-finish), or its socket
 * has connected (`connect`: the request is written at once then; over TLS the handshake goes on
 * in round trips, during which the main thread is free), or once the call has ended (answered,
 * failed, or never reached the network). Node publishes every HTTP request whose message is
 * complete on the `http.client.request.start` diagnostics channel (Node 18.7 and later,
 * https://nodejs.org/api/diagnostics_channel.html#http); the call it belongs to is found
 * through the async context the call's middleware runs in. Without that channel, a call counts
 * as on its way when it ends.
 */

/** One call of a tracked client that is not on the wire yet. */
interface Unwritten {
  written: boolean
}

const unwritten = new Set<Unwritten>()
let waiting: (() => void)[] = []
const callOfRequest = new AsyncLocalStorage<Unwritten>()
let subscribed = false

function markWritten(call: Unwritten): void {
  if (call.written) return
  call.written = true
  unwritten.delete(call)
  if (unwritten.size > 0) return
  const resolve = waiting
  waiting = []
  // After the event that marked it: a connected socket writes the request first.
  setImmediate(() => {
    for (const done of resolve) done()
  })
}

function onRequestStarted(message: unknown): void {
  const call = callOfRequest.getStore()
  if (call === undefined || call.written) return
  const request = (message as { request: ClientRequest }).request
  const written = () => markWritten(call)
  // `close` also comes when the request failed or was aborted before it was written.
  request.once('finish', written)
  request.once('close', written)
  const onSocket = (socket: Socket) => {
    if (socket.connecting) socket.once('connect', written)
  }
  if (request.socket) onSocket(request.socket)
  else request.once('socket', onSocket)
}

interface MiddlewareClient {
  middlewareStack: {
    add(
      middleware: (
        next: (args: unknown) => Promise<unknown>
      ) => (args: unknown) => Promise<unknown>,
      options: { step: 'initialize'; priority: 'high'; name: string }
    ): void
  }
}

/**
 * Counts each call `client` sends as not on its way from the moment it is sent (synchronously,
 * in `client.send`) until its HTTP request is written or its socket connected, or the call ends.
 * Returns the same client.
 */
export function trackWrites<T>(client: T): T {
  if (!subscribed) {
    subscribed = true
    diagnostics.subscribe('http.client.request.start', onRequestStarted)
  }
  ;(client as unknown as MiddlewareClient).middlewareStack.add(
    (next) => async (args) => {
      const call: Unwritten = { written: false }
      unwritten.add(call)
      try {
        return await callOfRequest.run(call, () => next(args))
      } finally {
        markWritten(call)
      }
    },
    { step: 'initialize', priority: 'high', name: 'codeartifactSetupRequestWrites' }
  )
  return client
}

/**
 * Resolves once every call of a tracked client sent so far, and every one sent before the
 * current turn of the event loop ends, is on its way (or has ended). Never rejects.
 */
export function requestsWritten(): Promise<void> {
  return new Promise((resolve) =>
    setImmediate(() => (unwritten.size === 0 ? resolve() : waiting.push(resolve)))
  )
}
