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
