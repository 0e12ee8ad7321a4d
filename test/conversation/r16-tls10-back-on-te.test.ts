/** 「TLS 1.0を有効に戻して再起動しました」: the て-form of putting TLS 1.0 back on is read as 「TLS1.0を有効に戻しました。」 is. */
import { readTlsClaims } from '../../src/domain/understand/tls-claims';
import { runIn } from './helpers';

describe('TLS 1.0 put back on, said in the て-form', () => {
  it.each<[string, object]>([
    ['TLS 1.0を有効に戻して再起動しました', { tls10: 'on', restarted: true }],
    ['TLS 1.0を有効にしてから再起動しました', { tls10: 'on', restarted: true }],
    ['TLS 1.0を無効にしてサーバを再起動しました', { tls10: 'off', restarted: true }],
  ])('%s', (t, want) => {
    expect(readTlsClaims(t)).toMatchObject(want);
  });

  it.each(['TLS 1.0を有効に戻して再起動しましたか？', 'TLS 1.0を有効に戻して再起動しませんでした', 'TLS 1.0を有効に戻して再起動すればいいですか', 'TLS 1.0を有効に戻してもSQLが起動しません'])(
    '%s → no TLS 1.0 state',
    (t) => {
      expect(readTlsClaims(t).tls10).toBeUndefined();
    },
  );

  it('in a conversation: TLS 1.0 on is stored, as it is for 「TLS1.0を有効に戻しました。」', () => {
    const r = runIn('ja', ['TMS 15.9, CE 9.15, SQL 2016 リモート, Windows 2019', 'TLS 1.0を有効に戻して再起動しました']);
    expect(r.state.facts.tlsClaims?.tls10).toBe('on');
  });
});
