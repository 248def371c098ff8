/**
 * Typed jest mocks for the @actions/core members the action uses. Tests
 * register them with `jest.unstable_mockModule('@actions/core', () => core)`.
 */
import { jest } from '@jest/globals'
import type * as core from '@actions/core'

export const getInput = jest.fn<typeof core.getInput>()
export const getBooleanInput = jest.fn<typeof core.getBooleanInput>()
export const getState = jest.fn<typeof core.getState>()
export const saveState = jest.fn<typeof core.saveState>()
export const setSecret = jest.fn<typeof core.setSecret>()
export const setOutput = jest.fn<typeof core.setOutput>()
export const exportVariable = jest.fn<typeof core.exportVariable>()
export const setFailed = jest.fn<typeof core.setFailed>()
export const info = jest.fn<typeof core.info>()
export const debug = jest.fn<typeof core.debug>()
export const warning = jest.fn<typeof core.warning>()
export const error = jest.fn<typeof core.error>()
export const notice = jest.fn<typeof core.notice>()
export const startGroup = jest.fn<typeof core.startGroup>()
export const endGroup = jest.fn<typeof core.endGroup>()
export const group = jest.fn(async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())
export const isDebug = jest.fn<typeof core.isDebug>(() => false)

/** A summary stub that records what was written. */
export const summaryWrites: string[] = []
const chain = {
  addRaw: jest.fn((text: string) => {
    summaryWrites.push(text)
    return chain
  }),
  addHeading: jest.fn((text: string) => {
    summaryWrites.push(text)
    return chain
  }),
  addTable: jest.fn((rows: unknown) => {
    summaryWrites.push(JSON.stringify(rows))
    return chain
  }),
  addList: jest.fn((items: string[]) => {
    summaryWrites.push(items.join('\n'))
    return chain
  }),
  addCodeBlock: jest.fn((code: string) => {
    summaryWrites.push(code)
    return chain
  }),
  addDetails: jest.fn((label: string, content: string) => {
    summaryWrites.push(`${label}\n${content}`)
    return chain
  }),
  addEOL: jest.fn(() => chain),
  addSeparator: jest.fn(() => chain),
  write: jest.fn(async () => chain),
  clear: jest.fn(async () => chain),
  stringify: jest.fn(() => summaryWrites.join('\n')),
  isEmptyBuffer: jest.fn(() => summaryWrites.length === 0),
  emptyBuffer: jest.fn(() => chain)
}
export const summary = chain
