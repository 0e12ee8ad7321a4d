/**
 * FIX4C: transientStoreError (a turn is tried again) and pg-tx's connectionLost (the connection is dropped) read
 * the same list of broken-connection errors: every error that loses a connection is worth a retry.
 */
import { connectionLost } from '../../src/store/pg-tx';
import { transientStoreError } from '../../src/store/port';

describe('transientStoreError agrees with connectionLost', () => {
  it.each(['Query read timeout', 'Connection terminated unexpectedly', 'Connection terminated due to connection timeout', 'Client has encountered a connection error and is not queryable', 'Connection ended'])(
    '%j: lost, and transient',
    (message) => {
      const error = new Error(message);
      expect(connectionLost(error)).toBe(true);
      expect(transientStoreError(error)).toBe(true);
    },
  );

  it('a pool that cannot connect in time is transient (not a lost connection); other errors are neither', () => {
    const wait = new Error('timeout exceeded when trying to connect');
    expect(transientStoreError(wait)).toBe(true);
    expect(connectionLost(wait)).toBe(false);
    for (const message of ['relation "conversations" does not exist', 'syntax error at or near "x"']) {
      expect(transientStoreError(new Error(message))).toBe(false);
      expect(connectionLost(new Error(message))).toBe(false);
    }
    expect(transientStoreError(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
  });
});
