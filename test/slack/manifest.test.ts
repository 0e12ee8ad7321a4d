/**
 * manifest.yml and the code agree: every event / command the manifest declares has a listener,
 * and every listener the code registers is declared.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EVENTS_PATH } from '../../src/slack/app';
import { REGISTERED } from '../../src/slack/listeners';

interface Manifest {
  display_information: { name: string; description: string; long_description: string; background_color: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    bot_user: { display_name: string };
    slash_commands: { command: string; description: string; usage_hint?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
    org_deploy_enabled: boolean;
    token_rotation_enabled: boolean;
  };
}

const read = (file: string) => parse(fs.readFileSync(path.join(__dirname, '../..', file), 'utf8')) as Manifest;

describe.each([
  ['manifest.yml', 'socket'],
  ['manifest.http.yml', 'http'],
] as const)('%s', (file, mode) => {
  const manifest = read(file);

  it('declares exactly the events the code listens to', () => {
    const fromCode = [
      ...REGISTERED.events.filter((e) => e !== 'message'),
      ...(REGISTERED.events.includes('message') ? REGISTERED.messageChannelTypes.map((t) => `message.${t}`) : []),
    ].sort();
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(fromCode);
  });

  it('declares exactly the slash commands the code listens to, each with a description and usage hint', () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...REGISTERED.commands].sort());
    for (const c of manifest.features.slash_commands) {
      expect(c.description.length).toBeGreaterThan(10);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.usage_hint?.length ?? 0).toBeGreaterThan(3);
    }
  });

  it('has the scopes the events and features need', () => {
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    const need: Record<string, string> = {
      app_mention: 'app_mentions:read',
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
      'message.mpim': 'mpim:history',
    };
    for (const e of manifest.settings.event_subscriptions.bot_events) if (need[e]) expect(scopes).toContain(need[e]);
    for (const s of ['chat:write', 'commands']) expect(scopes).toContain(s);
  });

  it('asks for no scope the code does not use (least privilege: an admin reviews every one)', () => {
    // chat:write covers chat.postMessage / postEphemeral / update; views.open and views.publish need no
    // scope; the bot never opens a DM itself (conversations.open would need im:write): a post naming
    // the user lands in the app's DM (private fix files), and chat.getPermalink needs no scope.
    const src = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? src(path.join(dir, e.name)) : [fs.readFileSync(path.join(dir, e.name), 'utf8')]));
    const code = src(path.join(__dirname, '../../src/slack')).join('\n');
    const methods = new Set([...code.matchAll(/client\.([a-z]+\.[a-zA-Z]+)\(/g)].map((m) => m[1]));
    // conversations.replies/history: the outbox looks for an already-posted reply after a crash
    // (covered by the *:history scopes below).
    expect([...methods].sort()).toEqual(['auth.test', 'chat.getPermalink', 'chat.postEphemeral', 'chat.postMessage', 'chat.update', 'conversations.history', 'conversations.replies', 'files.info', 'reactions.add', 'reactions.remove', 'users.info', 'views.open', 'views.publish', 'views.update']);
    // Each Web API method the code calls and the scope it needs (views.* need none).
    const scopeOf: Record<string, string | null> = {
      'chat.getPermalink': null,
      'chat.postEphemeral': 'chat:write',
      'chat.postMessage': 'chat:write',
      'chat.update': 'chat:write',
      'conversations.history': null,
      'conversations.replies': null,
      'reactions.add': 'reactions:write',
      'reactions.remove': 'reactions:write',
      // files.info and downloading a shared file's url_private_download (src/slack/files/).
      'files.info': 'files:read',
      'users.info': 'users:read',
      'auth.test': null,
      'views.update': null,
      'views.open': null,
      'views.publish': null,
    };
    const used = new Set([...methods].map((m) => scopeOf[m!]).filter((x): x is string => typeof x === 'string'));
    // files.uploadV2 (getUploadURLExternal + completeUploadExternal) needs files:write.
    expect(code).toMatch(/client\.filesUploadV2\(/);
    used.add('files:write');
    for (const s of used) expect(manifest.oauth_config.scopes.bot).toContain(s);
    const justified = new Set(['app_mentions:read', 'channels:history', 'groups:history', 'im:history', 'mpim:history', 'commands', ...used]);
    expect(manifest.oauth_config.scopes.bot.filter((s) => !justified.has(s))).toEqual([]);
  });

  it('keeps the display texts within Slack\'s limits', () => {
    const d = manifest.display_information;
    expect(d.name.length).toBeLessThanOrEqual(35);
    expect(d.description.length).toBeLessThanOrEqual(140);
    expect(d.long_description.length).toBeGreaterThanOrEqual(174);
    expect(d.long_description.length).toBeLessThanOrEqual(4000);
    expect(d.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('enables the App Home and interactivity, in its mode, without org deploy or token rotation', () => {
    expect(manifest.features.app_home).toMatchObject({ home_tab_enabled: true, messages_tab_enabled: true });
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings).toMatchObject({ socket_mode_enabled: mode === 'socket', org_deploy_enabled: false, token_rotation_enabled: false });
    expect(manifest.features.bot_user.display_name).toBe('tms-doctor');
  });

  it(mode === 'http' ? 'sends events, commands and interactivity to the one path the receiver serves' : 'needs no request URL', () => {
    const m = manifest as unknown as { settings: { event_subscriptions: { request_url?: string }; interactivity: { request_url?: string } }; features: { slash_commands: { url?: string }[] } };
    const urls = [m.settings.event_subscriptions.request_url, m.settings.interactivity.request_url, ...m.features.slash_commands.map((c) => c.url)];
    if (mode === 'socket') {
      expect(urls.filter(Boolean)).toEqual([]);
      return;
    }
    for (const u of urls) {
      expect(u).toMatch(/^https:\/\//);
      expect(new URL(u!).pathname).toBe(EVENTS_PATH);
    }
  });

  it('is the same app as the other manifest apart from how Slack reaches it', () => {
    const strip = (x: Manifest) => {
      const c = JSON.parse(JSON.stringify(x)) as Manifest & { settings: Record<string, unknown>; features: { slash_commands: Record<string, unknown>[] } };
      delete (c.settings as Record<string, unknown>).socket_mode_enabled;
      delete (c.settings.event_subscriptions as Record<string, unknown>).request_url;
      delete (c.settings.interactivity as Record<string, unknown>).request_url;
      for (const cmd of c.features.slash_commands) delete cmd.url;
      return c;
    };
    expect(strip(manifest)).toEqual(strip(read(mode === 'socket' ? 'manifest.http.yml' : 'manifest.yml')));
  });
});

describe('REGISTERED reflects what registerListeners really registers', () => {
  it('one listener per surface, matching exactly the names REGISTERED lists (actions with an optional index)', () => {
    const { registerListeners } = require('../../src/slack/listeners') as typeof import('../../src/slack/listeners');
    const seen = { event: [] as RegExp[], command: [] as RegExp[], action: [] as RegExp[], view: [] as RegExp[], shortcut: [] as RegExp[] };
    const app = {
      event: (re: RegExp) => seen.event.push(re),
      command: (re: RegExp) => seen.command.push(re),
      action: (re: RegExp) => seen.action.push(re),
      view: (re: RegExp) => seen.view.push(re),
      shortcut: (re: RegExp) => seen.shortcut.push(re),
    };
    registerListeners(app as never, {} as never);
    for (const list of Object.values(seen)) expect(list).toHaveLength(1);
    const matches = (re: RegExp, names: string[]) => names.filter((n) => re.test(n));
    const near = (names: string[]) => names.flatMap((n) => [`${n}x`, `x${n}`, n.toUpperCase(), `${n}:1:2`, ` ${n}`]);
    for (const [kind, names] of [
      ['event', REGISTERED.events],
      ['command', REGISTERED.commands],
      ['view', REGISTERED.views],
      ['shortcut', REGISTERED.shortcuts],
    ] as const) {
      const re = seen[kind][0]!;
      expect(matches(re, [...names])).toEqual([...names]);
      expect(matches(re, near([...names]))).toEqual([]);
    }
    const action = seen.action[0]!;
    for (const id of REGISTERED.actions) {
      expect(action.test(id)).toBe(true);
      expect(action.test(`${id}:2`)).toBe(true);
      expect(action.test(`${id}:2:3`)).toBe(false);
      expect(action.test(id.toUpperCase())).toBe(false);
    }
    // ids the engine puts on buttons are fed to it; nothing outside that shape is taken
    expect(['choose_sql', 'pick-2016', 'yes:0'].every((id) => action.test(id))).toBe(true);
    expect(['', '9lives', 'x y', 'a:b'].some((id) => action.test(id))).toBe(false);
  });
});
