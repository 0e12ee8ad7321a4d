/** QA54 #12: a shared file's name is user input: no mrkdwn marker in it formats the reply ("*evil*" was bold). */
import { step } from '../../src/conversation/engine';
import { fileName } from '../../src/conversation/evidence-turn';
import { readPastedText } from '../../src/evidence';

describe('QA54 #12: mrkdwn in a file name', () => {
  it('fileName: * ~ and a word-edge _ become look-alikes; a name without them is as it was', () => {
    expect(fileName('<!channel>*evil*`x`.txt')).toBe('<!channel>＊evil＊｀x｀.txt');
    expect(fileName('~strike~ _it_.reg')).toBe('～strike～ ＿it＿.reg');
    expect(fileName('tms_to_sx80.pcap')).toBe('tms_to_sx80.pcap');
    expect(fileName('キャプチャ.pcap')).toBe('キャプチャ.pcap');
  });

  it.each(['en', 'ja'] as const)('%s: the reply to "*evil*.txt" names it with no bold marker', (lang) => {
    const reading = readPastedText('SELECT @@VERSION\nMicrosoft SQL Server 2016 (SP2) - 13.0.5026.0 (X64)');
    const opening = lang === 'ja' ? 'TMS 15.2.1 で No HTTPS response です' : 'TMS 15.2.1 No HTTPS response';
    const s = step(null, { kind: 'text', text: opening }).state;
    const r = step(s, { kind: 'evidence', source: '<!channel>*evil*.txt', reading });
    const all = JSON.stringify(r.replies);
    expect(all).not.toContain('*evil*');
    expect(all).toContain('＊evil＊');
  });
});
