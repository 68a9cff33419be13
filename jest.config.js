// Two projects: unit tests need nothing but Node; integration tests talk to real
// servers (registry, Docker engine, loopback Sigstore) that the harness starts.
const transform = {
  '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
};
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform,
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      testTimeout: 180000,
    },
    {
      ...common,
      displayName: 'interop',
      testMatch: ['<rootDir>/test/interop/**/*.test.ts'],
      testTimeout: 120000,
    },
  ],
  collectCoverageFrom: ['src/**/*.ts'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};
