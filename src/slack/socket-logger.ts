/**
 * The logger @slack/socket-mode gets. The library logs every WebSocket error at error level
 * ("WebSocket error occurred: …", "WebSocket error! …", a failed ping) and then reconnects by
 * itself: during a routine reconnect (Slack's `disconnect`, a dropped connection) those lines are
 * noise that pages people. While a reconnect after start-up is in progress they go out as warn lines
 * instead (marked `socketModeLevel: 'error'`); the final give-up (the closed-socket exit, the token
 * exit) is our own error line, and outside a reconnect (start-up, the stop, a socket that is open and
 * stays open) the library's lines stay errors. Everything else passes through unchanged.
 */
import type { Logger, LogLevel } from '@slack/logger';

/**
 * The library's lines after which it disconnects at once (SlackWebSocket's error handler, a failed ping): each begins a
 * reconnect, so it is the reconnect's first line.
 */
const BEGINS_RECONNECT = /^(?:WebSocket error occurred:|Failed to send ping to Slack)/;
/** Its other lines about the WebSocket, which belong to a reconnect only when one is in progress. */
const DURING_RECONNECT = /^(?:WebSocket error!|WebSocket not available, skipping ping|Failed to retrieve a new WSS URL)/;

export interface SocketReconnectState {
  /** A reconnect after start-up is in progress: the socket closed (or began to) and has not connected again; not stopping. */
  reconnecting(): boolean;
  /**
   * The library logged a line it disconnects right after: after start-up and not stopping, a reconnect begins now (the
   * state records it and answers true); otherwise (start-up, the stop) false.
   */
  begin(): boolean;
}

export function socketModeLogger(inner: Logger, state: SocketReconnectState | (() => boolean)): Logger {
  const s: SocketReconnectState = typeof state === 'function' ? { reconnecting: state, begin: state } : state;
  return {
    debug: (...msg: unknown[]) => inner.debug(...msg),
    info: (...msg: unknown[]) => inner.info(...msg),
    warn: (...msg: unknown[]) => inner.warn(...msg),
    error: (...msg: unknown[]) => {
      const line = typeof msg[0] === 'string' ? msg[0] : '';
      const routine = BEGINS_RECONNECT.test(line) ? s.begin() : DURING_RECONNECT.test(line) && s.reconnecting();
      if (routine) inner.warn(...msg, { socketModeLevel: 'error' });
      else inner.error(...msg);
    },
    setLevel: (level: LogLevel) => inner.setLevel(level),
    getLevel: () => inner.getLevel(),
    setName: (name: string) => inner.setName(name),
  };
}
