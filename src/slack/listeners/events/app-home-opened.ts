/**
 * app_home_opened: publish the Home tab for this user, in their language (Slack locale): New
 * diagnosis / Probe an endpoint, their recent diagnoses (verdict, status, link), what the bot does.
 */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../../deps';
import { homeViewFor, type HomeEntry } from '../../home';
import { errorCode } from '../../service';

/** The workspace URL from auth.test, asked once per process (links to threads). */
let workspaceUrl: Promise<string | null> | null = null;
function workspace(client: WebClient): Promise<string | null> {
  workspaceUrl ??= client.auth.test().then(
    (r) => (typeof r.url === 'string' ? r.url : null),
    () => {
      workspaceUrl = null;
      return null;
    },
  );
  return workspaceUrl;
}

export function appHomeOpened(deps: AppDeps) {
  return async ({ event, body, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const lang = (await deps.locales.langOf(client, event.user)) ?? 'en';
    let entries: HomeEntry[] = [];
    try {
      entries = (await deps.meta.recentFor(event.user, 15)).filter((e) => e.meta.headline).map((e) => ({ ...e.meta, updatedAt: e.updatedAt }));
    } catch (error) {
      deps.logger.error('recent diagnoses lookup failed', { user: event.user, reason: errorCode(error) });
    }
    const b = body as { api_app_id?: string; team_id?: string };
    try {
      const view = homeViewFor(lang, entries, { workspaceUrl: await workspace(client), appId: b.api_app_id, teamId: b.team_id });
      await client.views.publish({ user_id: event.user, view });
    } catch (error) {
      deps.logger.error('views.publish failed', { method: 'views.publish', user: event.user, reason: errorCode(error) });
    }
  };
}
