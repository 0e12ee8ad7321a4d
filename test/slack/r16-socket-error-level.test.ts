/**
 * The Socket Mode library's own WebSocket error lines (it logs them at error level, then reconnects
 * by itself) are warn lines while a reconnect is in progress, so a routine reconnect pages nobody;
 * outside a reconnect (start-up, the stop) they stay error lines, and every other line passes
 * through at its own level. The strings are the ones @slack/socket-mode 3.x logs.
 */
import { LogLevel } from '@slack/logger';
import { MemoryLogger } from '../../src/slack/logger';
import { socketModeLogger } from '../../src/slack/socket-logger';

const LIBRARY_LINES = [
  'WebSocket error occurred: Received network error or non-101 status code.',
  'WebSocket error! Error: An error was received over the WebSocket: Received network error or non-101 status code.',
  'Failed to send ping to Slack (error: Error: closed)',
];

it('while reconnecting: the library\'s WebSocket error lines are warn lines, marked as the library\'s errors', () => {
  const inner = new MemoryLogger();
  const log = socketModeLogger(inner, () => true);
  for (const l of LIBRARY_LINES) log.error(l);
  expect(inner.lines.map((l) => l.level)).toEqual(['warn', 'warn', 'warn']);
  expect(inner.lines.map((l) => l.msg)).toEqual(LIBRARY_LINES);
  expect(inner.lines.every((l) => l.socketModeLevel === 'error')).toBe(true);
});

it('not reconnecting (start-up, the stop): they stay error lines', () => {
  const inner = new MemoryLogger();
  const log = socketModeLogger(inner, () => false);
  for (const l of LIBRARY_LINES) log.error(l);
  expect(inner.lines.map((l) => l.level)).toEqual(['error', 'error', 'error']);
});

it('other error lines stay errors even while reconnecting; other levels and the level setting pass through', () => {
  const inner = new MemoryLogger(LogLevel.INFO);
  const log = socketModeLogger(inner, () => true);
  log.error('Failed to send a WebSocket message (error: boom)');
  log.error('An unhandled error occurred while Bolt processed an event');
  log.info('connected');
  log.debug('hidden at info');
  expect(inner.lines.map((l) => l.level)).toEqual(['error', 'error', 'info']);
  log.setLevel(LogLevel.DEBUG);
  expect(inner.getLevel()).toBe(LogLevel.DEBUG);
  expect(log.getLevel()).toBe(LogLevel.DEBUG);
});
