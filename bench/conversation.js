'use strict';
/**
 * The conversation `bench:slack` drives through the app (one DM thread from the first message to a
 * full diagnosis) and `bench:engine` times turn by turn: one list, so both measure the same turns.
 */
module.exports.SLACK_CONVERSATION = Object.freeze([
  'TMS shows No HTTPS response after we upgraded the codecs',
  'TMS 15.2.1',
  'endpoints are on ce9.15.3',
  'SQL Server 2012 SP4 on the TMS server',
  'Windows Server 2012 R2',
  'security level is Medium',
]);

/**
 * Every dialogue of conversations/*.yaml as engine messages (user texts, buttons, probe results), in file order: what
 * `bench:engine` replays and `bench/ab-engine.js` alternates between two builds.
 */
module.exports.yamlDialogues = function yamlDialogues() {
  const fs = require('node:fs');
  const path = require('node:path');
  const { parse } = require('yaml');
  const dir = path.join(__dirname, '..', 'conversations');
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) =>
      parse(fs.readFileSync(path.join(dir, f), 'utf8')).turns.map((t) => {
        if (t.user !== undefined) return { kind: 'text', text: t.repeat ? t.user.repeat(t.repeat) : t.user };
        if (t.action) return { kind: 'action', id: t.action.id, value: t.action.value };
        return { kind: 'probe', result: t.probe };
      }),
    );
};
