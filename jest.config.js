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
  // A worker runs ~350 files in a row, and every file loads the whole src graph again: its regular expressions are compiled
  // to machine code anew, into V8's code space, which grows from ~30 MB after the first file to 220+ MB after ~80 (measured
  // with v8.getHeapSpaceStatistics() after each file). The code space has its own limit (~500 MB here: a script that keeps
  // compiled regexes alive dies with "JavaScript heap out of memory" at a 485 MB heap), reached long before the 4 GB heap
  // limit: that is the "Jest worker ran out of memory and crashed" of full runs (the worker died at a 1,045 MB heap, under
  // the 1,536 MB this used to be). A worker whose heap is above this after a file is replaced by a fresh one (the ts-jest
  // cache is on disk), well before its code space can fill.
  workerIdleMemoryLimit: '640MB',
};
