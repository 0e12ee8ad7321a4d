/**
 * The logger @slack/socket-mode gets. The library logs every WebSocket error at error level
 * ("WebSocket error occurred: …", "WebSocket error! …", a failed ping) and then reconnects by
 * itself: during a routine reconnect (Slack's `disconnect`, a dropped connection) those lines are
 * noise that pages people. While a reconnect is in progress they go out as warn lines instead
 * (marked `socketModeLevel: 'error'`); the final give-up (the closed-socket exit, the token exit) is
 * our own error line, and outside a reconnect (start-up, the stop) the library's lines stay errors.
 * Everything else passes through unchanged.
 */
import type { Logger, LogLevel } from '@slack/logger';

/** The library's own lines about the WebSocket that a reconnect follows (SlackWebSocket, SocketModeClient). */
const RECONNECT_NOISE = /^(?:WebSocket error occurred:|WebSocket error!|Failed to send ping to Slack|WebSocket not available, skipping ping|Failed to retrieve a new WSS URL)/;

export function socketModeLogger(inner: Logger, reconnecting: () => boolean): Logger {
  return {
    debug: (...msg: unknown[]) => inner.debug(...msg),
    info: (...msg: unknown[]) => inner.info(...msg),
    warn: (...msg: unknown[]) => inner.warn(...msg),
    error: (...msg: unknown[]) => {
      if (typeof msg[0] === 'string' && RECONNECT_NOISE.test(msg[0]) && reconnecting()) inner.warn(...msg, { socketModeLevel: 'error' });
      else inner.error(...msg);
    },
    setLevel: (level: LogLevel) => inner.setLevel(level),
    getLevel: () => inner.getLevel(),
    setName: (name: string) => inner.setName(name),
  };
}
