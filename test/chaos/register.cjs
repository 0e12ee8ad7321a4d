// Lets a child process run the TypeScript sources directly (transpile only, no type check), so
// the chaos tests start real app processes from a fresh clone without a build step.
const fs = require('node:fs');
const ts = require('typescript');

require.extensions['.ts'] = function compile(module, filename) {
  const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  module._compile(out.outputText, filename);
};
