/**
 * Events API acknowledgements after the claim. Bolt acknowledges an event before any listener
 * runs; a crash between that ack and the turn's commit would lose the event (Slack does not retry
 * an acknowledged event). The gate holds Bolt's ack of an `event_callback` until the turn that
 * handles it has committed its claim and outbox (`release`), or the listeners have finished
 * (ignored events). Past a budget (the database is locked or overloaded) the event is left
 * unacknowledged on purpose: Slack retries it, the turn meanwhile goes on in memory, and the retry
 * finds it stored (a duplicate) instead of an acknowledged event being lost in a crash.
 */
import type { App, ReceiverEvent } from '@slack/bolt';
import type { Logger } from '@slack/logger';

/**
 * The one deadline of every HTTP request from Slack (events, slash commands, buttons, modals): by
 * ACK_DEADLINE_MS after it arrived, it has its answer, the listener's ack or (nobody acknowledged it:
 * a busy or unavailable store held the listener up) 503 with Retry-After (src/slack/receiver.ts).
 * Slack gives up at 3 s counted at its end, which includes the network both ways, TLS and a proxy or
 * load balancer in between, and our event loop may be late by tens of ms under load: 2.5 s leaves
 * half a second for all of that, so the answer Slack gets is ours, not its own timeout.
 */
export const ACK_DEADLINE_MS = 2500;
/** The gap between the ack gate's decision and the 503 (the gate's warn line comes first, the 503 adds none). */
export const ACK_GATE_LEAD_MS = 300;
/** How long an event's ack waits for its turn to be stored: the gate decides before the deadline. */
export const ACK_BUDGET_MS = ACK_DEADLINE_MS - ACK_GATE_LEAD_MS;

export class AckGate {
  private readonly waiting = new Map<string, Set<() => void>>();
  /** Per event id: leave it unacknowledged (Slack delivers it again). */
  private readonly holds = new Map<string, Set<() => boolean>>();

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
      const forget = () => {
        if (sent) return false;
        sent = true;
        clearTimeout(timer);
        const set = this.waiting.get(id);
        set?.delete(fire);
        if (set?.size === 0) this.waiting.delete(id);
        const holds = this.holds.get(id);
        holds?.delete(forget);
        if (holds?.size === 0) this.holds.delete(id);
        return true;
      };
      const timer = setTimeout(() => {
        // never acknowledge it now: Slack will retry, and the retry is de-duplicated
        if (forget()) {
          this.logger.warn('event left unacknowledged: its turn is not stored yet (database slow or locked); Slack will retry it', { event_id: id });
          this.noteLogged(id);
        }
      }, this.budgetMs);
      timer.unref();
      let set = this.waiting.get(id);
      if (!set) this.waiting.set(id, (set = new Set()));
      set.add(fire);
      let holds = this.holds.get(id);
      if (!holds) this.holds.set(id, (holds = new Set()));
      holds.add(forget);
      try {
        // Bolt's own ack() becomes a no-op: the gate decides when the real one goes.
        await orig({ ...event, ack: async () => undefined });
      } finally {
        fire();
        const h = this.holds.get(id);
        h?.delete(forget);
        if (h?.size === 0) this.holds.delete(id);
      }
    };
  }

  /** Event ids whose being left unacknowledged is already logged (the HTTP receiver's 503 then adds no warn line). */
  private readonly logged = new Set<string>();

  private noteLogged(id: string): void {
    if (this.logged.size >= 1000) this.logged.clear();
    this.logged.add(id);
  }

  /** Was this event's being left unacknowledged logged already? (Asked once per request.) */
  takeLogged(id: string): boolean {
    return this.logged.delete(id);
  }

  /**
   * Leave this event unacknowledged on purpose (nothing was stored or said for it): Slack delivers
   * it again later. Only before it was acknowledged; returns whether it will stay unacknowledged.
   */
  withhold(eventId: string | undefined): boolean {
    if (!eventId) return false;
    const set = this.holds.get(eventId);
    let held = false;
    if (set) for (const f of [...set]) held = f() || held;
    return held;
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
