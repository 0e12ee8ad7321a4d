/**
 * FIX16C 2 (REV9 A2): the app wires its Socket Mode logger (not only the stub in r16-socket-error-level): the library's
 * WebSocket error lines are warn lines only while a reconnect after start-up is in progress, and error lines while the
 * socket is open and stays open. The local fake Web API and a local fake Socket Mode server only (loopback).
 */
import type { EventEmitter } from 'node:events';
import { LogLevel } from '@slack/bolt';
import { MemoryLogger } from '../../src/slack/logger';
import { getOps, socketBot } from './socket-bot';
import { eventually } from './wait';

jest.setTimeout(30000);

const socketOpen = async (port: number) => Number(/tms_doctor_slack_socket_open (\d)/.exec((await getOps(port, '/metrics')).text)?.[1]);
/** The Socket Mode client inside the app (Bolt keeps its receiver private). */
const clientOf = (app: unknown) => (app as { receiver: { client: EventEmitter } }).receiver.client;
const linesOf = (logger: MemoryLogger, re: RegExp) => logger.lines.filter((l) => re.test(String(l.msg)));

it('an error event on an open socket is an error line; during a reconnect (Slack\'s disconnect) a warn line; once connected again an error line', async () => {
  // The library waits 2 s before it reconnects here (5 s by default): the socket stays closed long enough for the line below.
  const b = await socketBot({ logger: new MemoryLogger(LogLevel.INFO), socketClosedExitMs: 20000, reconnectPauseMs: 2000 });
  try {
    const client = clientOf(b.bot.app);
    expect(await socketOpen(b.port)).toBe(1);
    // Open socket, no reconnect: the library's "WebSocket error!" line stays an error.
    client.emit('error', new Error('stray-1'));
    expect(linesOf(b.logger, /WebSocket error! .*stray-1/).map((l) => l.level)).toEqual(['error']);
    // A routine reconnect: Slack asks the client to reconnect; while the socket is closed the same line is a warn line.
    b.sock.sendRaw(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
    expect(await eventually(async () => (await socketOpen(b.port)) === 0, 10000)).toBe(true);
    client.emit('error', new Error('stray-2'));
    const during = linesOf(b.logger, /WebSocket error! .*stray-2/);
    expect(during.map((l) => l.level)).toEqual(['warn']);
    expect(during[0]!.socketModeLevel).toBe('error');
    // Connected again: no reconnect in progress, an error line again.
    expect(await eventually(async () => (await socketOpen(b.port)) === 1, 15000)).toBe(true);
    client.emit('error', new Error('stray-3'));
    expect(linesOf(b.logger, /WebSocket error! .*stray-3/).map((l) => l.level)).toEqual(['error']);
  } finally {
    await b.close();
  }
});
