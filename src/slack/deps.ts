import type { Logger } from '@slack/logger';
import type { MetaStore } from '../store/meta';
import type { RateDecision, Store } from '../store/port';
import type { AckGate } from './ack-gate';
import type { Sealer } from './edge';
import type { Metrics } from './metrics';
import type { UserLocales } from './locale';
import type { OutboxDelivery } from './outbox';
import type { ProbeService } from './probe-service';
import type { FleetJobs } from './fleet/job';
import type { ConversationService, EditFn } from './service';

/** What every listener needs. Built once per app by createApp. */
export interface AppDeps {
  service: ConversationService;
  store: Store;
  logger: Logger;
  probe: ProbeService | null;
  /**
   * The probe quota per user (kept in the store, so a restart does not reset it). `giveBack` returns
   * a unit taken for a probe that never ran (its request was answered "nothing was done" by the ack deadline).
   */
  limiter: { take(user: string): Promise<RateDecision>; giveBack?(user: string, at: number): Promise<void> };
  outbox: OutboxDelivery;
  acks: AckGate;
  /** Seals values the app gives Slack and gets back (a modal's private_metadata). */
  sealer: Sealer;
  /** Where each conversation's answer card is and its status. */
  meta: MetaStore;
  /** Prometheus counters (turns, probes, …). */
  metrics: Metrics;
  /** Users' Slack locales (users.info), cached. */
  locales: UserLocales;
  /** chat.update with a JSON body (service.jsonEdit); absent: through the Web API client. */
  edit?: EditFn;
  /** Fleet probes (several targets at once); absent = not offered. */
  fleet?: FleetJobs;
}
