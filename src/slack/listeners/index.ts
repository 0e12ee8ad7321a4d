/**
 * Every listener the app registers, grouped by surface. The exported name lists are derived from
 * the same tables the registration loops over, so the manifest test compares real registrations.
 */
import type { App } from '@slack/bolt';
import type { AppDeps } from '../deps';
import { fixFilesAction, linkAction, showStepsAction, startOverAction, statusAction } from './actions/card';
import { feedAction } from './actions/feed';
import { homeProbeAction } from './actions/home-probe';
import { DIAGNOSE_MESSAGE_CALLBACK, diagnoseMessageShortcut, PROBE_SHORTCUT_CALLBACK, probeShortcut } from './shortcuts';
import { probeEndpointAction } from './actions/probe-endpoint';
import { shareAction } from './actions/share';
import { tlsProbe } from './commands/tls-probe';
import { tmsDiagnose } from './commands/tms-diagnose';
import { appHomeOpened } from './events/app-home-opened';
import { appMention } from './events/app-mention';
import { MESSAGE_CHANNEL_TYPES, message } from './events/message';
import { PROBE_MODAL_CALLBACK, probeModalSubmit } from './views/probe-modal';
import { START_OVER_CALLBACK, startOverSubmit } from './views/start-over-modal';

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
  share: shareAction,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

/** Shortcuts by callback_id (manifest.yml declares each with its type). */
const SHORTCUTS = {
  [DIAGNOSE_MESSAGE_CALLBACK]: diagnoseMessageShortcut,
  [PROBE_SHORTCUT_CALLBACK]: probeShortcut,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

const VIEWS = {
  [PROBE_MODAL_CALLBACK]: probeModalSubmit,
  [START_OVER_CALLBACK]: startOverSubmit,
} satisfies Record<string, (d: AppDeps) => AnyListener>;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function actionIdPattern(id: string): RegExp {
  return new RegExp(`^${escapeRe(id)}(?::\\d+)?$`);
}

/** Any other action id the engine puts on a button is fed to the engine as-is. */
export const OTHER_ACTIONS = new RegExp(`^(?!(?:${Object.keys(ACTIONS).map(escapeRe).join('|')})(?::\\d+)?$)[a-z][a-z0-9_-]*(?::\\d+)?$`);

export const REGISTERED = {
  events: Object.keys(EVENTS) as (keyof typeof EVENTS)[],
  /** message.* subscriptions = these channel types. */
  messageChannelTypes: [...MESSAGE_CHANNEL_TYPES],
  commands: Object.keys(COMMANDS),
  actions: Object.keys(ACTIONS),
  views: Object.keys(VIEWS),
  shortcuts: Object.keys(SHORTCUTS),
};

export function registerListeners(app: App, deps: AppDeps): void {
  const a = app as unknown as {
    event(name: string, fn: unknown): void;
    command(name: string, fn: unknown): void;
    action(id: RegExp, fn: unknown): void;
    view(id: string, fn: unknown): void;
    shortcut(id: string, fn: unknown): void;
  };
  for (const [name, make] of Object.entries(EVENTS)) a.event(name, make(deps));
  for (const [name, make] of Object.entries(COMMANDS)) a.command(name, make(deps));
  for (const [id, make] of Object.entries(ACTIONS)) a.action(actionIdPattern(id), make(deps));
  a.action(OTHER_ACTIONS, feedAction(deps));
  for (const [id, make] of Object.entries(VIEWS)) a.view(id, make(deps));
  for (const [id, make] of Object.entries(SHORTCUTS)) a.shortcut(id, make(deps));
}
