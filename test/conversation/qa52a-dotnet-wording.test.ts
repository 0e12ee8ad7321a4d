/**
 * QA52 #9 (wording): a pasted "Could not create SSL/TLS secure channel" is not described as a connection that "ended while it
 * was sending" (that is the text of "An unexpected error occurred on a send"): the card says what the pasted error says.
 */
import { blocksText, runIn } from './helpers';

const LOG =
  '2026-12-05 10:01:22,123 [TMSLiveService] ERROR Tandberg.TMS.Framework - Request to https://10.1.2.3/getxml failed: System.Net.WebException: The request was aborted: Could not create SSL/TLS secure channel.\n   at System.Net.HttpWebRequest.GetResponse()';

describe('QA52 #9: the .NET card describes the pasted error as pasted', () => {
  it.each([
    ['en', 'TMS 15.13, Medium-High, rebooted, Win 2016, SQL 2016 remote, CE 9.15', /ended while it was sending/],
    ['en', 'TMS 15.13, Win 2016, SQL 2016 remote, CE 9.15', /ended while TMS was sending/],
    ['ja', 'TMS 15.13、Medium-High、再起動済み、Win 2016、SQL 2016 別サーバ、CE 9.15', /送信中に接続が切れた/],
  ] as const)('%s: %s', (lang, setup, wrong) => {
    const out = blocksText(runIn(lang, [setup, LOG]).replies);
    expect(out).toMatch(/Could not create SSL\/TLS secure channel|SSL\/TLS のセキュリティで保護されているチャネル|secure channel/i);
    expect(out).not.toMatch(wrong);
  });
});
