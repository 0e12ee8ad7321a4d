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
 *
 * A reply Slack could not be reached for within one delivery (posts and looks timing out, 5xx,
 * rate limited past the budget) is not given up while it is younger than `giveUpMs`: it stays
 * pending under the lease it holds, and the thread's later replies wait behind it. Once that lease
 * has run out, the sweeper (any replica), the thread's next drain or Slack's retry of its event
 * takes it again; tries > 1, so the thread is looked at first and a post Slack carried out late is
 * found there, not posted again. Only a reply older than `giveUpMs` at the end of a delivery, or
 * one Slack refused for good (not in the channel, a bad request), is given up and its user told.
 * When that note cannot be posted either (Slack still unreachable), the item is kept as before, and
 * each later delivery posts the reply or else the note, until `dropAfterMs` after its turn (twice
 * `giveUpMs` by default): then it is deleted, with one error line (`reply dropped: …`).
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '@slack/logger';
import type { WebClient } from '@slack/web-api';
import type { OutboxItem, OutboxPort } from '../store/port';
import type { SlackMessage } from './blockkit';
import type { Delivery, FailureKind } from './delivery';
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
  /**
   * How long after its turn a reply Slack could not be reached for is kept pending and tried again,
   * one lease after each delivery that could not reach Slack, before the user is told and it is
   * deleted (ms; DEFAULT_GIVE_UP_MS). 0: given up at the end of its first delivery.
   */
  giveUpMs?: number;
  /**
   * A reply given up (past giveUpMs) whose note to its user could not be posted either (Slack still
   * down) is kept, and the reply or else the note tried again one lease after each delivery, until
   * this long after its turn (ms; default twice giveUpMs); then it is deleted with one error line.
   */
  dropAfterMs?: number;
  /** The clock item ages (createdAt) are read on; Date.now unless a test's store runs on its own. */
  now?: () => number;
}

/** A reply Slack could not be reached for is tried again for up to 10 minutes after its turn. */
export const DEFAULT_GIVE_UP_MS = 10 * 60_000;

/** Failures that say nothing about the reply itself (Slack unreachable, rate limited): worth another delivery later. */
const TRY_LATER: ReadonlySet<FailureKind> = new Set<FailureKind>(['slack_unavailable', 'rate_limited']);

/** The store failed to mark an item done (already logged with the item): the drain stops there. */
class DoneNotRecorded extends Error {}

export type DrainResult = { delivered: number; failed: number; blocked: boolean };

export class OutboxDelivery {
  readonly owner: string;
  readonly leaseMs: number;
  private readonly queue = new KeyedQueue();
  private readonly onPosted?: (item: OutboxItem, ts: string) => Promise<void>;
  private readonly settleMs?: number;
  readonly giveUpMs: number;
  readonly dropAfterMs: number;
  private readonly now: () => number;
  /**
   * Items this process left pending after a delivery that could not reach Slack, and until when it
   * does not take them again itself (its own lease would let it: same owner). Other deliverers
   * wait for the lease to run out, which is the same time.
   */
  private readonly parked = new Map<string, number>();

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
    this.giveUpMs = opts.giveUpMs ?? DEFAULT_GIVE_UP_MS;
    this.dropAfterMs = Math.max(this.giveUpMs, opts.dropAfterMs ?? 2 * this.giveUpMs);
    this.now = opts.now ?? Date.now;
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
          if (ok === null || ok === 'later') {
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
            // Left pending by this process after Slack could not be reached: not before its lease ran out.
            const until = this.parked.get(item.id);
            if (until !== undefined && until > this.now()) {
              res.blocked = true;
              return res;
            }
            const lease = await this.outbox.lease(item.id, this.owner, this.leaseMs);
            if (!lease) {
              res.blocked = true;
              return res;
            }
            const ok = await this.deliver(item, lease.tries, this.owner);
            if (ok === null || ok === 'later') {
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
    const now = this.now();
    for (const [id, until] of this.parked) if (until <= now) this.parked.delete(id);
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
          : 'reply not delivered (the user was told, or it was dropped: see the line before), and the store did not record that: it stays pending and is tried again once its lease runs out',
        { key: item.key, outbox_id: item.id, posted, lease_ms: this.leaseMs, reason: errorCode(error) },
        error,
      );
      throw new DoneNotRecorded();
    }
  }

  /**
   * true: posted (or found posted); false: not delivered, the user told; null: another deliverer
   * took it over; 'later': Slack could not be reached, the item stays pending under this lease.
   */
  private async deliver(item: OutboxItem, tries: number, owner: string): Promise<boolean | null | 'later'> {
    const message: SlackMessage = { text: item.message.text, blocks: item.message.blocks as SlackMessage['blocks'] };
    // tries > 1: a deliverer took this item before (and may have posted it before a crash).
    // Before each further try the lease is renewed: a retry (a 429's wait, a look) can take longer
    // than the lease, and a deliverer that took over meanwhile must not find this one posting too.
    const stillMine = async () => (await this.outbox.lease(item.id, owner, this.leaseMs)) !== null;
    // Every look (the first one of a retaken item, the one after a post that got no answer, the last
    // one) goes back to the item's turn: a reply kept pending is taken again up to dropAfterMs later, and
    // an earlier delivery may have posted it at any time since. Delivery.find starts 120 s before
    // that, which covers a replica's clock running behind the one that stored the turn.
    const res = await this.delivery.post(item.target, message, item.id, {
      mayExist: tries > 1,
      since: item.createdAt,
      ...(this.settleMs !== undefined ? { settleMs: this.settleMs } : {}),
      stillMine,
    });
    // Given up: only by the item's owner. The last try, its settle wait and the last look can
    // outlast the lease; a deliverer that took the item over meanwhile may be posting it now, so
    // this one neither tells the user it failed nor deletes the item. Renewed, the lease also keeps
    // it this deliverer's while it tells the user and marks the item done.
    if (!res.ok && (res.lost || !(await stillMine()))) {
      this.logger.warn('reply left to another deliverer: its lease ran out during its tries and was taken over', { key: item.key, outbox_id: item.id });
      return null;
    }
    if (res.ok) {
      this.parked.delete(item.id);
      if (res.ts && this.onPosted) await this.onPosted(item, res.ts);
      return true;
    }
    // Slack could not be reached (or rate limited past the budget): a post of it may still be
    // carried out, and nothing says the reply cannot be posted. Kept pending under the lease just
    // renewed (stillMine above): taken again once it runs out, looked for first, posted at most once.
    const age = this.now() - item.createdAt;
    if (TRY_LATER.has(res.kind) && res.code === undefined && age < this.giveUpMs) {
      this.parked.set(item.id, this.now() + this.leaseMs);
      this.logger.warn('reply not delivered yet: Slack could not be reached within the delivery budget; it stays pending, and is looked for in the thread and posted once its lease has run out', {
        key: item.key,
        outbox_id: item.id,
        kind: res.kind,
        age_ms: age,
        retry_in_ms: this.leaseMs,
        give_up_in_ms: this.giveUpMs - age,
      });
      return 'later';
    }
    const fields = { method: 'chat.postMessage', key: item.key, turn: item.turn, outbox_id: item.id, channel: item.target.channel, thread_ts: item.target.threadTs, kind: res.kind };
    // Logged before the note (which can take its own time limit twice), at every delivery that gives it up.
    this.logger.error('reply not delivered', fields);
    if (await notifyFailure(this.client(), this.logger, item.target, t(item.lang).deliveryFailed(res.kind))) {
      this.parked.delete(item.id);
      return false;
    }
    // The note did not get through either (Slack still down): deleting the item now would leave the
    // user with neither. Kept pending like a reply Slack could not be reached for, until twice the
    // give-up time after its turn: each later delivery looks for the reply, posts it when Slack takes
    // it, else tries the note again. The lease is renewed first (the notes took time), so no other
    // deliverer takes it before the lease this one parks it for has run out.
    if (TRY_LATER.has(res.kind) && res.code === undefined && age < this.dropAfterMs) {
      if (!(await stillMine())) {
        this.logger.warn('reply left to another deliverer: its lease ran out during its tries and was taken over', { key: item.key, outbox_id: item.id });
        return null;
      }
      this.parked.set(item.id, this.now() + this.leaseMs);
      this.logger.warn('reply not delivered, and its user could not be told either (Slack could not be reached): it stays pending; the reply, or else the note, is tried again once its lease has run out', {
        ...fields,
        age_ms: age,
        retry_in_ms: this.leaseMs,
        drop_in_ms: this.dropAfterMs - age,
      });
      return 'later';
    }
    this.parked.delete(item.id);
    this.logger.error('reply dropped: neither it nor the note that it could not be posted reached its user', { ...fields, age_ms: age });
    return false;
  }
}
