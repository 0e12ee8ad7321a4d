/** `npm run test:chaos`: crash and multi-replica tests (real processes, SIGKILL). .ci/run runs them. */
/** @type {import('jest').Config} */
module.exports = {
  ...require('./jest.config.js'),
  testMatch: ['**/*.chaos.ts'],
  maxWorkers: 1,
};
