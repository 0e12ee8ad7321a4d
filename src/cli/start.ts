/**
 * `tms-doctor start` (npm start): the Slack bot in Socket Mode (SLACK_APP_TOKEN + SLACK_BOT_TOKEN)
 * or HTTP mode (SLACK_SIGNING_SECRET + SLACK_BOT_TOKEN, on PORT, path /slack/events); without any
 * Slack setting, the console chat.
 */
import type { CliIO, Command } from './io';
import type { AppConfig, SlackBot } from '../slack/app';

const HELP = `Usage: tms-doctor start

Runs the Slack bot. The mode follows the environment:
  SLACK_BOT_TOKEN + SLACK_APP_TOKEN        Socket Mode (no public URL needed)
  SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET   HTTP mode on PORT (default 3000), path /slack/events
  none of them                             the console chat in this terminal
Storage: DATABASE_URL=postgres://… (PostgreSQL, several replicas), else TMS_DOCTOR_DB
(SQLite file, default ./data/tms-doctor.db); PG_MIGRATION_WAIT_S (PostgreSQL: seconds to wait for another
replica's migrations before exiting 2, default 900). Other settings: SLACK_API_URL, LOG_LEVEL
(debug|info|warn|error), PROBE_ALLOW, PROBE_PORTS, PROBE_ALLOW_NAMES, METRICS_PORT (/healthz, /readyz, /metrics on a
side port; in HTTP mode they are on PORT too), SOCKET_READY_GRACE_S (Socket Mode: seconds /readyz
stays ready through a reconnect, default 20), APP_TOKEN_REFUSED_EXIT_S (Socket Mode: seconds Slack may
refuse the app-level token after start-up before the process exits 2, default 60), SOCKET_CLOSED_EXIT_S
(Socket Mode: seconds the connection may stay closed after start-up, reconnects failing, before the
process exits 1, default 300). SIGTERM/SIGINT finish the turns in flight and exit 0;
a second signal exits at once. See README.md "Running in Slack" and "Operations".
`;

export const CONSOLE_BANNER = [
  'No Slack settings found, so this is the console chat (the same bot, in your terminal).',
  'To connect Slack: create the app from manifest.yml, then set SLACK_BOT_TOKEN (xoxb-…) and',
  'either SLACK_APP_TOKEN (xapp-…, Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode). See README.md.',
  '',
].join('\n');

export interface StartOptions {
  /** Stop when aborted (tests); otherwise SIGINT/SIGTERM. */
  signal?: AbortSignal;
  /** Called once the bot is up (tests). */
  onReady?: (bot: SlackBot, port: number | null) => void;
  /** Tests: timings of the app beyond what the environment sets (the Socket Mode reconnect pause, the Web API retries). */
  timings?: Pick<AppConfig, 'socketReconnectPauseMs' | 'retryConfig'>;
}

/**
 * After SIGTERM/SIGINT the process is gone by this long after the signal, even with something still
 * open: the app's 8 s grace plus the database's bounded close (PostgreSQL: 1.2 s at most) end
 * before it, and Docker's default stop timeout (10 s, then SIGKILL) after it.
 */
export const EXIT_AFTER_SIGNAL_MS = 9_300;

export async function start(argv: string[], io: CliIO, opts: StartOptions = {}): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout.write(HELP);
    return 0;
  }
  if (argv.length > 0) {
    io.stderr.write(`tms-doctor start: unexpected argument "${argv[0]}" (settings come from the environment; see --help).\n`);
    return 2;
  }
  const { parseSlackEnv } = require('../slack/config') as typeof import('../slack/config');
  const parsed = parseSlackEnv(io.env);
  if (!parsed.ok) {
    io.stderr.write(`tms-doctor start: ${parsed.message}\n`);
    return 2;
  }
  const cfg = parsed.env;
  if (cfg.mode === 'console') {
    const { runConsoleChat } = require('../console/chat') as typeof import('../console/chat');
    return runConsoleChat(io, { banner: CONSOLE_BANNER });
  }

  const { createApp } = require('../slack/app') as typeof import('../slack/app');
  const { JsonLogger } = require('../slack/logger') as typeof import('../slack/logger');
  const { describeStore, openStore } = require('../store/open') as typeof import('../store/open');
  const logger = new JsonLogger(io.stderr, cfg.logLevel);
  let store: import('../store/port').Store;
  try {
    // exclusive: one process per SQLite file (a second one stops here, exit 2).
    // A PostgreSQL migration waiting for a lock says so as a log line (JSON, like every other).
    store = await openStore(cfg.store, { exclusive: true, onMigrationWait: (note, fields) => logger.warn(note, fields) });
  } catch (err) {
    // Gave up waiting for another replica's migrations: one JSON error line saying what it waited
    // for, how long, and what to check (logs are JSON lines; a log shipper keeps this one).
    const fields = (err as { name?: unknown; fields?: Record<string, unknown> } | undefined)?.name === 'MigrationWaitError' ? (err as { fields: Record<string, unknown> }).fields : undefined;
    if (fields) {
      logger.error(`tms-doctor start: cannot open the database ${describeStore(cfg.store)}: ${oneLine(err)}`, { ...fields, store: describeStore(cfg.store) });
      return 2;
    }
    io.stderr.write(`tms-doctor start: cannot open the database ${describeStore(cfg.store)}: ${oneLine(err)}\n`);
    return 2;
  }
  // A store that cannot take writes (read-only file or directory, a read-only replica) would
  // fail every turn later: refuse to start instead.
  const writable = await store.check();
  if (!writable.ok) {
    await store.close().catch(() => undefined);
    io.stderr.write(`tms-doctor start: the database ${describeStore(cfg.store)} cannot be written: ${writable.reason.split('\n')[0]}\n`);
    return 2;
  }
  logger.info('store opened', { store: describeStore(cfg.store) });
  if (cfg.mode === 'socket' && cfg.ignoredSigningSecret) logger.info('SLACK_SIGNING_SECRET is not used in Socket Mode');
  let bot: SlackBot;
  try {
    bot = createApp({
      botToken: cfg.botToken,
      ...(cfg.mode === 'socket' ? { appToken: cfg.appToken, ...(cfg.socketGraceMs !== undefined ? { socketGraceMs: cfg.socketGraceMs } : {}), ...(cfg.appTokenExitMs !== undefined ? { appTokenExitMs: cfg.appTokenExitMs } : {}), ...(cfg.socketClosedExitMs !== undefined ? { socketClosedExitMs: cfg.socketClosedExitMs } : {}) } : { signingSecret: cfg.signingSecret, port: cfg.port }),
      apiUrl: cfg.apiUrl,
      ...(cfg.metricsPort !== undefined ? { metricsPort: cfg.metricsPort } : {}),
      store,
      logger,
      logLevel: cfg.logLevel,
      env: io.env,
      ...opts.timings,
    });
  } catch (err) {
    await store.close();
    io.stderr.write(`tms-doctor start: ${(err as Error).message.split('\n')[0]}\n`);
    return 2;
  }

  const onRejection = (reason: unknown) => logger.error('unhandled rejection', reason instanceof Error ? reason : { reason: String(reason) });
  process.on('unhandledRejection', onRejection);
  // The signal handlers go in before start-up (auth.test retries, the socket connects): a signal
  // then stops the start cleanly too. First SIGTERM/SIGINT: stop taking events, finish turns in
  // flight (bounded), close Slack and the database, exit 0. A second signal while that runs: exit at once.
  let removeSignals = () => undefined as void;
  let signalled = false;
  let signalledAt = 0;
  /** The exit code of a stop the app asked for (0: none). */
  let fatalStop = 0;
  /**
   * From the signal (or a stop the app asked for) until the stop's last line is written: a timer that
   * keeps the process alive. Without it, a stop that waits only on timers that do not hold the process
   * (a turn's pause before its next try, the shutdown grace itself) ended with the process: exit 0 in
   * the middle of the grace, the turns in flight cut, the store not closed and no 'stopped' line
   * (fix62b). Should the stop not end by EXIT_AFTER_SIGNAL_MS, it fires: one line saying so, exit 1.
   */
  let hold: NodeJS.Timeout | undefined;
  const holdUntilStopped = (from: number) => {
    if (hold || opts.signal) return;
    hold = setTimeout(() => {
      logger.error('the stop did not end in time: exiting', { ms: Date.now() - from });
      process.exit(process.exitCode || fatalStop || 1);
    }, Math.max(0, from + EXIT_AFTER_SIGNAL_MS - Date.now()));
  };
  const stopRequested = new Promise<void>((resolve) => {
    if (opts.signal) {
      if (opts.signal.aborted) return resolve();
      opts.signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = (signal: NodeJS.Signals) => {
      removeSignals();
      signalled = true;
      signalledAt = Date.now();
      holdUntilStopped(signalledAt);
      const now = (again: NodeJS.Signals) => {
        logger.warn('second signal: exiting at once', { signal: again });
        process.exit(again === 'SIGINT' ? 130 : 143);
      };
      process.once('SIGINT', now);
      process.once('SIGTERM', now);
      logger.info('signal received: finishing turns in flight, then exiting', { signal });
      resolve();
    };
    removeSignals = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  try {
    const starting = bot.start().then((r) => ({ ok: true as const, ...r }), (err: unknown) => ({ ok: false as const, err }));
    const first = await Promise.race([starting, stopRequested.then(() => null)]);
    if (first === null) {
      logger.info('stopping during start-up');
      await bot.stop();
      return 0;
    }
    if (!first.ok) {
      const e = first.err as Error & { settings?: boolean };
      io.stderr.write(`tms-doctor start: could not start the Slack app: ${e.message}\n`);
      // A token Slack refuses is a setting to fix (README: exit 2); a network failure may pass.
      return e.settings ? 2 : 1;
    }
    opts.onReady?.(bot, first.port);
    // A signal, or the app can no longer work (Socket Mode: Slack kept refusing the app-level token
    // after start-up, exit 2; the WebSocket stayed closed past its grace, exit 1): then stop as on a
    // signal and exit non-zero, so the orchestrator restarts or alerts.
    const fatal = await Promise.race([stopRequested.then(() => null), bot.fatal]);
    if (fatal) {
      fatalStop = fatal.settings ? 2 : 1;
      holdUntilStopped(Date.now());
      io.stderr.write(`tms-doctor start: stopping the Slack app: ${fatal.message}\n`);
      await bot.stop();
      return fatalStop;
    }
    logger.info('shutting down');
    await bot.stop();
    return 0;
  } finally {
    removeSignals();
    process.off('unhandledRejection', onRejection);
    await store.close();
    // The last line of a clean stop: the operator sees the process got this far (store closed). It
    // is out of the process before anything may exit it: the log stream is waited on until it took
    // the line (fix62b: a pipe whose reader lags holds it in the process, and process.exit drops it),
    // within what is left of EXIT_AFTER_SIGNAL_MS (at least a moment).
    if (signalled) {
      logger.info('stopped', { ms: Date.now() - signalledAt });
      clearTimeout(hold);
      await flushed(io.stderr, Math.max(200, signalledAt + EXIT_AFTER_SIGNAL_MS - Date.now()));
    }
    clearTimeout(hold);
    // After a signal, nothing left open (a start-up still retrying, a socket whose peer never
    // answered the close) may keep the process alive: exit shortly unless it ends by itself.
    // Within EXIT_AFTER_SIGNAL_MS of the signal in any case: a turn the grace gave up on may still
    // wait on a stuck Web API call (up to its own timeout), which would keep the process alive the
    // full 2 s past an 8 s grace, at Docker's 10 s SIGKILL.
    if (signalled) setTimeout(() => process.exit(process.exitCode ?? 0), Math.min(2000, Math.max(0, signalledAt + EXIT_AFTER_SIGNAL_MS - Date.now()))).unref();
    // The same after a stop the app asked for (its exit code must reach the orchestrator); not
    // when a caller drives the stop (tests: opts.signal).
    else if (fatalStop && !opts.signal) setTimeout(() => process.exit(process.exitCode ?? fatalStop), 2000).unref();
  }
}

/**
 * Resolves once `stream` has taken everything written to it before (an empty write's callback comes
 * after theirs), or after `ms`, whichever is first; the timer keeps the process alive meanwhile.
 */
export function flushed(stream: NodeJS.WritableStream, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(t);
      resolve();
    };
    try {
      stream.write('', done);
    } catch {
      done();
    }
  });
}

function oneLine(err: unknown): string {
  return String((err as Error)?.message ?? err).split('\n')[0]!;
}

export const run: Command = (argv, io) => start(argv, io);
