/**
 * One PostgreSQL transaction on a pooled connection: BEGIN, `fn`, COMMIT; ROLLBACK when `fn`
 * throws (the error is passed on); the connection goes back to the pool either way.
 */
import type { Pool, PoolClient } from 'pg';

export async function pgTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  let out: T;
  try {
    await c.query('BEGIN');
    out = await fn(c);
    await c.query('COMMIT');
  } catch (error) {
    // A connection that broke or timed out (no answer) is dropped, not asked to ROLLBACK: the
    // server rolls back when the connection ends, and a ROLLBACK would wait behind the lost query.
    if (connectionLost(error)) {
      c.release(error as Error);
      throw error;
    }
    await c.query('ROLLBACK').catch(() => undefined);
    c.release();
    throw error;
  }
  c.release();
  return out;
}

/** The query got no answer in time, or the connection itself failed: the connection is unusable. */
export function connectionLost(error: unknown): boolean {
  const m = (error as { message?: unknown } | null)?.message;
  return typeof m === 'string' && /^Query read timeout$|Connection terminated|Client has encountered a connection error|^Connection ended/.test(m);
}
