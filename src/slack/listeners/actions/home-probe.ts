/**
 * "Probe an endpoint" where there is no conversation (the App Home button, the global shortcut):
 * the probe modal, whose result is shown in the modal itself (nothing is posted anywhere).
 */
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps';
import { errorCode } from '../../service';
import { probeModal, STANDALONE_KEY } from '../views/probe-modal';

export async function openStandaloneProbe(deps: AppDeps, client: WebClient, triggerId: string | undefined, user: string | undefined): Promise<void> {
  if (!triggerId || !user) return;
  const lang = (await deps.locales.langOf(client, user)) ?? 'en';
  try {
    await client.views.open({ trigger_id: triggerId, view: probeModal({ key: STANDALONE_KEY, ephemeral: true, lang }, deps.sealer) });
  } catch (error) {
    deps.logger.error('views.open failed', { method: 'views.open', user, reason: errorCode(error) });
  }
}

export function homeProbeAction(deps: AppDeps) {
  return async ({ ack, body, client }: { ack: () => Promise<void>; body: unknown; client: WebClient }): Promise<void> => {
    await ack();
    const b = body as { trigger_id?: string; user?: { id?: string } };
    await openStandaloneProbe(deps, client, b.trigger_id, b.user?.id);
  };
}
