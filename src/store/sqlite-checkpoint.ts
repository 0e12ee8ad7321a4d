/**
 * WAL checkpoints off the event loop.
 *
 * In WAL mode SQLite copies the log back into the database file (a checkpoint) inside the commit
 * that takes the log past `wal_autocheckpoint` pages, and with synchronous=NORMAL that copy ends
 * with an fsync. better-sqlite3 is synchronous, so that commit - and every Slack request, ack and
 * /healthz waiting behind it - stalls for the whole copy: measured alone on this machine, one turn
 * in ~50 took 4-10 ms and the slowest 40-180 ms (bench/sqlite-checkpoint.js).
 *
 * A worker thread with its own connection runs PASSIVE checkpoints instead (they never wait for
 * writers and writers never wait for them): every `busyMs` while the log has frames to copy, every
 * `idleMs` when it had none. The main connection keeps an automatic checkpoint as a safety net, at
 * `safetyPages` (what the worker already copied is not copied again, so it is short): if the
 * worker falls behind, fails to start or dies, the log still stays bounded.
 *
 * The worker starts after the store's first `startAfterWrites` commits, so the many short-lived
 * stores of tests and one-shot commands never start a thread.
 */
import { Worker } from 'node:worker_threads';

export interface CheckpointerOptions {
  /** ms between checkpoints while the log keeps growing (default 10). */
  busyMs?: number;
  /** ms between checkpoints when the last one had nothing to copy (default 1000). */
  idleMs?: number;
  /** The main connection's wal_autocheckpoint once the worker runs (default 8000 pages, ~32 MB of log). */
  safetyPages?: number;
  /** Start the worker after this many commits (default 100; 0: at once). */
  startAfterWrites?: number;
  /** Where better-sqlite3 is (tests point it elsewhere to make the worker fail). */
  lib?: string;
}

export interface CheckpointStats {
  /** Checkpoints the worker ran. */
  runs: number;
  /** Log frames it copied into the database file. */
  copied: number;
  /** Checkpoints that could not run (another checkpoint held the lock, an I/O error). */
  failed: number;
  /** Frames in the log at its last checkpoint. */
  log: number;
}

export interface Checkpointer {
  /** Call after each commit of the main connection: starts the worker after `startAfterWrites`. */
  wrote(): void;
  /** Is the worker running? */
  readonly running: boolean;
  /** The worker's counts (zeros before it starts), as of its last report. */
  stats(): CheckpointStats;
  /** Ask the worker for fresh counts. */
  refresh(): Promise<CheckpointStats>;
  /** Stop the worker (waits for it to close its connection); the store closes its own after. */
  stop(): Promise<void>;
}

/** The worker's code: its own connection, PASSIVE checkpoints on a timer, counts on request. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.lib);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 0');
const stats = { runs: 0, copied: 0, failed: 0, log: 0 };
let timer = null;
let stopped = false;
let prevLog = 0;
let prevDone = 0;
const run = () => {
  timer = null;
  if (stopped) return;
  let busy = false;
  try {
    // busy: another checkpoint held the lock; log: frames in the log; checkpointed: of them, copied.
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    stats.runs++;
    if (r.busy) stats.failed++;
    const log = r.log > 0 ? r.log : 0;
    const done = r.checkpointed > 0 ? r.checkpointed : 0;
    // A log shorter than last time was restarted by a writer: all of its copied frames are new.
    stats.copied += Math.max(0, done - (log >= prevLog ? prevDone : 0));
    stats.log = log;
    // Keep the short interval while the log grows or is not all copied.
    busy = log !== prevLog || done < log;
    prevLog = log;
    prevDone = done;
  } catch {
    stats.failed++;
  }
  timer = setTimeout(run, busy ? workerData.busyMs : workerData.idleMs);
};
timer = setTimeout(run, workerData.busyMs);
parentPort.on('message', (m) => {
  if (m === 'stats') return parentPort.postMessage({ stats });
  if (m === 'stop') {
    stopped = true;
    if (timer) clearTimeout(timer);
    try { db.close(); } catch {}
    parentPort.postMessage({ stats, stopped: true });
    parentPort.close();
  }
});
`;

const ZERO: CheckpointStats = { runs: 0, copied: 0, failed: 0, log: 0 };

/**
 * A checkpointer for the SQLite file `file`, whose main connection is `mainPragma` (to raise its
 * wal_autocheckpoint once the worker runs). `onError` hears a worker that failed (the safety net
 * then does the work, as before).
 */
export function checkpointer(file: string, mainPragma: (sql: string) => unknown, onError: (error: Error) => void, opts: CheckpointerOptions = {}): Checkpointer {
  const busyMs = opts.busyMs ?? 10;
  const idleMs = opts.idleMs ?? 1000;
  const safety = opts.safetyPages ?? 8000;
  const startAfter = opts.startAfterWrites ?? 100;
  let lib = opts.lib;
  let writes = 0;
  let worker: Worker | null = null;
  let last: CheckpointStats = { ...ZERO };
  let stopped = false;
  let exited: Promise<void> = Promise.resolve();
  const waiters: ((s: CheckpointStats) => void)[] = [];

  const start = () => {
    try {
      lib ??= require.resolve('better-sqlite3');
      const w = new Worker(WORKER, { eval: true, workerData: { file, lib, busyMs, idleMs } });
      w.unref(); // never what keeps the process alive
      worker = w;
      exited = new Promise<void>((resolve) => w.once('exit', () => resolve()));
      w.on('message', (m: { stats: CheckpointStats }) => {
        last = m.stats;
        for (const r of waiters.splice(0)) r(last);
      });
      w.on('error', (error) => {
        onError(error);
        worker = null;
        for (const r of waiters.splice(0)) r(last);
        try {
          mainPragma('wal_autocheckpoint = 1000'); // the main connection checkpoints as before
        } catch {
          /* closed */
        }
      });
      w.once('exit', () => {
        if (worker === w) worker = null;
        for (const r of waiters.splice(0)) r(last);
      });
      mainPragma(`wal_autocheckpoint = ${safety}`);
    } catch (error) {
      onError(error as Error);
    }
  };

  return {
    wrote() {
      if (stopped || worker || writes > startAfter) return;
      if (++writes > startAfter) start();
    },
    get running() {
      return worker !== null;
    },
    stats: () => ({ ...last }),
    refresh() {
      if (!worker) return Promise.resolve({ ...last });
      return new Promise((resolve) => {
        waiters.push(resolve);
        worker!.postMessage('stats');
      });
    },
    async stop() {
      stopped = true;
      const w = worker;
      if (!w) return;
      w.postMessage('stop');
      // A worker that does not answer in 2 s is ended (closing the main connection checkpoints anyway).
      const timer = setTimeout(() => void w.terminate(), 2000);
      await exited;
      clearTimeout(timer);
      worker = null;
    },
  };
}
