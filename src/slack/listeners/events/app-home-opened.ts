/** app_home_opened: publish the Home tab (what the bot does, how to call it, EN + JA). */
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { AppDeps } from '../../deps';
import { homeView } from '../../home';
import { errorCode } from '../../service';

export function appHomeOpened(deps: AppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView() });
    } catch (error) {
      deps.logger.error('views.publish failed', { method: 'views.publish', user: event.user, reason: errorCode(error) });
    }
  };
}
