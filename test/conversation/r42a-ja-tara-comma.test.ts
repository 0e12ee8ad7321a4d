import { runIn } from './helpers';
import { readTlsClaims } from '../../src/domain/understand/tls-claims';

/**
 * R42A #3: 「TLS 1.0を無効にしたら、SQL Serverが起動できません」: the たら clause ends at the comma and the next clause tells what
 * happened, so TLS 1.0 off is read with SQL down (as without the comma), not lost.
 */
describe('JA たら report with a comma before what happened', () => {
  it.each([
    'TLS 1.0を無効にしたら、SQL Serverが起動できません',
    'TLS 1.0を無効にしたら、SQL Serverが起動しなくなりました',
    'TLS 1.0を無効にしたら、SQLが起動しないのですが、どうすればいいですか？',
  ])('%s: TLS 1.0 off and SQL down', (msg) => {
    expect(runIn('ja', [msg]).state.facts.tlsClaims).toMatchObject({ tls10: 'off', sqlDown: true });
  });

  it.each([
    'TLS 1.0を無効にしたら、SQL Serverが起動できませんか？',
    'TLS 1.0を無効にしたら、どうなりますか？',
    'もしTLS 1.0を無効にしたら、SQL Serverが起動できません',
  ])('%s: a question or a supposition, TLS 1.0 not off', (msg) => {
    expect(readTlsClaims(msg).tls10).toBeUndefined();
  });
});
