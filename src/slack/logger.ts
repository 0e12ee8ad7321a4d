/**
 * A structured (JSON lines) logger implementing Bolt's Logger interface, so Bolt, the Web API
 * client and the bot all log the same way. LOG_LEVEL = debug | info | warn | error.
 */
import { LogLevel, type Logger } from '@slack/logger';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function parseLogLevel(value: string | undefined): LogLevel | null {
  if (value === undefined || value.trim() === '') return LogLevel.INFO;
  const v = value.trim().toLowerCase();
  return (Object.values(LogLevel) as string[]).includes(v) ? (v as LogLevel) : null;
}

function serialise(v: unknown): unknown {
  if (v instanceof Error) {
    const e = v as Error & { code?: unknown; data?: unknown; statusCode?: unknown };
    return { error: e.message, name: e.name, code: e.code, statusCode: e.statusCode, stack: e.stack?.split('\n').slice(0, 4).join('\n') };
  }
  return v;
}

export class JsonLogger implements Logger {
  private level: LogLevel;
  private name: string;

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
      const v = serialise(m);
      if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(entry, v);
      else texts.push(typeof v === 'string' ? v : JSON.stringify(v));
    }
    entry.msg = texts.join(' ');
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
