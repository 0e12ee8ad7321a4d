import { escapeMrkdwn } from '../../src/slack/mrkdwn';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addressedToSomeoneElse, incomingText, mentionsSomeone, slackToPlain } from '../../src/slack/listeners/events/text';
import { readPastedText } from '../../src/evidence/text';

describe('incoming Slack text is decoded to what the user saw', () => {
  it.each([
    ['TMS 15.2.1 &amp; CE 9.15', 'TMS 15.2.1 & CE 9.15'],
    ['x &lt; y &gt; z', 'x < y > z'],
    ['typed an entity: &amp;lt;', 'typed an entity: &lt;'],
    ['<@U123|alice> and <@U456>', '@alice and @U456'],
    ['<#C1|incidents> <#C2>', '#incidents #C2'],
    ['<!channel> <!here|here> <!subteam^S1|@tms-team> <!date^1392734382^{date}|Feb 18, 2014>', '@channel here @tms-team Feb 18, 2014'],
    ['<https://evil.example|Microsoft KB> <https://a.example/x> <mailto:a@b.c|a@b.c>', 'Microsoft KB https://a.example/x a@b.c'],
    ['codec <http://codec.example.com|codec.example.com>', 'codec codec.example.com'],
  ])('%s', (wire, plain) => {
    expect(slackToPlain(wire)).toBe(plain);
  });

  it('round-trips through the outgoing escape exactly once', () => {
    const wire = '&lt;!channel&gt; &amp;amp; <!here>';
    const plain = slackToPlain(wire);
    expect(plain).toBe('<!channel> &amp; @here');
    expect(escapeMrkdwn(plain)).toBe('&lt;!channel&gt; &amp;amp; @here');
  });

  it('drops the bot mention, then decodes', () => {
    expect(incomingText('<@UBOT|tms-doctor>  TMS &lt;15 ', 'UBOT')).toBe('TMS <15');
    expect(incomingText(undefined, 'UBOT')).toBe('');
  });
});

describe('evidence pasted in a Slack code block reads as it does from a file', () => {
  const FIX = join(__dirname, '..', 'fixtures', 'evidence');
  /** What Slack sends for a message "@bot ```<paste>```": entities escaped, the fences glued to the text. */
  const wire = (paste: string) => `<@UBOT> \`\`\`${paste.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').trimEnd()}\`\`\``;
  const read = (text: string) => readPastedText(text).observations.map((o) => `${o.code}: ${o.detail.en}`);

  it('spaces and tabs inside the text are kept (columns), the ends trimmed', () => {
    expect(incomingText('<@UBOT>  Id    Message\n  36874\tError  ', 'UBOT')).toBe('Id    Message\n  36874\tError');
  });

  it.each([
    'events/getwinevent-table.txt',
    'registry/gci.txt',
    'registry/gip-wrapped.txt',
    'registry/q-v.txt',
    'registry/q-ffff.txt',
    'versions/osversion2.txt',
    'versions/xstatus-dn.txt',
    'no-clienthello.tshark.txt',
  ])('%s', (file) => {
    const paste = readFileSync(join(FIX, file), 'utf8');
    const fromSlack = read(incomingText(wire(paste), 'UBOT'));
    expect(fromSlack.length).toBeGreaterThan(0);
    expect(fromSlack).toEqual(read(paste));
  });

  it('Event Viewer rows whose tabs became runs of spaces', () => {
    expect(readPastedText('Error    5/25/2016 9:31:16 PM    MSSQL$SQLTMS    26011    Server').observations.map((o) => o.code)).toEqual(['event-sql-encryption-init-failed']);
  });
});

describe('addressedToSomeoneElse', () => {
  it.each([
    ['<@U123> can you check?', true],
    ['  <@W123|bob> SQL?', true],
    // Addressed to everyone, the bot too (QA25 L5): read like any thread line.
    ['<!here> anyone?', false],
    ['<!channel> <!here> <@U0OTHER> さん、*至急* `TMS 15.9`', false],
    ['<!everyone|everyone> CE 9.15.3', false],
    ['<!subteam^S1|@team> ping', true],
    ['SQL 2012, thanks <@U123>', false],
    // A colleague mentioned later in the line does not leave the line to them (the engine decides: othersMentioned).
    ['ok <@UCAROL> will check', false],
    ['SQL is 2016 (checked with <@U0BOB>)', false],
    ['SQL 2016 です（<@U0BOB> さんに確認済み）', false],
    ['thanks <@UBOB>, can <@UCAROL> check?', false],
    ['CE 9.15.3', false],
    ['<#C1|general> has the logs', false],
    ['<https://x.example|link> here', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(addressedToSomeoneElse(text)).toBe(expected);
  });
});

describe('mentionsSomeone', () => {
  it.each([
    ['<@U0BOB> says SQL is 2012 on the TMS box', true],
    ['SQL is 2016 (checked with <@U0BOB>)', true],
    ['can you check the SQL version please, thanks <@U0BOB|bob>', true],
    ['ping <!subteam^S1|@team>', true],
    ['<!here> CE 9.15.3', false],
    ['<#C1|general> has the logs', false],
    ['<https://x.example|link> here', false],
    ['SQL 2016', false],
    ['', false],
  ])('%j -> %s', (text, expected) => {
    expect(mentionsSomeone(text)).toBe(expected);
  });
});
