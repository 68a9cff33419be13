// Unit tests need nothing but Node; integration, interop and peers tests talk to real
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
    },
    {
      ...common,
      displayName: 'interop',
      testMatch: ['<rootDir>/test/interop/**/*.test.ts'],
    },
    {
      // The tools people already run (cosign, crane, sigstore-python), installed by
      // scripts/peers.sh, reading what imprint writes and writing what imprint reads.
      ...common,
      displayName: 'peers',
      testMatch: ['<rootDir>/test/peers/**/*.test.ts'],
    },
  ],
  // Global, not per project (jest ignores it there): integration and interop tests start
  // servers and processes, and a loaded CI machine is slow.
  testTimeout: 180000,
  collectCoverageFrom: ['src/**/*.ts'],
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};
