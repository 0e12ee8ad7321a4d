/**
 * QA54's Slack session kit (from the QA's scratch tests, /work/wt/qa54-scratch): a real app on a fake Web API, a local
 * CE 8.1 simulator, users UALICE/UBOB en-US and UJA/UHANA ja-JP; each post rendered as mrkdwn into `log`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startSimulatedEndpoint, type SimulatedEndpoint } from '../../src/probe/sim';
import type { Call } from './fake-slack';
import { startHarness, type Harness } from './harness';
import { blockActions, eventCallback, FORM, mention, message, post, slashCommand, viewSubmission } from './signed';

export const FIX = path.join(__dirname, '..', 'fixtures', 'evidence');
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function dec(b: Buffer | null): string {
  if (!b) return '';
  if (b[0] === 0xff && b[1] === 0xfe) return b.subarray(2).toString('utf16le');
  return b.toString('utf8');
}

export function blocksOf(c: Call): any[] {
  const b = c.body.blocks;
  return (typeof b === 'string' ? JSON.parse(b) : b) ?? [];
}

const issues: string[] = [];
function txt(t: any): string {
  if (!t) return '';
  return typeof t === 'string' ? t : String(t.text ?? '');
}
export function render(c: Call): string {
  const out: string[] = [];
  const b = c.body;
  const where = [
    `ch=${b.channel ?? b.channel_id ?? ''}`,
    b.thread_ts ? `thread=${b.thread_ts}` : '',
    b.ts ? `ts=${b.ts}` : '',
    b.user ? `user=${b.user}` : '',
    b.response_type ? `rtype=${b.response_type}` : '',
    b.replace_original !== undefined ? `replace=${b.replace_original}` : '',
    b.delete_original !== undefined ? `delete=${b.delete_original}` : '',
    b._id ? `rid=${b._id}` : '',
    b.reply_broadcast ? 'BROADCAST' : '',
  ].filter(Boolean).join(' ');
  out.push(`=== ${c.method} ${where}`);
  const blocks = blocksOf(c);
  if (b.text !== undefined) out.push(`[fallback text ${String(b.text).length} chars]: ${String(b.text).slice(0, 300).replace(/\n/g, '⏎')}`);
  if (String(b.text ?? '').length > 40000) issues.push(`${c.method}: text > 40000`);
  if (blocks.length > 50) issues.push(`${c.method}: ${blocks.length} blocks > 50`);
  for (const bl of blocks) {
    switch (bl.type) {
      case 'header':
        out.push(`# ${txt(bl.text)}`);
        if (txt(bl.text).length > 150) issues.push(`header > 150: ${txt(bl.text).length}`);
        break;
      case 'section': {
        const t = txt(bl.text);
        if (t.length > 3000) issues.push(`section text ${t.length} > 3000`);
        out.push(`§ ${t}`);
        for (const f of bl.fields ?? []) {
          out.push(`  field: ${txt(f)}`);
          if (txt(f).length > 2000) issues.push(`field > 2000`);
        }
        if ((bl.fields ?? []).length > 10) issues.push('fields > 10');
        if (bl.accessory) out.push(`  accessory: ${bl.accessory.type} ${txt(bl.accessory.text)} ${bl.accessory.action_id ?? ''}`);
        break;
      }
      case 'context':
        if ((bl.elements ?? []).length > 10) issues.push('context elements > 10');
        out.push(`ctx: ${(bl.elements ?? []).map((e: any) => txt(e)).join(' | ')}`);
        for (const e of bl.elements ?? []) if (txt(e).length > 3000) issues.push('context text > 3000');
        break;
      case 'actions':
        if ((bl.elements ?? []).length > 25) issues.push('actions > 25');
        out.push(`[buttons] ${(bl.elements ?? []).map((e: any) => {
          if (txt(e.text).length > 75) issues.push(`button label > 75: ${txt(e.text)}`);
          if (String(e.value ?? '').length > 2000) issues.push(`button value > 2000`);
          if (e.type === 'button') return `[${txt(e.text)}](${e.action_id}${e.value !== undefined ? '=' + String(e.value).slice(0, 60) : ''})`;
          if (e.options) return `<${e.type} ${e.action_id}: ${e.options.map((o: any) => txt(o.text)).join('/')}>`;
          return `<${e.type} ${e.action_id}>`;
        }).join(' ')}`);
        break;
      case 'divider':
        out.push('---');
        break;
      case 'rich_text':
        out.push(`rich: ${JSON.stringify(bl.elements).slice(0, 2000)}`);
        break;
      default:
        out.push(`<${bl.type}> ${JSON.stringify(bl).slice(0, 500)}`);
    }
  }
  if (b.view) {
    const v = typeof b.view === 'string' ? JSON.parse(b.view) : b.view;
    out.push(`[view ${v.callback_id}] title=${txt(v.title)} submit=${txt(v.submit)}`);
    for (const bl of v.blocks ?? []) out.push(`  ${bl.type}: ${txt(bl.text) || txt(bl.label)} ${bl.element ? `(${bl.element.type} ${bl.element.action_id} placeholder=${txt(bl.element.placeholder)} initial=${bl.element.initial_value ?? ''})` : ''} ${bl.elements ? bl.elements.map((e: any) => txt(e)).join(' ') : ''}`);
  }
  if (b.files) out.push(`files: ${JSON.stringify(b.files)} initial_comment=${b.initial_comment ?? ''}`);
  return process.env.RAW ? out.join('\n') : unesc(out.join('\n'));
}

const INTERESTING = /^(chat\.|response_url|views\.|files\.completeUploadExternal|files\.getUploadURLExternal)/;

export class Session {
  h!: Harness;
  sim?: SimulatedEndpoint;
  seen = 0;
  log: string[] = [];
  constructor(readonly name: string) {}
  async start(): Promise<this> {
    this.sim = await startSimulatedEndpoint('ce81', { keyBits: 1024 });
    this.h = await startHarness({ probeEnv: { PROBE_ALLOW: '127.0.0.0/8', PROBE_PORTS: `443,${this.sim.port}` } });
    this.h.fake.locales.set('UJA', 'ja-JP');
    this.h.fake.locales.set('UHANA', 'ja-JP');
    this.h.fake.locales.set('UBOB', 'en-US');
    this.h.fake.locales.set('UALICE', 'en-US');
    return this;
  }
  async stop() {
    this.flush();
    this.log.push(`\nLIMIT ISSUES: ${issues.length ? issues.join('\n') : 'none'}`);
    // QA54_LOG=dir: what the bot posted, rendered, for reading by hand.
    if (process.env.QA54_LOG) fs.writeFileSync(path.join(process.env.QA54_LOG, `${this.name}.txt`), this.log.join('\n'));
    issues.length = 0;
    await this.h.close();
    await this.sim?.close();
  }
  note(s: string) {
    this.flush();
    this.log.push(`\n>>>>> ${s}`);
  }
  flush() {
    const cs = this.h.fake.calls.slice(this.seen);
    this.seen = this.h.fake.calls.length;
    for (const c of cs) if (INTERESTING.test(c.method)) this.log.push(render(c));
    for (const u of this.h.fake.completedUploads()) if (!(u as any)._printed) {
      (u as any)._printed = true;
      this.log.push(`=== UPLOAD ${u.filename} (${u.length} bytes) ch=${u.channel} thread=${u.threadTs ?? ''} title=${u.title} comment=${u.initialComment ?? ''}\n----8<----\n${dec(u.bytes).slice(0, 6000)}\n----8<----`);
    }
  }
  async settle(ms = 400) {
    await sleep(ms);
    await this.h.bot.idle();
    await sleep(100);
    await this.h.bot.idle();
  }
  posts() { return this.h.fake.of('chat.postMessage'); }
  tsOf(c: Call): string {
    const i = this.posts().indexOf(c);
    if (i >= 0) return this.h.fake.messages[i]!.ts;
    return String(c.body.ts ?? '1.1');
  }
  async mention(ch: string, user: string, text: string): Promise<string> {
    this.note(`${user} @mentions in ${ch}: ${text.slice(0, 400)}`);
    const m = mention(ch, user, `<@UBOT> ${text}`);
    await post(this.h.port, eventCallback(m));
    await this.settle();
    return m.ts as string;
  }
  async reply(ch: string, user: string, threadTs: string, text: string, extra: Record<string, unknown> = {}) {
    this.note(`${user} replies in thread ${threadTs}: ${text.slice(0, 400)}`);
    await post(this.h.port, eventCallback(message(ch, 'channel', user, text, { thread_ts: threadTs, ...extra })));
    await this.settle();
  }
  async dm(user: string, text: string, extra: Record<string, unknown> = {}) {
    this.note(`${user} DMs: ${text.slice(0, 400)}`);
    await post(this.h.port, eventCallback(message(`D${user.slice(1)}`, 'im', user, text, extra)));
    await this.settle();
  }
  async slash(cmd: string, text: string, user = 'UALICE', rid = `r${Date.now()}`) {
    this.note(`${user} runs ${cmd} ${text.slice(0, 300)} (rid=${rid})`);
    const r = await post(this.h.port, slashCommand(cmd, text, this.h.fake.responseUrl(rid), { user_id: user }), { contentType: FORM });
    this.log.push(`HTTP ack: ${r.status} ${r.text.slice(0, 500)} (${r.ms} ms)`);
    await this.settle(800);
    return rid;
  }
  /** Find the latest call (post/update/response) that has button id. */
  withButton(id: string): Call | undefined {
    const cs = this.h.fake.calls.filter((c) => INTERESTING.test(c.method));
    for (let i = cs.length - 1; i >= 0; i--) if (findBtn(cs[i]!, id)) return cs[i];
    return undefined;
  }
  async press(id: string, user: string, opts: { on?: Call; ch?: string; threadTs?: string; selected?: string; rid?: string } = {}) {
    const on = opts.on ?? this.withButton(id);
    if (!on) { this.note(`!!! no button ${id} to press`); return; }
    const b = findBtn(on, id)!;
    const rid = opts.rid ?? `p-${id}-${Date.now()}`;
    const ephemeral = on.method === 'response_url' || on.method === 'chat.postEphemeral';
    const ch = opts.ch ?? String(on.body.channel ?? 'C0INCIDENT');
    const threadTs = opts.threadTs ?? (on.body.thread_ts as string | undefined) ?? this.h.fake.messages.find((m) => m.ts === on.body.ts)?.thread_ts;
    this.note(`${user} presses [${b.label}] (${b.actionId}) on ${on.method} in ${ch} rid=${rid}`);
    await post(this.h.port, blockActions({ blockId: b.blockId, actionId: b.actionId, value: b.value, selected: opts.selected, user, channel: ch.startsWith('U') ? `D${ch.slice(1)}` : ch, messageTs: this.tsOf(on), threadTs, ephemeral, messageBlocks: ephemeral ? undefined : blocksOf(on), responseUrl: this.h.fake.responseUrl(rid) }), { contentType: FORM });
    await this.settle(600);
  }
  lastView(): any {
    const v = this.h.fake.calls.filter((c) => c.method.startsWith('views.open') || c.method.startsWith('views.push')).at(-1);
    if (!v) return undefined;
    return typeof v.body.view === 'string' ? JSON.parse(v.body.view) : v.body.view;
  }
  async submit(callback: string, values: Record<string, Record<string, { type: string; value: string }>>, user = 'UALICE') {
    const v = this.lastView();
    this.note(`${user} submits modal ${callback} ${JSON.stringify(values)}`);
    const r = await post(this.h.port, viewSubmission(callback, v?.private_metadata ?? '', values, user), { contentType: FORM });
    this.log.push(`HTTP ack: ${r.status} ${r.text.slice(0, 800)}`);
    await this.settle(1500);
  }
  async shareFile(ch: string, user: string, threadTs: string | undefined, fixture: string, name = path.basename(fixture), text = '') {
    const id = `F${Math.floor(Math.random() * 1e8)}`;
    const f = this.h.fake.addFile(id, name, fs.readFileSync(path.join(FIX, fixture)));
    this.note(`${user} shares file ${name} (${fixture}) in ${ch} thread=${threadTs ?? '-'} text=${text}`);
    const chType = ch.startsWith('D') ? 'im' : 'channel';
    await post(this.h.port, eventCallback(message(ch, chType as any, user, text, { ...(threadTs ? { thread_ts: threadTs } : {}), subtype: 'file_share', files: [f] })));
    await this.settle(1500);
  }
}

export function findBtn(c: Call, id: string): { blockId: string; actionId: string; value?: string; label: string } | undefined {
  for (const b of blocksOf(c))
    if (b.type === 'actions')
      for (const e of b.elements) if (e.action_id === id || String(e.action_id).startsWith(`${id}:`)) return { blockId: b.block_id, actionId: e.action_id, value: e.value ?? e.options?.[0]?.value, label: txt(e.text) };
  for (const b of blocksOf(c)) if (b.type === 'section' && b.accessory && (b.accessory.action_id === id || String(b.accessory.action_id).startsWith(`${id}:`))) return { blockId: b.block_id, actionId: b.accessory.action_id, value: b.accessory.value, label: txt(b.accessory.text) };
  return undefined;
}
export { viewSubmission };
