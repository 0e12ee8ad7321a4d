/**
 * test/chaos/register.cjs runs the cached JavaScript of a .ts file as it is: the cache directory must be ours alone (rev63
 * finding 6). A directory others can write to, or a link, is not used (the file is transpiled again); our own 0o700
 * directory is.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REGISTER = path.join(__dirname, 'register.cjs');

/** The cache key register.cjs computes for a file (its SALT: the TypeScript version and register.cjs's own hash). */
function keyOf(filename: string, text: string): string {
  const salt = [
    (JSON.parse(fs.readFileSync(require.resolve('typescript/package.json'), 'utf8')) as { version: string }).version,
    crypto.createHash('sha256').update(fs.readFileSync(REGISTER)).digest('hex'),
  ].join('\n');
  return crypto.createHash('sha256').update(salt).update('\n').update(filename).update('\n').update(text).digest('hex');
}

describe('chaos/register.cjs transpile cache', () => {
  let root: string;
  let script: string;
  const text = "const who: string = 'real';\nconsole.log(who);\n";
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'register-cache-test-'));
    script = path.join(root, 'hello.ts');
    fs.writeFileSync(script, text);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  /** Runs the script with the cache at `dir`, a planted entry for it there first: what it printed. */
  function runWithPlanted(dir: string, planted: string): string {
    fs.writeFileSync(path.join(planted, `${keyOf(script, text)}.js`), "console.log('planted');\n");
    const r = spawnSync(process.execPath, ['-r', REGISTER, script], { env: { ...process.env, TMS_DOCTOR_TS_CACHE: dir }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    return r.stdout.trim();
  }

  it('does not run an entry from a directory that group or others can write to', () => {
    const dir = path.join(root, 'open');
    fs.mkdirSync(dir);
    fs.chmodSync(dir, 0o777);
    expect(runWithPlanted(dir, dir)).toBe('real');
  });

  it('does not run an entry through a link to a directory', () => {
    const real = path.join(root, 'target');
    fs.mkdirSync(real, { mode: 0o700 });
    fs.chmodSync(real, 0o700);
    const link = path.join(root, 'link');
    fs.symlinkSync(real, link);
    expect(runWithPlanted(link, real)).toBe('real');
  });

  it('uses its own 0o700 directory: makes it, writes the entry, and reads it back next time', () => {
    const dir = path.join(root, 'mine');
    const r = spawnSync(process.execPath, ['-r', REGISTER, script], { env: { ...process.env, TMS_DOCTOR_TS_CACHE: dir }, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('real');
    expect(fs.lstatSync(dir).mode & 0o777).toBe(0o700);
    const entry = path.join(dir, `${keyOf(script, text)}.js`);
    expect(fs.existsSync(entry)).toBe(true);
    // The entry is what runs from then on (the cache is in use, not skipped).
    expect(runWithPlanted(dir, dir)).toBe('planted');
  });

  it('makes its default directory per user, 0o700, under the temporary directory', () => {
    const tmp = path.join(root, 'tmp');
    fs.mkdirSync(tmp);
    const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
    delete env.TMS_DOCTOR_TS_CACHE;
    const r = spawnSync(process.execPath, ['-r', REGISTER, script], { env, encoding: 'utf8', timeout: 60_000 });
    expect(r.stdout.trim()).toBe('real');
    const dir = path.join(tmp, `tms-doctor-ts-cache-${process.getuid!()}`);
    expect(fs.lstatSync(dir).mode & 0o777).toBe(0o700);
    expect(fs.existsSync(path.join(dir, `${keyOf(script, text)}.js`))).toBe(true);
  });
});
