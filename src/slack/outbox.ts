/**
 * Delivery of the outbox: every reply a turn produced is stored as pending in the turn's own
 * transaction; this posts them in order, each under a lease, and marks each done. Pending items
 * left by a crash are posted at start-up, by the sweeper (a replica that died holding a lease),
 * and when Slack retries their event. Each post carries its outbox id in message metadata; an item
 * that may have been posted before (its lease was taken before) is looked up in the thread first,
 * so a crash between Slack's answer and "done" does not post it twice. A deliverer renews its lease
 * before every further try of an item (a retry, a post after a look) and stops when another has
 * taken it over, so two deliverers never post one item side by side; a post that got no answer is
 * looked for only once it has had `settleMs` to land (see Delivery.post). The lease is renewed
 * again before that last look and before giving up: only the item's owner tells the user a reply
 * could not be posted and deletes the item.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { OutboxItem, OutboxPort } from '../store/port';
import type { SlackMessage } from './blockkit';
import type { Delivery } from './delivery';
import { KeyedQueue } from './queue';
import { errorCode, notifyFailure } from './service';
import { t } from './texts';

export { REPLY_EVENT_TYPE } from './delivery';

export interface OutboxDeliveryOptions {
  /** This process's name in leases. */
  owner?: string;
  /** How long one delivery may take before another deliverer may take over (ms). */
  leaseMs?: number;
  /**
   * How long after a post that got no answer the thread is looked at for it (ms; the post's own
   * time limit suits). Default: the Delivery's own (DeliveryOptions.settleMs, as for every post).
   */
  settleMs?: number;
  /** Told the ts of each item it posts (the answer card records where it is). Must not throw. */
  onPosted?: (item: OutboxItem, ts: string) => Promise<void>;
}

/** The store failed to mark an item done (already logged with the item): the drain stops there. */
class DoneNotRecorded extends Error {}

export type DrainResult = { delivered: number; failed: number; blocked: boolean };

export class OutboxDelivery {
  readonly owner: string;
  readonly leaseMs: number;
  private readonly queue = new KeyedQueue();
  private readonly onPosted?: (item: OutboxItem, ts: string) => Promise<void>;
  private readonly settleMs?: number;

  constructor(
    private readonly outbox: OutboxPort,
    /** Posts exactly once per outbox id (src/slack/delivery.ts). */
    private readonly delivery: Delivery,
    /** For the failure notice. */
    private readonly client: () => WebClient,
    private readonly logger: Logger,
    opts: OutboxDeliveryOptions = {},
  ) {
    this.owner = opts.owner ?? `${process.pid}-${randomUUID().slice(0, 8)}`;
    this.leaseMs = opts.leaseMs ?? 30_000;
    this.onPosted = opts.onPosted;
    this.settleMs = opts.settleMs;
  }

  /**
   * The lease a turn takes on its own outbox items in its transaction (TurnRequest.lease): an
   * owner of its own, so that no other drain (not even this process's) takes them over while it
   * lives. Pass it, with the time and the items, to drain().
   */
  turnLease(): { owner: string; ms: number } {
    return { owner: `${this.owner}/${randomUUID().slice(0, 8)}`, ms: this.leaseMs };
  }

  /**
   * Post every pending item of `key`, oldest first. Stops (blocked) at an item another deliverer
   * holds: that one posts it and then drains what follows. `leased`: items a turn stored already
   * leased (and nothing older pending), posted first without reading the outbox. Never throws.
   */
  drain(key: string, leased?: { owner: string; at: number; items: OutboxItem[] }): Promise<DrainResult> {
    return this.queue.run(key, async () => {
      const res: DrainResult = { delivered: 0, failed: 0, blocked: false };
      try {
        // Whether the outbox may hold more of this key: the last "done" says (it counts what any
        // replica's turn queued before it), so a drain of a turn's own items does not read again.
        let more = true;
        for (const item of leased?.items ?? []) {
          // A lease that may be running out (this drain waited behind a slow one) is taken again:
          // tries > 1 then, and the post looks for an earlier copy first.
          let tries = 1;
          if (Date.now() - leased!.at > this.leaseMs / 2) {
            const lease = await this.outbox.lease(item.id, leased!.owner, this.leaseMs);
            if (!lease) {
              res.blocked = true;
              return res;
            }
            tries = lease.tries;
          }
          const ok = await this.deliver(item, tries, leased!.owner);
          if (ok === null) {
            res.blocked = true;
            return res;
          }
          ({ more } = await this.markDone(item, ok));
          if (ok) res.delivered++;
          else res.failed++;
        }
        // Loop: another replica may queue more for this key while we post.
        for (let round = 0; round < 50 && more; round++) {
          const items = await this.outbox.pending({ key, limit: 100 });
          if (items.length === 0) break;
          for (const item of items) {
            const lease = await this.outbox.lease(item.id, this.owner, this.leaseMs);
            if (!lease) {
              res.blocked = true;
              return res;
            }
            const ok = await this.deliver(item, lease.tries, this.owner);
            if (ok === null) {
              res.blocked = true;
              return res;
            }
            ({ more } = await this.markDone(item, ok));
            if (ok) res.delivered++;
            else res.failed++;
          }
        }
      } catch (error) {
        // A "done" that failed has said so itself (markDone), with the item.
        if (!(error instanceof DoneNotRecorded)) this.logger.error('outbox delivery interrupted', { key, reason: errorCode(error) }, error);
        res.blocked = true;
      }
      return res;
    });
  }

  /**
   * Drain every key with pending items older than `minAgeMs` (start-up: 0; periodically: items
   * whose turn did not deliver them, e.g. a replica died holding their lease). One sweep at a time.
   */
  async sweep(minAgeMs = this.leaseMs): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    try {
      return await this.sweepOnce(minAgeMs);
    } finally {
      this.sweeping = false;
    }
  }

  private sweeping = false;

  private async sweepOnce(minAgeMs: number): Promise<number> {
    let items: OutboxItem[];
    try {
      items = await this.outbox.pending({ limit: 1000 });
    } catch (error) {
      this.logger.error('outbox sweep failed', { reason: errorCode(error) });
      return 0;
    }
    const cutoff = Date.now() - minAgeMs;
    const keys = [...new Set(items.filter((i) => i.createdAt <= cutoff).map((i) => i.key))];
    const results = await Promise.all(keys.map((k) => this.drain(k)));
    const n = results.reduce((a, r) => a + r.delivered + r.failed, 0);
    if (n) this.logger.info('outbox: delivered pending replies', { items: n, keys: keys.length });
    return n;
  }

  /** Resolves when no drain is running. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  /**
   * Mark an item done. When the store fails here (the reply is already posted, or the user told it
   * could not be), the item stays pending under its lease: one error line says so, with the item,
   * and the drain stops (DoneNotRecorded). Once the lease runs out the sweeper (or the thread's next
   * drain) takes it again, as after a crash between the post and "done": a posted reply is found
   * in the thread by its outbox id and not posted again.
   */
  private async markDone(item: OutboxItem, posted: boolean): Promise<{ more: boolean }> {
    try {
      return await this.outbox.done(item.id);
    } catch (error) {
      this.logger.error(
        posted
          ? 'reply posted, but the store did not record it as delivered: it stays pending until its lease runs out, then the sweeper finds it in the thread and does not post it again'
          : 'reply not delivered (the user was told), and the store did not record that: it stays pending and is tried again once its lease runs out',
        { key: item.key, outbox_id: item.id, posted, lease_ms: this.leaseMs, reason: errorCode(error) },
        error,
      );
      throw new DoneNotRecorded();
    }
  }

  /** true: posted (or found posted); false: not delivered, the user told; null: another deliverer took it over. */
  private async deliver(item: OutboxItem, tries: number, owner: string): Promise<boolean | null> {
    const message: SlackMessage = { text: item.message.text, blocks: item.message.blocks as SlackMessage['blocks'] };
    // tries > 1: a deliverer took this item before (and may have posted it before a crash).
    // Before each further try the lease is renewed: a retry (a 429's wait, a look) can take longer
    // than the lease, and a deliverer that took over meanwhile must not find this one posting too.
    const stillMine = async () => (await this.outbox.lease(item.id, owner, this.leaseMs)) !== null;
    const res = await this.delivery.post(item.target, message, item.id, { mayExist: tries > 1, ...(this.settleMs !== undefined ? { settleMs: this.settleMs } : {}), stillMine });
    // Given up: only by the item's owner. The last try, its settle wait and the last look can
    // outlast the lease; a deliverer that took the item over meanwhile may be posting it now, so
    // this one neither tells the user it failed nor deletes the item. Renewed, the lease also keeps
    // it this deliverer's while it tells the user and marks the item done.
    if (!res.ok && (res.lost || !(await stillMine()))) {
      this.logger.warn('reply left to another deliverer: its lease ran out during its tries and was taken over', { key: item.key, outbox_id: item.id });
      return null;
    }
    if (res.ok) {
      if (res.ts && this.onPosted) await this.onPosted(item, res.ts);
      return true;
    }
    this.logger.error('reply not delivered', { method: 'chat.postMessage', key: item.key, outbox_id: item.id, channel: item.target.channel, thread_ts: item.target.threadTs, kind: res.kind });
    await notifyFailure(this.client(), this.logger, item.target, t(item.lang).deliveryFailed(res.kind));
    return false;
  }
}
