/**
 * Every listener the app registers, grouped by surface. The exported name lists are derived from
 * the same tables the registration loops over, so the manifest test compares real registrations.
 */
import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { AppDeps } from '../deps';
import { fixFilesAction, linkAction, probeDetailsAction, showStepsAction, startOverAction, statusAction } from './actions/card';
import { feedAction } from './actions/feed';
import { homeProbeAction } from './actions/home-probe';
import { DIAGNOSE_MESSAGE_CALLBACK, diagnoseMessageShortcut, PROBE_SHORTCUT_CALLBACK, probeShortcut } from './shortcuts';
import { probeEndpointAction } from './actions/probe-endpoint';
import { shareAction } from './actions/share';
import { fleetShareAction } from './actions/fleet-share';
import { addDetailsAction } from './actions/add-details';
import { stepDoneAction } from './actions/step-done';
import { tlsProbe } from './commands/tls-probe';
import { tmsDiagnose } from './commands/tms-diagnose';
import { appHomeOpened } from './events/app-home-opened';
import { appMention } from './events/app-mention';
import { MESSAGE_CHANNEL_TYPES, message } from './events/message';
import { PROBE_MODAL_CALLBACK, probeModalSubmit } from './views/probe-modal';
import { START_OVER_CALLBACK, startOverSubmit } from './views/start-over-modal';
import { REPLY_CALLBACK, replySubmit } from './views/reply-modal';
import { privateWhere, respondOrEphemeral } from '../private-respond';

type AnyListener = (args: never) => Promise<void>;

const EVENTS = {
  app_mention: appMention,
  message,
  app_home_opened: appHomeOpened,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

const COMMANDS = {
  '/tms-diagnose': tmsDiagnose,
  '/tls-probe': tlsProbe,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

/** Action ids the app handles itself; an index suffix (answer:2) is accepted on each. */
const ACTIONS = {
  answer: feedAction,
  'start-over': startOverAction,
  help: feedAction,
  'show-steps': showStepsAction,
  'mark-fixed': statusAction,
  'mark-failing': statusAction,
  'open-link': linkAction,
  'fix-files': fixFilesAction,
  'home-probe': homeProbeAction,
  'probe-endpoint': probeEndpointAction,
  'probe-details': probeDetailsAction,
  share: shareAction,
  'fleet-share': fleetShareAction,
  'add-details': addDetailsAction,
  'step-done': stepDoneAction,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

/** Shortcuts by callback_id (manifest.yml declares each with its type). */
const SHORTCUTS = {
  [DIAGNOSE_MESSAGE_CALLBACK]: diagnoseMessageShortcut,
  [PROBE_SHORTCUT_CALLBACK]: probeShortcut,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

const VIEWS = {
  [PROBE_MODAL_CALLBACK]: probeModalSubmit,
  [START_OVER_CALLBACK]: startOverSubmit,
  [REPLY_CALLBACK]: replySubmit,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every action id the app answers: a handled id or an engine id, each with an optional index (answer:2). */
const ANY_ACTION = /^([a-z][a-z0-9_-]*)(?::\d+)?$/;
for (const id of Object.keys(ACTIONS)) if (ANY_ACTION.exec(id)?.[1] !== id) throw new Error(`action id ${id} cannot be dispatched`);

export const REGISTERED = {
  events: Object.keys(EVENTS) as (keyof typeof EVENTS)[],
  /** message.* subscriptions = these channel types. */
  messageChannelTypes: [...MESSAGE_CHANNEL_TYPES],
  commands: Object.keys(COMMANDS),
  actions: Object.keys(ACTIONS),
  views: Object.keys(VIEWS),
  shortcuts: Object.keys(SHORTCUTS),
};

/** One of these names exactly. */
function oneOf(names: string[]): RegExp {
  return new RegExp(`^(?:${names.map(escapeRe).join('|')})$`);
}

/** Each table's listeners, built once. */
function built<T extends Record<string, (d: AppDeps) => AnyListener>>(table: T, deps: AppDeps): Map<string, AnyListener> {
  return new Map(Object.entries(table).map(([k, make]) => [k, make(deps)]));
}

type Dispatch = (args: never) => Promise<void>;

/** A press on a private answer answers by chat.postEphemeral when its response_url has expired (src/slack/private-respond.ts). */
function privatePress(args: never, deps: AppDeps): never {
  const a = args as { body?: unknown; respond?: RespondFn; client?: WebClient };
  const where = privateWhere(a.body);
  if (!where || !a.respond || !a.client) return args;
  return { ...(a as object), respond: respondOrEphemeral(a.respond, a.client, deps.logger, where) } as never;
}

/**
 * One Bolt listener per surface (events, commands, actions, views, shortcuts), each matching every
 * name of its table and handing the payload to that name's listener: Bolt runs every incoming
 * payload through each registered listener's matcher chain, so five chains instead of one per name
 * (the same listeners are called with the same arguments).
 */
export function registerListeners(app: App, deps: AppDeps): void {
  const a = app as unknown as {
    event(name: RegExp, fn: Dispatch): void;
    command(name: RegExp, fn: Dispatch): void;
    action(id: RegExp, fn: Dispatch): void;
    view(id: RegExp, fn: Dispatch): void;
    shortcut(id: RegExp, fn: Dispatch): void;
  };
  const events = built(EVENTS, deps);
  const commands = built(COMMANDS, deps);
  const actions = built(ACTIONS, deps);
  const feed = feedAction(deps);
  const views = built(VIEWS, deps);
  const shortcuts = built(SHORTCUTS, deps);
  type Args = { event: { type: string }; command: { command: string }; action: { action_id: string }; view: { callback_id: string }; shortcut: { callback_id: string } };
  const call = (fn: AnyListener | undefined, args: unknown) => (fn ? fn(args as never) : Promise.resolve());
  a.event(oneOf(REGISTERED.events), (args: never) => call(events.get((args as Args).event.type), args));
  a.command(oneOf(REGISTERED.commands), (args: never) => call(commands.get((args as Args).command.command), args));
  a.action(ANY_ACTION, (args: never) => {
    const base = ANY_ACTION.exec((args as Args).action.action_id)?.[1] ?? '';
    return call(actions.get(base) ?? feed, privatePress(args, deps));
  });
  a.view(oneOf(REGISTERED.views), (args: never) => call(views.get((args as Args).view.callback_id), args));
  a.shortcut(oneOf(REGISTERED.shortcuts), (args: never) => call(shortcuts.get((args as Args).shortcut.callback_id), args));
}
