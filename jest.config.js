/**
 * Two projects: `unit` (fast, mocked SDK, pure planners) and `e2e` (the
 * bundled action against moto_server, the CodeArtifact emulator and the real
 * package clients). `npm test` runs both.
 * @type {import('jest').Config}
 */
const common = {
  preset: 'ts-jest',
  resolver: 'ts-jest-resolver',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  testEnvironment: 'node',
  testPathIgnorePatterns: ['/dist/', '/node_modules/'],
  clearMocks: true
}

export default {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '<rootDir>/__tests__/e2e/']
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts']
    }
  ],
  // A global option (projects cannot set it): e2e tests drive real clients.
  testTimeout: 120000
}
