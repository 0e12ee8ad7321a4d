/**
 * Events API acknowledgements after the claim. Bolt acknowledges an event before any listener
 * runs; a crash between that ack and the turn's commit would lose the event (Slack does not retry
 * an acknowledged event). The gate holds Bolt's ack of an `event_callback` until the turn that
 * handles it has committed its claim and outbox (`release`), or the listeners have finished
 * (ignored events), or a budget runs out (a database locked by someone else must not make Slack
 * see a timeout: past the budget the ack goes and the turn keeps retrying in memory).
 */
import type { App, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '@slack/logger';

/** Slack wants the ack within 3 s; leave room for the network. */
export const ACK_BUDGET_MS = 2000;

export class AckGate {
  private readonly waiting = new Map<string, Set<() => void>>();

  constructor(
    private readonly logger: Logger,
    readonly budgetMs = ACK_BUDGET_MS,
  ) {}

  install(app: App): void {
    const orig = app.processEvent.bind(app);
    app.processEvent = async (event: ReceiverEvent): Promise<void> => {
      const body = event.body as { type?: unknown; event_id?: unknown } | null | undefined;
      if (!body || body.type !== 'event_callback' || typeof body.event_id !== 'string') return orig(event);
      const id = body.event_id;
      let sent = false;
      const fire = () => {
        if (sent) return;
        sent = true;
        clearTimeout(timer);
        const set = this.waiting.get(id);
        set?.delete(fire);
        if (set?.size === 0) this.waiting.delete(id);
        event.ack().catch((error: unknown) => this.logger.debug('ack failed', { event_id: id }, error));
      };
      const timer = setTimeout(() => {
        if (!sent) this.logger.warn('event acknowledged before its turn was stored (the database is slow or locked)', { event_id: id });
        fire();
      }, this.budgetMs);
      timer.unref();
      let set = this.waiting.get(id);
      if (!set) this.waiting.set(id, (set = new Set()));
      set.add(fire);
      try {
        // Bolt's own ack() becomes a no-op: the gate decides when the real one goes.
        await orig({ ...event, ack: async () => undefined });
      } finally {
        fire();
      }
    };
  }

  /** The turn for this event has committed (or was a duplicate): acknowledge it now. */
  release(eventId: string | undefined): void {
    if (!eventId) return;
    const set = this.waiting.get(eventId);
    if (set) for (const fire of [...set]) fire();
  }

  /** The event id in a turn's dedupe ids (`ev:<id>`), if any. */
  static eventIdOf(dedupe: string[]): string | undefined {
    const d = dedupe.find((x) => x.startsWith('ev:'));
    return d?.slice(3);
  }
}
