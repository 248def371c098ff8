/**
 * Typed jest mocks for the runner functions (src/runner/) the action uses. Tests
 * register them with `jest.unstable_mockModule('<path to src/runner/index.js>', () => runner)`.
 */
import { jest } from '@jest/globals'
import type * as runner from '../src/runner/index.js'

export const getInput = jest.fn<typeof runner.getInput>()
export const getState = jest.fn<typeof runner.getState>()
export const saveState = jest.fn<typeof runner.saveState>()
export const setSecret = jest.fn<typeof runner.setSecret>()
export const setOutput = jest.fn<typeof runner.setOutput>()
export const exportVariable = jest.fn<typeof runner.exportVariable>()
export const setFailed = jest.fn<typeof runner.setFailed>()
export const info = jest.fn<typeof runner.info>()
export const debug = jest.fn<typeof runner.debug>()
export const warning = jest.fn<typeof runner.warning>()
export const error = jest.fn<typeof runner.error>()
export const checkEnvironmentFiles = jest.fn<typeof runner.checkEnvironmentFiles>()
export const startGroup = jest.fn<typeof runner.startGroup>()
export const endGroup = jest.fn<typeof runner.endGroup>()
export const group = jest.fn(async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn())

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
