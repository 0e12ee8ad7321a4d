/**
 * Lines of `tms-doctor probe`'s own output pasted back on their own ("TMS at High (certificate checked): likely fails
 * (self-signed certificate)", "TLS 1.0 refused: … at Medium-High (TLS 1.2 enabled on the TMS server) it can.", a table
 * row): the tool's what-if wording about a probed endpoint, not the user's level, TLS settings or certificates (QA43 #1,
 * #2). Nothing is recorded; the reply says what the line is and how to add a probe result, then the open question.
 * A whole report (with its heading, or a fleet table, CSV or JSON lines) is read by the evidence reader instead.
 */
import { isProbeCardLine, isProbeCardShortLine, isProbeCardTitle, isProbeOutputLine, readProbeOutput } from '../probe/output-read';
import type { ConversationState, TurnResult } from './types';
import { next, questionBlocksFor, reply, paraFrom } from './compose';
import type { Block } from './document';
import { TEXTS } from './texts';

const TEXT = {
  en: 'That is a line of tms-doctor\'s own probe output. Its "TMS at Medium / Medium-High / High" lines and its last sentence say what TMS would see at each level when talking to the probed endpoint: they are not your settings, so nothing was changed here. To add a probe result to this conversation, use "Probe an endpoint" below (or paste the whole report, and I will read what it shows).',
  ja: 'これは tms-doctor 自身のプローブ出力の一行です。「TMS at Medium / Medium-High / High」の行や最後の一文は、プローブしたエンドポイントに対して TMS が各レベルでどうなるかを示したもので、お使いの設定ではありません。そのため、ここでは何も変更していません。この会話にプローブ結果を加えるには、下の [エンドポイントをプローブ] を使ってください（レポート全体を貼り付けていただければ、その内容を読み取ります）。',
} as const;

/** The same for text copied from the Slack app's probe card (its table, sentences, brief): the card's own words. */
const CARD_TEXT = {
  en: 'That is text from my own probe card. Its lines ("TMS Medium / Medium-High", "TMS at … would connect", "At High …") say what TMS would see at each level when talking to the probed endpoint: they are not your settings, so nothing was changed here. The probe result it came from is already with its conversation; to add a probe to this one, use the "Probe an endpoint" button under my answer, or `/tls-probe HOST[:PORT]`.',
  ja: 'これは私自身のプローブ結果カードの文面です。「TMS Medium / Medium-High」の行や、各レベルで接続できるかどうかの文は、プローブしたエンドポイントに対して TMS が各レベルでどうなるかを示したもので、お使いの設定ではありません。そのため、ここでは何も変更していません。元のプローブ結果は、その会話にすでに加わっています。この会話にプローブを加えるには、私の回答の下にある [エンドポイントをプローブ] ボタンか、`/tls-probe HOST[:PORT]` を使ってください。',
} as const;

/** The same when this conversation holds no probe result: where the card came from is not known here. */
const CARD_TEXT_NO_PROBE = {
  en: 'That looks like text from my own probe card. Its lines ("TMS Medium / Medium-High", "TMS at … would connect", "At High …") say what TMS would see at each level when talking to a probed endpoint: they are not your settings, so nothing was changed here. No probe has run in this conversation; to add one, use the "Probe an endpoint" button under my answer, or `/tls-probe HOST[:PORT]`. If that was your own description of your TMS, tell me in your own words (for example "our TMS is at Medium").',
  ja: 'これは私自身のプローブ結果カードの文面のようです。「TMS Medium / Medium-High」の行や、各レベルで接続できるかどうかの文は、プローブしたエンドポイントに対して TMS が各レベルでどうなるかを示したもので、お使いの設定ではありません。そのため、ここでは何も変更していません。この会話ではまだプローブを実行していません。プローブを加えるには、私の回答の下にある [エンドポイントをプローブ] ボタンか、`/tls-probe HOST[:PORT]` を使ってください。お使いの TMS の状況を伝えたい場合は、ご自身の言葉で書いてください（例：「TMS は Medium です」）。',
} as const;

/** Is every non-empty line of the text a probe output line (and is it not a whole report)? */
export function probeOutputLinesOnly(text: string): boolean {
  if (text.length > 20_000) return false;
  let n = 0;
  let short = false;
  for (const line of text.split('\n', 200)) {
    if (line.trim() === '' || isProbeCardTitle(line)) continue;
    if (isProbeCardShortLine(line)) {
      // "TMS at Medium cannot connect." alone is the user's own statement (QA45 R2): card text only among the card's lines.
      short = true;
      continue;
    }
    if (!isProbeOutputLine(line)) return false;
    n++;
  }
  return n > 0 && readProbeOutput(text) === null && (!short || text.split('\n', 200).some((l) => isProbeCardLine(l)));
}

export function onProbeOutputLines(s: ConversationState, text: string): TurnResult | null {
  if (!probeOutputLinesOnly(text)) return null;
  // Copied from the Slack card (every line one of the card's): said as such, with the Slack ways to probe.
  const card = text.split('\n', 200).every((l) => l.trim() === '' || isProbeCardTitle(l) || isProbeCardLine(l) || isProbeCardShortLine(l));
  // "Already with its conversation" only where this conversation holds a probe result (QA45 R2).
  const said = card ? (s.facts.probe ? CARD_TEXT : CARD_TEXT_NO_PROBE) : TEXT;
  // The console's output: no surface's command in the words (a Slack chat has no "probe HOST"), the probe offered as the
  // action, which each surface draws its own way (a button in Slack, "probe HOST[:PORT]" in the console) (FIX20D #4).
  const offer: Block[] = card ? [] : [{ type: 'actions', actions: [{ id: 'probe-endpoint', label: TEXTS[s.lang].actions.probe, style: 'primary' }] }];
  return { state: next(s, {}), replies: [reply(s.lang, [paraFrom(said, s.lang), ...questionBlocksFor(s), ...offer])] };
}
