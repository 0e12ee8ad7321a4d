// Preloaded (after ../chaos/register.cjs) into a real `tms-doctor start` process by cli-process.ts:
// the store it opens is the in-memory one (tests only; nothing outlives the process).
const open = require('../../src/store/open');
const { memoryStore } = require('../../src/store/memory');

open.openStore = async () => memoryStore();
