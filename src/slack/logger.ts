/**
 * A structured (JSON lines) logger implementing Bolt's Logger interface, so Bolt, the Web API
 * client and the bot all log the same way. LOG_LEVEL = debug | info | warn | error.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { LogLevel, type Logger } from '@slack/logger';

/** What every log line written while handling one Slack payload carries: its event id and, once known, its thread key. */
export interface LogContext {
  event_id?: string;
  key?: string;
}

const context = new AsyncLocalStorage<LogContext>();

/** Run `fn` with `ctx` attached to every log line it (and everything it starts) writes. */
export function withLogContext<T>(ctx: LogContext, fn: () => T): T {
  return context.run(ctx, fn);
}

/** The conversation key of the payload being handled, from now on in its log lines. */
export function setLogKey(key: string): void {
  const c = context.getStore();
  if (c && !c.key) c.key = key;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function parseLogLevel(value: string | undefined): LogLevel | null {
  if (value === undefined || value.trim() === '') return LogLevel.INFO;
  const v = value.trim().toLowerCase();
  return (Object.values(LogLevel) as string[]).includes(v) ? (v as LogLevel) : null;
}

/** The longest string a log line carries per field (a 3 KB HTML error page is clipped). */
export const LOG_STRING_LIMIT = 500;

/** Slack tokens (bot, user, app-level, config, refresh) never reach a log line. */
const TOKEN = /\b(xox[abpersc]|xapp)-[A-Za-z0-9-]{6,}/g;

/** A string safe to log: tokens masked, clipped to LOG_STRING_LIMIT. */
export function scrub(s: string, secrets: readonly string[] = []): string {
  let out = s.replace(TOKEN, (_m, kind: string) => `${kind}-[redacted]`);
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[redacted]');
  return out.length > LOG_STRING_LIMIT ? `${out.slice(0, LOG_STRING_LIMIT)}… (${out.length} chars)` : out;
}

function clean(v: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof v === 'string') return scrub(v, secrets);
  if (v === null || typeof v !== 'object') return v;
  if (depth > 4) return '[…]';
  if (Array.isArray(v)) return v.slice(0, 20).map((x) => clean(x, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = /token|secret|authorization|password/i.test(k) ? '[redacted]' : clean(x, secrets, depth + 1);
  return out;
}

function serialise(v: unknown): unknown {
  if (v instanceof Error) {
    const e = v as Error & { code?: unknown; data?: unknown; statusCode?: unknown };
    // The error's own name goes under error_name: `name` is the logger's (tms-doctor) on every line.
    return { error: e.message, error_name: e.name, code: e.code, statusCode: e.statusCode, stack: e.stack?.split('\n').slice(0, 4).join('\n') };
  }
  return v;
}

export class JsonLogger implements Logger {
  private level: LogLevel;
  private name: string;
  private secrets: string[] = [];

  constructor(
    private readonly out: { write(s: string): unknown } = process.stderr,
    level: LogLevel = LogLevel.INFO,
    name = 'tms-doctor',
  ) {
    this.level = level;
    this.name = name;
  }

  setLevel(level: LogLevel): void {
    this.level = level;
  }
  getLevel(): LogLevel {
    return this.level;
  }
  setName(name: string): void {
    this.name = name;
  }
  /** Values masked wherever they appear (the signing secret, tokens of any shape). */
  addSecrets(...secrets: (string | undefined)[]): void {
    for (const s of secrets) if (s && s.length >= 8 && !this.secrets.includes(s)) this.secrets.push(s);
  }

  debug(...msg: unknown[]): void {
    this.write(LogLevel.DEBUG, msg);
  }
  info(...msg: unknown[]): void {
    this.write(LogLevel.INFO, msg);
  }
  warn(...msg: unknown[]): void {
    this.write(LogLevel.WARN, msg);
  }
  error(...msg: unknown[]): void {
    this.write(LogLevel.ERROR, msg);
  }

  private write(level: LogLevel, msg: unknown[]): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, name: this.name };
    const texts: string[] = [];
    for (const m of msg) {
      const v = clean(serialise(m), this.secrets);
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        // time, level and name are the logger's: a field of the same name is kept beside them.
        for (const [k, x] of Object.entries(v)) entry[k === 'name' || k === 'level' || k === 'time' ? `field_${k}` : k] = x;
      }
      else texts.push(typeof v === 'string' ? v : JSON.stringify(v));
    }
    entry.msg = texts.join(' ');
    const ctx = context.getStore();
    if (ctx) {
      if (ctx.key !== undefined && entry.key === undefined) entry.key = ctx.key;
      if (ctx.event_id !== undefined && entry.event_id === undefined) entry.event_id = ctx.event_id;
    }
    let line: string;
    try {
      line = JSON.stringify(entry);
    } catch {
      line = JSON.stringify({ time: entry.time, level, name: this.name, msg: entry.msg });
    }
    this.out.write(`${line}\n`);
  }
}

/** A logger that drops everything below `level` and keeps entries in memory (tests). */
export class MemoryLogger extends JsonLogger {
  readonly lines: Record<string, unknown>[] = [];
  constructor(level: LogLevel = LogLevel.DEBUG) {
    const sink = { write: (s: string) => this.lines.push(JSON.parse(s) as Record<string, unknown>) };
    super(sink, level);
  }
}
