/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  testTimeout: 30000,
  maxWorkers: 2,
  // A worker runs ~350 files in a row; its heap grows with every module graph it loads, and one crashed with "Jest worker ran
  // out of memory" in a full run. A worker above this after a file is replaced by a fresh one (the ts-jest cache is on disk).
  workerIdleMemoryLimit: '1536MB',
};
