// Lets a child process run the TypeScript sources directly (transpile only, no type check), so
// the chaos tests start real app processes from a fresh clone without a build step.
//
// Each file's JavaScript is kept in a cache on disk (os.tmpdir()/tms-doctor-ts-cache-<uid>, or
// TMS_DOCTOR_TS_CACHE), keyed by the file's path and text, the TypeScript version and this file:
// the same text gives the same output, so only the first process to load a file transpiles it.
// Transpiling the app's graph took ~9 s of CPU in every child process (~20 starts in a CI run:
// the chaos restarts, the `tms-doctor start` processes of the ops tests); TypeScript itself is
// only loaded on a miss.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

/**
 * The cache directory, or null (no cache). The files in it are run as they are, so it must be ours alone: a directory made
 * 0o700 for this user (its name carries the uid), and checked with lstat (not a link, owned by us, no rights for group or
 * others). Another local user could otherwise make /tmp/tms-doctor-ts-cache first, or a link there, and plant a <key>.js
 * (the key is computable from the repository) that every test process would run.
 */
function cacheDir() {
  if (typeof process.getuid !== 'function') return null;
  const uid = process.getuid();
  const dir = process.env.TMS_DOCTOR_TS_CACHE || path.join(os.tmpdir(), `tms-doctor-ts-cache-${uid}`);
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = fs.lstatSync(dir);
    return st.isDirectory() && !st.isSymbolicLink() && st.uid === uid && (st.mode & 0o077) === 0 ? dir : null;
  } catch {
    return null;
  }
}
const CACHE_DIR = cacheDir();
/** What the output depends on besides a file's path and text. */
const SALT = [
  JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')).version,
  crypto.createHash('sha256').update(fs.readFileSync(__filename)).digest('hex'),
].join('\n');

let ts;
function transpile(text, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(text, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  }).outputText;
}

require.extensions['.ts'] = function compile(module, filename) {
  const text = fs.readFileSync(filename, 'utf8');
  const key = crypto.createHash('sha256').update(SALT).update('\n').update(filename).update('\n').update(text).digest('hex');
  const file = CACHE_DIR === null ? null : path.join(CACHE_DIR, `${key}.js`);
  let js;
  try {
    if (file === null) throw new Error('no cache');
    js = fs.readFileSync(file, 'utf8');
  } catch {
    js = transpile(text, filename);
    try {
      if (file === null) throw new Error('no cache');
      // Written whole, then renamed: a process reading at the same time finds the whole file or none.
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, js);
      fs.renameSync(tmp, file);
    } catch {
      // (No cache: the file is transpiled again next time.)
    }
  }
  module._compile(js, filename);
};
