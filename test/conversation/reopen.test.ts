/** A reopen after the fix worked (QA round 9 #5): recognised, and the reply follows what changed. */
import { reopenIn } from '../../src/conversation/reopen';
import { buildFixKit } from '../../src/fixkit';
import { step, freshState } from '../../src/conversation/engine';
import type { ConversationState } from '../../src/conversation/types';
import type { Reply } from '../../src/conversation/document';

describe('reopenIn', () => {
  it.each([
    'reopening: 5 days later the Room Kits show No HTTPS response again after the TMS node failover to tms02',
    'reopen: the SX80s show No HTTPS response again since yesterday',
    'No HTTPS response is back on all Room Kits',
    '5 日後に再発しました。セカンダリノードにフェイルオーバーした後です',
    'また出ました。TMS を再起動したら 2 台が No HTTPS response に戻りました',
    // QA round 10 #6: 「また … が出ました」 with the symptom named between.
    'また No HTTPS response が出ました。フェイルオーバーした後です',
    'また出ています',
    '再びエラーが発生しています',
  ])('%s → reopen', (t) => expect(reopenIn(t)).toBe(true));

  it.each([
    'what if it comes back?',
    'If "No HTTPS response" comes back, what do we check?',
    "ok false alarm, SQL was the remote cluster failing over, it's back",
    'still No HTTPS response on 3 of 40',
    'TMS 15.13 on Windows 2012 R2, endpoints CE 9.15.3',
    '再発したらどうすればいいですか',
    'また No HTTPS response が出たらどうすればいいですか',
    'SQL は一度起動しましたが、すぐにまた停止しました',
    'it works now',
    // QA round 10 #4: "reopening" alone, with a value and no symptom.
    "reopening this ticket: I forgot to give you the SQL build, it's 13.0.5026",
    'reopen: TMS is 15.13, not 15.2.1',
  ])('%s → not a reopen', (t) => expect(reopenIn(t)).toBe(false));

  it.each(['reopening: No HTTPS response on the Room Kits after the failover to tms02', 'reopen: the error is back on 3 systems'])('%s → still a reopen', (t) =>
    expect(reopenIn(t)).toBe(true),
  );
});

const text = (r: Reply[]): string => JSON.stringify(r);
function run(lang: 'en' | 'ja', msgs: string[]): { state: ConversationState; last: string } {
  let state = freshState(lang);
  let last = '';
  for (const m of msgs) {
    const out = step(state, { kind: 'text', text: m });
    state = out.state;
    last = text(out.replies);
  }
  return { state, last };
}

describe('the reply to a reopen', () => {
  const first = 'TMS 15.13, CE 9.15.3, SQL remote, Windows 2012 R2, level Medium';
  it('after a failover: the other node needs the registry and TMS Tools changes too', () => {
    const { last } = run('en', [first, 'fixed, thanks', 'reopening: 5 days later the Room Kits show No HTTPS response again after the TMS node failover to tms02']);
    expect(last).toContain('needed on both nodes');
    expect(last).not.toContain('does not change my previous answer');
  });
  it('after a restart (JA): the level saved, a policy, endpoints upgraded, as checks', () => {
    const { last } = run('ja', ['TMS 15.13、CE 9.15.3、SQL は別サーバ、Windows Server 2012 R2、レベルは Medium', '直りました', 'また出ました。TMS を再起動したら 2 台が No HTTPS response に戻りました']);
    expect(last).toContain('再起動のあとに再発しています');
    expect(last).toContain('グループ ポリシー');
  });
  it('「また No HTTPS response が出ました。フェイルオーバーした後です」 after 「直りました」: the failover reopen (QA round 10 #6)', () => {
    const out = run('ja', ['TMS 15.2.1、CE 9.15.3 の端末で No HTTPS response が出ています。SQL 2016 はローカル、Windows 2016 です', '直りました', 'また No HTTPS response が出ました。フェイルオーバーした後です']);
    expect(out.last).toContain('再発');
    expect(out.last).toContain('両方のノード');
    expect(out.last).not.toContain('読み取れませんでした');
  });
  it('with nothing said about what changed: asks what changed', () => {
    const { last } = run('en', [first, 'fixed', 'reopen: the SX80s show No HTTPS response again since yesterday']);
    expect(last).toContain('What changed before it came back?');
  });
  it('is marked as a reopen (a surface sets a Fixed status back to open); other replies are not', () => {
    let state = freshState('ja');
    const replies: Reply[][] = [];
    for (const m of ['TMS 15.13、CE 9.15.3、SQL は別サーバ、Windows Server 2012 R2、レベルは Medium', '直りました', '5 日後に再発しました。セカンダリノードにフェイルオーバーした後です']) {
      const out = step(state, { kind: 'text', text: m });
      state = out.state;
      replies.push(out.replies);
    }
    expect(replies[2]!.map((r) => r.reopened)).toEqual([true]);
    expect(replies.slice(0, 2).flat().some((r) => r.reopened)).toBe(false);
  });
});

describe('a value given with "reopening" or with "it came back" is read as usual (QA round 10 #4)', () => {
  const B = 'TMS 15.2.1, endpoints CE 9.15.3 show No HTTPS response, SQL 2016 local, Windows 2016';
  it('"reopening this ticket: I forgot to give you the SQL build": the build is updated and answered, no reopen', () => {
    const { state, last } = run('en', [B, "reopening this ticket: I forgot to give you the SQL build, it's 13.0.5026"]);
    expect(last).toContain('Updated: SQL Server 2016 → SQL Server 2016 (13.0.5026)');
    expect(last).not.toContain('Reopened');
    expect(last).not.toContain('Two values were given');
    expect(state.facts.sql?.build).toBe('13.0.5026');
  });
  it('"the problem came back after we upgraded more endpoints to ce 11.5": Updated and the answer for CE 11.5', () => {
    const { state, last } = run('en', [B, 'the problem came back after we upgraded more endpoints to ce 11.5']);
    expect(last).toContain('Updated: CE 9.15.3 → CE 11.5');
    expect(last).not.toContain('is back after it was fixed');
    expect(state.facts.endpoint?.raw).toMatch(/11\.5/);
  });
});

describe('after a reopen that names a failover, the fix is for the node now active (knowledge.md Fix 6: both nodes)', () => {
  const hello = 'tls.handshake.type == 1: Frame 412: 10.1.1.5 -> 10.2.3.44 TLSv1.2 Client Hello, Version: TLS 1.2 (0x0303)';
  const before = ['TMS 15.13, CE 9.15.3, SQL remote, Windows 2012 R2, level Medium', 'did the registry, rebooting now', 'TMS Tools saved', hello, 'fixed, thanks'];
  it('the first node\'s TLS 1.2 capture kept the fix files away before; after the failover reopen they are given', () => {
    const fixed = run('en', before).state;
    expect(buildFixKit({ facts: fixed.facts, lang: 'en' }).ok).toBe(false);
    const { state } = run('en', [...before, 'reopening: 5 days later the Room Kits show No HTTPS response again after the TMS node failover to tms02']);
    expect(state.facts.level).toBeUndefined();
    expect(state.facts.tlsClaims?.levelRaised).toBeUndefined();
    expect((state.facts.evidence?.observations ?? []).some((o) => o.code.startsWith('capture-'))).toBe(false);
    const kit = buildFixKit({ facts: state.facts, lang: 'en' });
    expect(kit.ok).toBe(true);
    if (kit.ok) expect(kit.files.map((f) => f.text).join('\n')).toMatch(/Medium-High/);
  });
  it('a reopen after a restart (same node) keeps what was done there', () => {
    const { state } = run('en', [...before, 'reopen: after the reboot last night the Room Kits show No HTTPS response again']);
    expect(state.facts.level).toBe('medium-high');
  });
});

