// Lets a child process run the TypeScript sources directly (transpile only, no type check), so
// the chaos tests start real app processes from a fresh clone without a build step.
//
// Each file's JavaScript is kept in a cache on disk (os.tmpdir()/tms-doctor-ts-cache, or
// TMS_DOCTOR_TS_CACHE), keyed by the file's path and text, the TypeScript version and this file:
// the same text gives the same output, so only the first process to load a file transpiles it.
// Transpiling the app's graph took ~9 s of CPU in every child process (~20 starts in a CI run:
// the chaos restarts, the `tms-doctor start` processes of the ops tests); TypeScript itself is
// only loaded on a miss.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');

const CACHE_DIR = process.env.TMS_DOCTOR_TS_CACHE || path.join(os.tmpdir(), 'tms-doctor-ts-cache');
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
  const file = path.join(CACHE_DIR, `${key}.js`);
  let js;
  try {
    js = fs.readFileSync(file, 'utf8');
  } catch {
    js = transpile(text, filename);
    try {
      // Written whole, then renamed: a process reading at the same time finds the whole file or none.
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, js);
      fs.renameSync(tmp, file);
    } catch {
      // (No cache: the file is transpiled again next time.)
    }
  }
  module._compile(js, filename);
};
