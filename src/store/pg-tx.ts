/**
 * One PostgreSQL transaction on a pooled connection: BEGIN, `fn`, COMMIT; ROLLBACK when `fn`
 * throws (the error is passed on); the connection goes back to the pool either way.
 */
import type { Pool, PoolClient } from 'pg';

export async function pgTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    const out = await fn(c);
    await c.query('COMMIT');
    return out;
  } catch (error) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    c.release();
  }
}
