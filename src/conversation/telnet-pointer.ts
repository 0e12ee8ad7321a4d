/**
 * Every answer that advises raising Communication Security to Medium-High carries the Telnet/SNMP caveat (QA51 #3):
 * "Keep in mind for later: … Preparing TMS first (TLS 1.2 on the server, Medium-High) avoids that", the TMS 14 answer's
 * "upgrade TMS, then registry, Medium-High", a catalogue answer "set Communication Security = Medium-High in TMS Tools".
 * knowledge.md (Caveats, Telnet and SNMP): raising the level from Medium to Medium-High turns Telnet and SNMP off,
 * TMSSNMPService stops, systems managed over Telnet/SNMP (Polycom HDX, older Tandberg MXP) lose management, SNMP
 * discovery stops; the user's real starting level is named.
 *
 * A reply that advises the change and says nothing of Telnet or SNMP gets one warning block right after the block that
 * advises it. Which block advises it is said by whoever built it (`Block.advises`, `Summary.advises`, from
 * src/domain/advises.ts for a finding's words), never read from the wording (test/conversation/telnet-advice-marked.test.ts
 * checks with a test-only reader of the wording that every reply advising the change is marked). Not when the level is
 * already Medium-High or High (nothing left to turn off), nor when the reply speaks of Telnet or SNMP anywhere (its own
 * caveat or answer). Pure and total: any surprise leaves the turn as it was.
 */
import type { SecurityLevel } from '../domain/types';
import type { Block, Reply } from './document';
import type { TurnResult } from './types';

const TELNET_OR_SNMP = /telnet|snmp/i;
/** The Telnet/SNMP caveat's entry in `state.shown` ("code:hash"): shown in full by an answer, or as the pointer ("…:pointer"). */
const TELNET_SHOWN = 'caveat-telnet-snmp-disabled:';

/** The block's visible texts (code excepted). */
export function textsOf(b: Block): string[] {
  switch (b.type) {
    case 'heading':
    case 'subheading':
    case 'paragraph':
    case 'context':
    case 'question':
      return [b.text];
    case 'steps':
    case 'bullets':
      return b.items;
    case 'warning':
      return [b.title, b.text];
    default:
      return [];
  }
}

/** Does the block advise the change to Medium-High? Its builder says so (`Block.advises`). */
function advises(b: Block): boolean {
  return b.advises === 'medium-high';
}

function pointer(lang: 'en' | 'ja', from: string, pre15: boolean): Block {
  return lang === 'ja'
    ? {
        type: 'warning',
        title: 'Medium-High にすると Telnet と SNMP が無効になります',
        text: `${pre15 ? 'TMS 15 へのアップグレード後、' : ''}[Communication Security] を ${from}${pre15 ? '（既定）' : ''} から Medium-High に上げると、TMS の Telnet と SNMP が無効になります（\`TMSSNMPService\` が停止し、TMS がアラートを表示します）。TMS が Telnet や SNMP で管理しているシステム（Polycom HDX や古い Tandberg MXP など）には「Security violation: Telnet communication is not allowed」が表示されて管理できなくなり、SNMP によるシステムの自動検出も止まります。変更の前に、そうしたシステムがないか確認してください。`,
      }
    : {
        type: 'warning',
        title: 'Medium-High turns Telnet and SNMP off',
        text: `${pre15 ? 'After the upgrade to TMS 15: raising' : 'Raising'} Communication Security from ${from}${pre15 ? ' (the default)' : ''} to Medium-High turns Telnet and SNMP off in TMS (\`TMSSNMPService\` stops and TMS raises an alert). Systems TMS manages over Telnet or SNMP (for example Polycom HDX or older Tandberg MXP units) then show "Security violation: Telnet communication is not allowed" and are no longer managed, and SNMP discovery of systems stops. Check for such systems before the change.`,
      };
}

function withPointer(reply: Reply, from: string, pre15: boolean): Reply {
  if (!reply || !Array.isArray(reply.blocks) || (reply.lang !== 'en' && reply.lang !== 'ja')) return reply;
  let at = -1;
  for (let i = 0; i < reply.blocks.length; i++) {
    const xs = textsOf(reply.blocks[i]);
    if (xs.some((x) => TELNET_OR_SNMP.test(x))) return reply;
    // (A title or a question names the change asked about; the text under it is what advises it, or not.)
    const kind = reply.blocks[i].type;
    if (at < 0 && kind !== 'heading' && kind !== 'subheading' && kind !== 'question' && advises(reply.blocks[i])) at = i;
  }
  if (at < 0) return reply;
  // (A finding's own words, kept on the reply's diagnosis: its caveat is already there when it names Telnet.)
  if (reply.diagnosis && TELNET_OR_SNMP.test(JSON.stringify(reply.diagnosis.findings ?? []))) return reply;
  const after = at;
  const added = pointer(reply.lang, from, pre15);
  const blocks = [...reply.blocks.slice(0, after + 1), added, ...reply.blocks.slice(after + 1)];
  const out: Reply = { ...reply, blocks };
  // (Inside the blocks that answer a question asked with the facts, the pointer is one of them.)
  if (typeof reply.answers === 'number' && after < reply.answers) out.answers = reply.answers + 1;
  // (A surface that shows the short form (the Slack card) shows its caveats: the pointer is one when that form advises the change too.)
  const s = reply.summary;
  if (s && added.type === 'warning' && s.advises === 'medium-high') {
    out.summary = { ...s, caveats: [...s.caveats, { code: 'caveat-telnet-snmp-disabled', text: added.title, detail: [added.text] }] };
  }
  return out;
}

/** The starting level as the caveat names it: the level held, Medium (the default) when none or TMS is before 15. */
function startingLevel(level: SecurityLevel | undefined, tmsMajor: number | null): string | null {
  if (level === 'medium-high' || level === 'high') return null;
  if (tmsMajor !== null && tmsMajor < 15) return 'Medium';
  return level === 'low' ? 'Low' : 'Medium';
}

/** The turn, each reply that advises Medium-High without a word on Telnet/SNMP given the caveat. */
export function withTelnetPointer(turn: TurnResult): TurnResult {
  try {
    const facts = turn.state?.facts;
    const major = facts?.tms?.semver ? Number(facts.tms.semver.split('.')[0]) : null;
    const known = major !== null && Number.isFinite(major) ? major : null;
    const from = startingLevel(facts?.level, known);
    // (A message not understood is echoed back: its words are the user's, not advice.)
    if (!from || !Array.isArray(turn.replies) || turn.route === 'not-understood') return turn;
    // (Said once per conversation: once the caveat was shown, in full or as this pointer, later answers that mention
    // Medium-High do not repeat it.)
    const shown = Array.isArray(turn.state.shown) ? turn.state.shown : [];
    if (shown.some((x) => typeof x === 'string' && x.startsWith(TELNET_SHOWN))) return turn;
    const pre15 = known !== null && known < 15;
    const replies = turn.replies.map((r) => withPointer(r, from, pre15));
    if (replies.every((r, i) => r === turn.replies[i])) return turn;
    return { ...turn, replies, state: { ...turn.state, shown: [...shown, `${TELNET_SHOWN}pointer`] } };
  } catch {
    return turn;
  }
}
