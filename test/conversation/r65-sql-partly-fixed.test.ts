/**
 * FIX10A 1: 「SQLが起動しなかった。一部は直りました」 says only a part was fixed (a part of what?): the SQL Server outage is kept (the
 * safe side: keeping one wrongly costs a "get SQL running first" section, dropping one may lead to TLS 1.0 off under SQL
 * 2008 R2). The past form over (「…再起動したら直りました」) and about another occasion (前回/以前/去年) stay no outage.
 */
import { saysSqlDown } from '../../src/domain/understand/sql-down';
import { runIn } from './helpers';

const PJ = 'TMS 15.2.1、Windows Server 2016です。TC7.3.6にアップグレードしたエンドポイントが No HTTPS response になります';
const sqlDown = (msgs: readonly string[]) => runIn('ja', [PJ, ...msgs]).state.facts.tlsClaims?.sqlDown;

describe('only a part said fixed: the outage is kept', () => {
  it.each([
    'SQLが起動しなかった。一部は直りました',
    'SQLが起動しなかった。いくつかは直りました',
    'SQLが起動しなかった。ほとんど直りました',
    'SQLが起動しなかった。再起動したら一部直りました',
    'SQLが起動しなかった。部分的に直りました',
    'SQLが起動しなかった。エンドポイントの一部は直りました',
  ])('%s', (msg) => {
    expect(saysSqlDown(msg)).toBe(true);
    expect(sqlDown([msg])).toBe(true);
  });

  it('the outage said, then 「一部は直りました」: still down', () => {
    expect(sqlDown(['SQLが起動しません', '一部は直りました'])).toBe(true);
  });
});

describe('the past form over or of another occasion: still no outage', () => {
  it.each(['SQLが起動しなかったけど、再起動したら直りました', 'SQLが起動しなかった。直りました', '前回SQLが起動しなかった時は再起動で直りました', 'SQLが起動しなかったのは去年の話です'])(
    '%s',
    (msg) => {
      expect(saysSqlDown(msg)).not.toBe(true);
      expect(sqlDown([msg])).not.toBe(true);
    },
  );
});
