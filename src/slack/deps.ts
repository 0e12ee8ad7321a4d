import type { Logger } from '@slack/logger';
import type { ConversationStore } from '../store/conversations';
import type { RateLimiter } from '../store/rate-limit';
import type { ProbeService } from './probe-service';
import type { ConversationService } from './service';

/** What every listener needs. Built once per app by createApp. */
export interface AppDeps {
  service: ConversationService;
  store: ConversationStore;
  logger: Logger;
  probe: ProbeService | null;
  limiter: RateLimiter;
}
