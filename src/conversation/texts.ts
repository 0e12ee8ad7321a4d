/**
 * The conversation's own texts (greetings, help, refusals, headings), in English and Japanese,
 * written for tms-doctor. The knowledge itself (findings, questions) lives in src/domain.
 */
import type { Lang } from '../domain/types';

/** 40000 → "40,000". */
const thousands = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export interface EngineTexts {
  greeting: string;
  intro: string;
  /** Before the intro, when the opening message names the symptom and nothing else read (QA57 #9: "No HTTPS resp after fw upgr"). */
  symptomNoted: string;
  helpHeading: string;
  help: string[];
  helpExamples: string[];
  thanks: string;
  startedOver: string;
  empty: string;
  readFirst: (n: number, max: number) => string;
  binary: string;
  /** Words typed before a binary run: read, the rest not (QA62 #16). */
  binaryAfterWords: string;
  notUnderstood: (echo: string) => string;
  notUnderstoodHint: string;
  /** The fix's steps told as a plan, a question, advice, or done on another server: nothing recorded for this one (QA46 W1, W2). */
  stepsNotThisServer: (otherServer: boolean) => string;
  /** Mentioned in a thread that had messages before: the bot sees only from the mention on (one sentence). */
  lateJoin: string;
  /** "Database version: 15.9.0" pasted from TMS's About page: most likely TMS's own database, not SQL Server's release (hedged: knowledge.md does not say). */
  tmsDatabaseVersion: string;
  understood: string;
  updated: string;
  assumed: string;
  unknownAction: (id: string) => string;
  probeHint: string;
  probeSummary: (target: string, verdict: string) => string;
  probeAccepted: string;
  probeRefused: string;
  /** TLS 1.0 refused, and these newer versions accepted (names, e.g. ['TLS 1.2', 'TLS 1.3']). */
  probeRefusedAccepts: (accepted: string[]) => string;
  probeUnknown: string;
  /** TLS 1.0, 1.1 and 1.2 all refused; `only`: what the server did answer (e.g. 'TLS 1.3', 'SSL 3.0'), if anything. */
  probeRefusedAll: (only: string | null) => string;
  headingYes: string;
  headingPre15: string;
  /** SQL Server on the TMS server is down (said, or a 26011 pasted): the outage leads (QA round 16 #15g). */
  headingSqlDown: string;
  headingNo: string;
  headingUnknown: string;
  /** An endpoint that refuses TLS 1.2 too (QA60 #6): not settled. */
  headingTls12Refused: string;
  /** Not settled, but some systems work and some still fail (R50A): what works and what is left, not "not settled". */
  headingSomeWork: string;
  headingHttp: string;
  /** The failing system said to be in Behind Firewall mode (not polled by TMS): instead of headingYes. */
  headingBehindFirewall: string;
  /** Units that still accept TLS 1.0 fail too after hardening: TLS 1.0 on the TMS server comes first. */
  headingHardening: string;
  /** The mode said off (or not on) after it was said on: the answer no longer leads with that check. */
  behindFirewallCleared: string;
  /** Units that accept TLS 1.0 were kept as failing after hardening; now TLS 1.0 is said on, or they are said to work: that check no longer leads. */
  hardeningAllFailCleared: string;
  headingNeedMore: string;
  headingAssumed: string;
  /** The first full answer with no symptom ever said (QA59 #2): the verdict holds if TMS shows "No HTTPS response". */
  headingIfSymptom: string;
  symptomUnsaid: string;
  symptomConfirmed: string;
  /** What was pasted contradicts what the user said (a scan shows an endpoint said to refuse TLS 1.0 accepting it): the evidence leads. */
  headingEvidenceConflict: string;
  /** A pasted TLS 1.2 ClientHello while the level is Medium (evidence-rules.ts TLS12_HELLO_AT_MEDIUM): whose hello it is, and the level now, are asked first. */
  headingLevelConflict: string;
  /** A capture at Medium-High/High shows TLS 1.2 offered and accepted (QA round 19 #2). */
  headingTls12Works: string;
  /** At Medium-High, TLS 1.2\\Client kept off in the registry: the cause found (QA55 #11). */
  headingRegistryTls12Off: string;
  /** The reverse: a scan shows an endpoint said to accept TLS 1.0 refusing it (no fix follows until it is settled). */
  headingEvidenceConflictRefuses: string;
  skipAssumed: string;
  /** The endpoint version not known, but every model named is CE-only hardware (QA63 #18): the model settles it, no assumption. */
  skipModelSettles: (models: string) => string;
  /** The same when the question skipped is the Communication Security level, not a version. */
  skipAssumedLevel: string;
  /** "I don't know the level" while another question is open (QA63 #9, #10): that topic left for later, its assumption kept. */
  skipNamedKept: (topic: string) => string;
  /** The topic a "don't know" names, as skipNamedKept says it. */
  skipTopicName: Record<'tms' | 'endpoint' | 'sql' | 'windows' | 'level', string>;
  /** The same for the level: Medium, the default, kept as the assumption. */
  skipLevelKept: string;
  /** "sorry, I meant SX20s, not Room Kit" (QA63 #7): the models held corrected; what was said of the dropped ones no longer applies. */
  modelsCorrected: (now: string, dropped: string) => string;
  /** "SP1 I think" (QA63 #13): the guessed service pack taken, unconfirmed (the answer is no less careful with it). */
  spGuessTaken: (said: string) => string;
  /** "not redundant", 「冗長構成ではありません」 (QA63 #13): one TMS server; the "both nodes" notes left out. */
  singleTmsNoted: string;
  /** "SP4 I think" on SQL 2012: not taken (it would drop the SQL check); the build check stays. */
  spGuessNotTaken: (said: string) => string;
  stillFailingIntro: string;
  /** "still failing" when a capture in this conversation already shows TLS 1.2 offered and refused (alert 40: the cipher suites first). */
  stillFailingCaptured: (alert40: boolean) => string;
  /** "still failing" when a capture in this conversation shows TLS 1.2 offered and accepted (nothing refused): Force Refresh first. */
  stillFailingVerified: string;
  stillFailingLevel: string;
  /** "done … reboot is scheduled for Saturday. still failing": the change takes effect with the restart (keys created, level raised). */
  /** notSaid: the report named no restart of the server (a list of steps that leaves it out), rather than one still to come. */
  doneRebootPending: (keys: boolean, level: boolean, notSaid?: boolean) => string;
  stillFailingNeed: string;
  stillFailingIfIntro: string;
  stillFailingIfLevel: string;
  stillFailingIfNeed: string;
  updatedHeading: string;
  noLongerApplies: string;
  restStillApplies: string;
  /** Steps shown in full earlier in this conversation and unchanged: not repeated (QA 5b #14). */
  stepsAsBefore: (nums: number[]) => string;
  /** In place of a literal (a .reg, a command) this reply already showed above, word for word. */
  sameLiteralAbove: string;
  /** The step list changed since it was last shown (steps dropped or added): the numbers moved. */
  stepsRenumbered: string;
  /** Steps shown in full earlier, unchanged, but under other numbers then. */
  stepsMoved: (nums: number[]) => string;
  /** Notes (not steps) shown in full earlier and unchanged: their titles only. */
  notesAsBefore: (titles: string[]) => string;
  evidenceAsBefore: (titles: string[]) => string;
  nothingChanged: string;
  openQuestions: string;
  stepsHeading: string;
  step: (n: number, title: string) => string;
  assumeWindows: string;
  assumeLevel: string;
  refineOffer: string;
  skipOptional: string;
  allSet: string;
  needBeforeAnswer: string;
  /** A capture shared "after the change" whose every flow to 443 is a TLS 1.2 hello: the level read as probably Medium-High, to confirm (engine.ts raisedByCaption). */
  captionRaised: string;
  problemNote: string;
  actions: { startOver: string; help: string; probe: string; fixFiles: string };
  unset: string;
  sqlRemote: string;
  sqlLocal: string;
  /** The context line's note for a protocol the user says is on or off ("TLS 1.0 off (as you said)"). */
  saidProtocol: (protocol: string, on: boolean) => string;
  /** The same for a protocol read from a pasted check-box listing ("SSL 3.0 off (in what you pasted)"; FIX62A #7). */
  pastedProtocol: (protocol: string, on: boolean) => string;
  /** A protocol off because the user applied IIS Crypto's Best Practices template (QA63 #18): what the template does, not seen. */
  templateProtocolOff: (protocol: string) => string;
  saidRegistryUntouched: string;
  saidRestarted: string;
  saidUntrustedCerts: string;
  /** SQL Server said down in words ("SQL won't start"). */
  saidSqlDown: string;
  /** SQL Server's service shown down in pasted output (observation sql-service-not-running), not said in words. */
  pastedSqlDown: string;
  /** SQL Server's event 26011 (encryption could not be initialized) in pasted output, SQL not said to run again since. */
  pasted26011: string;
  httpOnly: string;
  /** Other devices (MXP, HDX, "the others") said to be managed over plain HTTP: not the failing endpoints. */
  othersOverHttp: string;
  httpWhichDevices: string;
  /** Under an urgent card shown short while a required question is open: the rest comes with the full answer. */
  restWithAnswer: string;
  someFail: string;
  levelLabel: string;
  /** The level said for a TMS before 15 (no such setting there): in the facts line (QA64 #10). */
  levelOnPre15: (level: string, tms: string) => string;
  levelsExplained: string;
  /**
   * "let's try Medium-High", 「Medium-High にしてみましょうか？」 (QA49 F3): a proposal answered, and nothing recorded. Yes when the answer
   * has the Medium-High step; what comes before it in the answer (the SQL update, the keys); and not recorded as set.
   */
  proposalYes: string;
  /** "let's try Medium-High" with TMS before 15: there is no Medium-High on this release; keep TLS 1.0; upgrade. */
  proposalPre15: (tms: string) => string;
  proposalBefore: (steps: string[]) => string;
  proposalNotRecorded: string;
  whyHeading: string;
  /** "What does this mean?" after a paste: the lead before the evidence's findings; and when nothing pasted was read. */
  meaningFromEvidence: string;
  meaningUnread: string;
  /** "How do I do step 2?", "done with step 3, what next?": no steps in this answer; past the last one; a number not there. */
  stepNone: string;
  stepLast: (n: number) => string;
  stepOutOfRange: (count: number, titles: string[]) => string;
  /** What a step said done recorded ("done with step 3": the level is now Medium-High). */
  stepDoneNoted: (n: number, items: string[]) => string;
  /** A step asked about before any step was shown (a required version is missing). */
  stepsNotYet: string;
  /** "What should we do?": the heading, what is needed first, the caveats' lead, where the details are. */
  fixHeading: string;
  fixNeedsFacts: string;
  fixMind: string;
  fixDetails: string;
  cannotAnswer: string;
  /** cannotAnswer again in the same conversation: one line (the full list was shown once). */
  cannotAnswerShort: string;
  ack: string;
  ackNeed: string;
  /** "never mind", 「やっぱりいいです」 (QA63 #14): the open question dropped; what is kept (a facts line, or none); start over or go on. */
  cancelled: (kept: string, asked: boolean) => string;
  thanksNeed: string;
  fromPaste: string;
  movedAnswer: (value: string, from: string, to: string) => string;
  /** A version named in a question, answered as a case of its own; `kept` = the user's own values of those fields ('' if none). */
  caseAbout: (named: string, kept: string) => string;
  caseNeeds: (fields: string) => string;
  caseOwn: (named: string) => string;
  fieldNames: Record<'tms' | 'endpoint' | 'sql' | 'windows' | 'level', string>;
  wait: string;
  /** "done, it works now!": the fix worked. */
  worksNow: string;
  /** "closing the ticket": noted, without saying the fix worked; how to come back. */
  caseClosed: string;
  waitNeed: string;
  /** "@bob fyi the Osaka TMS is still 14.6 …": versions of another site, said to someone else, are not the case's. */
  otherSiteNotTaken: (read: string, kept: string, addressed?: boolean) => string;
  /** "our TMS is 15.13, the Osaka TMS is 14.6": the other site's versions not taken, the rest read. */
  otherSitePartNotTaken: (read: string) => string;
  /** "14.6.2 was the lab box" while another value is held: the lab's release not taken, the held one kept. */
  labValueNotTaken: (read: string, kept: string) => string;
  /** "14.6.2 was the lab box" while 14.6.2 is held: no longer used, production's asked. */
  labValueDropped: (said: string) => string;
  /** "OS and SQL both 2008 R2 in the lab" (FIX62A #8): the lab's values, not recorded. */
  labPlaceNoted: (said: string) => string;
  /** "15.13 was the lab box too" while 15.13 is held: the lab runs it as well; the value kept. */
  labValueAlsoHeld: (said: string) => string;
  /** "that was the lab, prod is …" (QA57 #3): the other system's server values no longer used; the endpoints' kept, if any. */
  earlierWasOtherSystem: (list: string, kept: string | null) => string;
  languageSet: string;
  /** Files announced ("I will attach the registry export", 「ログを添付します」): read when they come (QA64 #8). */
  filesAnnounced: string;
  whyUsual: string;
  whyEndpoints: string;
  whichProduct: (year: string) => string;
  /** A service pack the SQL release held does not have ("SP4" after SQL 2014, QA63 #3): said so, the release kept, what to send. */
  noSuchServicePack: (release: string, sp: number, last: number, others: string[], held: string) => string;
  /** A bare dotted version with nothing asked that fits both TMS and the endpoints ("sorry, it's 15.2.3"). */
  whichVersion: (version: string) => string;
  /** A bare version equal to the TMS release already known (and not the endpoints', whose family is known): a confirmation. */
  tmsConfirmed: (version: string) => string;
  /** A bare SQL-shaped build ("11.0.6518") with nothing about SQL before: the SQL build or a RoomOS release? */
  sqlOrEndpointBuild: (build: string, sqlYear: number) => string;
  /** A SQL build given now that has TLS 1.2 support, where the answer before asked to install or check. */
  sqlBuildReady: (sql: string) => string;
  /** "TMS is not 15.2.1" with no other value: the value said not to be is dropped, and asked again. */
  deniedValue: (value: string) => string;
  /** Two values for one field, the second without a correction word: which one is used now. */
  twoValues: (earlier: string, now: string) => string;
  mixedEndpoints: (accepting: string, refusing: string) => string;
  /** Instead of mixedEndpoints when the endpoints said to fail include ones that still accept TLS 1.0 ("TC 7.3.3 and CE 9.15 both fail"). */
  mixedAllFail: (accepting: string, refusing: string) => string;
  /** "also 3 Room Kit Pros on CE 9.15, same error" after TC 7.3.7 (both refuse TLS 1.0): a second failing group, not a correction. */
  alsoFailing: (added: string, held: string, tms: { name: string; fixable: boolean } | null) => string;
  /** A TC release said for the TC-era models of a mixed fleet ("the SX20s are TC 7.3.6") while CE-only models keep the release held. */
  modelRelease: (models: string, release: string, held: string, refuses: boolean) => string;
  /** What the user does with the Telnet/SNMP systems held ("we'll remove the HDX from TMS management"): acknowledged. */
  telnetDecision: (names: string, kind: 'remove' | 'replace' | 'other-way') => string;
  /** A mixed fleet restated, every release refusing TLS 1.0 ("endpoints are actually CE 9.15.3 and TC 7.3.6"). */
  fleetRestated: (list: string) => string;
  /**
   * Instead of mixedEndpoints / mixedAllFail when the ones that still accept TLS 1.0 are said to fail too and the message says it
   * started after hardening (GPO, IIS Crypto, a baseline): TLS 1.0 turned off on the TMS server's Client side fits (knowledge.md:
   * TMS at Medium then sends no ClientHello at all), said as what to check.
   */
  mixedAfterHardening: (accepting: string, refusing: string) => string;
  /** The same at Medium-High (QA39 #9): TLS 1.0 is not what TMS uses; the GPO suspects are TLS 1.2 on the Client side and the cipher suites. */
  mixedAfterHardeningRaised: (accepting: string, refusing: string) => string;
  /** Instead of mixedEndpoints when only the ones that accept TLS 1.0 are said to fail ("TC 7.3.3 fails and CE 9.15 works"). */
  mixedAcceptingFail: (accepting: string, refusing: string) => string;
  /** The same, with TMS said to be at Medium (or Low): the working units do not fit the cause either (FIX19A, QA46 W6). */
  mixedAcceptingFailMedium: (accepting: string, refusing: string) => string;
  /** Said with mixedEndpoints when a second group that still accepts TLS 1.0 was added to the failing one. */
  mixedLater: (accepting: string) => string;
  /** "the tc7.3.3 ones work fine, only the ce ones fail" with no failing release known: the one said to work is not theirs. */
  workingRelease: (release: string, acceptsTls10: boolean) => string;
  /** "same as before": the values this conversation holds are kept (`values`: "TMS 15.2.1 · CE 9.15"). */
  sameKept: (values: string) => string;
  /** "no, same as before" just after a correction: the value replaced is back. */
  sameBack: (values: string) => string;
  /** "same as last time" for a value this conversation never had: nothing is guessed. `what`: "SQL Server version", or '' for all. */
  sameUnknown: (what: string) => string;
  /** A bare "same as before" after a full answer may mean the fix did not help. */
  sameMaybeFailing: string;
  /** "I think it's Medium, not sure": kept as the assumed default, not a level read (`earlier`: a level said before, dropped). */
  levelHedged: (earlier: string | null) => string;
  /** A raised level, or two levels as alternatives, given with a doubt: not recorded (`held`: the level kept, said before). */
  levelRaisedHedged: (guess: string[], held: string | null) => string;
  levelReverted: (was: string, now: string) => string;
  /** The endpoints' release given as a guess, one that still accepts TLS 1.0: the verdict depends on it. */
  endpointHedged: (release: string) => string;
  /** A guessed TMS release (FIX62A #2): kept out when another is held (`held`), taken when none is; `matters`: the answer turns on it. */
  tmsHedged: (guess: string, held: string | null, matters: boolean) => string;
  /** SQL said to run elsewhere only as a guess (QA49 F4): not recorded; the caveats for SQL on the TMS server stay; how to check. */
  sqlPlaceHedged: string;
  /** "did all the steps except the reboot, still failing" (REV20 #10): the lead before the reboot answer (engine route still-failing-reboot-left). */
  stillFailingRebootLeft: string;
}

export const TEXTS: Record<Lang, EngineTexts> = {
  en: {
    greeting: 'Hello! I help with TMS showing "No HTTPS response" for endpoints after a TC/CE upgrade.',
    intro:
      'Tell me what you know (for example "TMS 15.2.1, endpoints on CE 9.15, SQL 2012 SP1") and I will ask for anything I still need.',
    symptomNoted: 'Noted: TMS shows "No HTTPS response". Whether it is the TLS 1.0 problem depends on the versions involved.',
    helpHeading: 'How I can help',
    help: [
      'I work out whether "No HTTPS response" in TMS comes from endpoints that no longer accept TLS 1.0, and if so, what to change on the TMS server for your versions.',
      'Give me the TMS version, the endpoint software version (TC/CE/RoomOS) and the SQL Server version; Windows Server release and the Communication Security level refine the answer. Write them in one message or answer my questions one by one.',
      'You can correct a value at any time ("actually TMS is 14.6"), say "start over" to begin again, or run a probe of the endpoint\'s HTTPS port to see which TLS versions it accepts.',
      'You can also show me what you have, and I will say what it shows: paste a capture as text (tshark or Wireshark), the output of `reg query` or check-tls.cmd, Schannel or SQL Server event log lines, or `SELECT @@VERSION`; in Slack, attach a capture (.pcap, .pcapng), a registry export (.reg) or an event log saved as text or CSV.',
    ],
    helpExamples: ['TMS 15.2.1, codecs on CE 9.15.3, SQL Server 2012 SP1', 'TMS 14.6.2 with TC7.3.6 endpoints', 'start over'],
    thanks: 'You are welcome. If the endpoints still show "No HTTPS response" after the change, tell me what you see and we will look again.',
    startedOver: 'Starting over: I have forgotten the versions from before.',
    empty: 'I did not get any text. Tell me your TMS and endpoint versions, or say "help".',
    readFirst: (n, max) =>
      `Your message has ${thousands(n)} characters: I read the first ${thousands(max)} and not the rest. If something that matters comes later (a version, an error line), send it in another message.`,
    binary: 'That message looks like binary data or control characters, so I did not read it. Please paste the versions as plain text.',
    binaryAfterWords: 'The rest of that message looks like binary data or control characters, so I did not read it: I read only your words before it. Paste any output as plain text.',
    notUnderstood: (echo) => `I could not find a version or a request in "${echo}".`,
    stepsNotThisServer: (other) =>
      other
        ? 'What was done on the other server is not recorded for this one: what I hold for this TMS is unchanged, and the same steps apply to it. Where this server stands:'
        : 'Nothing is recorded as done: these steps are said as a plan, a question or someone\'s advice, not as done on this server. Tell me once each one is done. Where this server stands:',
    tmsDatabaseVersion:
      'A "Database version" that reads like a TMS release (as on TMS\'s About page) is most likely the version of TMS\'s own database, not the SQL Server release: `SELECT @@VERSION` on the SQL instance shows that one.',
    lateJoin: 'I can only see this thread from your mention on, not the messages before it, so please paste the versions (or the ticket) here.',
    notUnderstoodHint:
      'You can give or correct a version (e.g. "TMS is 15.2.1", "endpoints on CE 9.15"), say "help", or "start over".',
    understood: 'Understood so far',
    updated: 'Updated',
    assumed: 'assumed',
    unknownAction: (id) => `I do not know the button "${id}". Here is where we are:`,
    probeHint:
      'To probe an endpoint: in Slack, use the Probe button; in the terminal chat, type `probe <host>[:<port>]`; or run `tms-doctor probe <host> --json > probe.json` and then `tms-doctor diagnose --probe probe.json`.',
    probeSummary: (target, verdict) => `Probe of ${target}: ${verdict}.`,
    probeAccepted: 'TLS 1.0 accepted',
    probeRefused: 'TLS 1.0 refused, a newer TLS version accepted',
    probeRefusedAccepts: (a) => `TLS 1.0 refused; accepts ${a.length > 1 ? `${a.slice(0, -1).join(', ')} and ${a[a.length - 1]}` : a[0]}`,
    probeUnknown: 'no verdict on TLS 1.0',
    probeRefusedAll: (only) => `TLS 1.0, 1.1 and 1.2 all refused${only ? `; it answered only ${only}` : ''}`,
    headingYes: 'This is the TLS 1.0 problem: here is the fix',
    headingPre15: 'This is the TLS 1.0 problem, and this TMS cannot be fixed in place',
    headingSqlDown: 'SQL Server is down: get it running first, then the fix for "No HTTPS response"',
    headingNo: 'This is not the TLS 1.0 problem',
    headingUnknown: 'Not settled yet: check this first',
    headingTls12Refused: 'Not settled yet: the endpoint refuses TLS 1.2 too',
    headingSomeWork: 'Some systems work, some still fail: find what sets the failing ones apart',
    headingHttp: 'This is not the TLS 1.0 problem (HTTP only)',
    headingBehindFirewall: 'Check the mode first: TMS does not poll a system in Behind Firewall mode',
    headingHardening: 'Check TLS 1.0 on the TMS server first: units that still accept TLS 1.0 fail too',
    behindFirewallCleared: 'Noted: the system is not in Behind Firewall mode, so the answer no longer starts with checking that mode.',
    hardeningAllFailCleared: 'Noted: nothing now points to TLS 1.0 being off on the TMS server, so the answer no longer starts with checking it.',
    headingNeedMore: 'I need more information to decide',
    headingAssumed: 'Most likely the TLS 1.0 problem: check the assumption first, then the fix',
    headingIfSymptom: 'Most likely the TLS 1.0 problem, if TMS shows "No HTTPS response": check that, then the fix',
    symptomConfirmed: 'Noted: TMS shows "No HTTPS response". With the versions you gave, that settles it: this is the TLS 1.0 problem, and the steps of my previous answer apply.',
    symptomUnsaid:
      'You did not say which error TMS shows. This problem shows as "No HTTPS response" for the system in Systems > Navigator; the versions you gave fit it, so the steps below apply when that is the message. If Navigator shows another error (for example "Wrong username or password", "No SNMP response" or a connection error), tell me before changing anything: the fix raises Communication Security to Medium-High, which turns Telnet and SNMP off in TMS.',
    headingEvidenceConflict: 'What you pasted contradicts the endpoint version you gave: check which is right before the fix',
    headingLevelConflict: 'Check the level first: a TLS 1.2 hello does not fit Medium',
    headingTls12Works: 'The capture shows TLS 1.2 working: the TLS part of the fix has taken effect',
    headingRegistryTls12Off: 'Cause found: the registry keeps TLS 1.2 off for TMS',
    headingEvidenceConflictRefuses: 'What you pasted contradicts the endpoint version you gave: check which is right',
    stillFailingIntro:
      'Sorry it still fails. A capture on the TMS server tells the two cases apart: if TMS\'s ClientHello to the endpoint still offers TLS 1.0 (0x0301), the change has not taken effect yet; if it offers TLS 1.2 (0x0303) and the endpoint still refuses it, look at the checks below.',
    stillFailingLevel:
      'The two things most often missed: is Communication Security really saved at Medium-High in TMS Tools (on both nodes, for a redundant TMS), and were IIS and the TMS services restarted afterwards, or the server rebooted? If it is at Medium-High, tell me ("we are at Medium-High") and I will adjust the answer.',
    stillFailingCaptured: (alert40) =>
      `Sorry it still fails. The capture you pasted already shows TMS offering TLS 1.2 and the endpoint refusing it${alert40 ? ' with alert 40 (handshake_failure)' : ''}, so the change has taken effect on the TMS side; ${alert40 ? 'start with the cipher suites, then the other checks below' : 'look at the checks below'}.`,
    stillFailingVerified:
      'Sorry it still shows. The capture you shared has TLS 1.2 offered and accepted, so the TLS part of the change works. First use Force Refresh on the system in Systems > Navigator: the status you see may be from a poll before the change. If the error is still there after the refresh, look at the checks below.',
    doneRebootPending: (keys, level, notSaid) =>
      [
        notSaid
          ? 'You do not say that the server, or IIS and the TMS services, were restarted after the change: until they are, it has not fully taken effect.'
          : 'The server has not been restarted since the change, so it has not fully taken effect yet.',
        keys ? 'The TLS 1.2 keys you created apply only to connections Windows sets up after a restart: restarting every process that uses Schannel may be enough, but the reboot is the sure way.' : '',
        level ? 'The Medium-High level applies once IIS and the TMS services restart; the one reboot restarts them too.' : '',
        !keys && level ? 'With no key created, you need not wait for the reboot: restarting IIS and the TMS services applies the level now.' : '',
        notSaid
          ? 'Without that restart, systems still showing "No HTTPS response" is expected. After it, use Force Refresh on them in Systems > Navigator, and tell me if the error stays; if you did restart, tell me and I will go on with what to check next.'
          : 'Until then, systems still showing "No HTTPS response" is expected, so there is nothing else to check yet. After the restart, use Force Refresh on them in Systems > Navigator, and tell me if the error stays.',
      ].filter((x) => x).join(' '),
    stillFailingNeed: 'Understood. To find out why, I first need one more detail:',
    stillFailingIfIntro:
      'If it still fails after the change, a capture on the TMS server shows which of two cases you are in: TMS\'s ClientHello to the endpoint still offering TLS 1.0 (0x0301) means the change has not taken effect; TLS 1.2 (0x0303) refused by the endpoint means one of the checks below.',
    stillFailingIfLevel:
      'What is missed most often: Communication Security not actually saved at Medium-High in TMS Tools (on both nodes, for a redundant TMS), and IIS and the TMS services not restarted afterwards (or the server not rebooted).',
    stillFailingIfNeed: 'To say what to check then, I first need one more detail:',
    skipAssumed: 'All right, I will go on without it, on the safe assumption below. Check it when you can, and tell me the version if you find it.',
    skipModelSettles: (models) =>
      `All right, the version is not needed: the ${models} came with CE 9 / RoomOS and cannot run TC, so whatever release it runs refuses TLS 1.0 and accepts TLS 1.2.`,
    skipAssumedLevel: 'All right, I will go on without it, on the safe assumption below. Check the level in TMS Tools when you can, and tell me what it shows.',
    skipNamedKept: (topic) => `All right: I will go on without the ${topic} for now, on the safe assumption. Tell me when you have checked it.`,
    skipTopicName: {
      tms: 'TMS release',
      endpoint: "endpoints' software version",
      sql: 'SQL Server version',
      windows: 'Windows Server release',
      level: 'Communication Security level',
    },
    singleTmsNoted: 'Noted: TMS is a single server, not a redundant pair. The notes about changing both nodes do not apply to you, so I leave them out of the answers from now on.',
    spGuessTaken: (said) =>
      `You are not sure of the service pack, so I use ${said} as unconfirmed: it does not make the answer less careful. \`SELECT @@VERSION\` on that instance confirms it.`,
    spGuessNotTaken: (said) =>
      `You are not sure it is ${said}, so I do not use it: it would drop the SQL Server check from the answer. Until \`SELECT @@VERSION\` on that instance confirms it, the answer keeps that check.`,
    modelsCorrected: (now, dropped) => `Updated: the affected endpoints are ${now}, not ${dropped}. What I said about ${dropped} no longer applies; the answer below is for ${now}.`,
    skipLevelKept: 'All right: I keep Medium, the default, as the assumed Communication Security level. Check it in TMS Tools when you can and tell me what it shows.',
    updatedHeading: 'Updated answer: what changes',
    noLongerApplies: 'No longer applies:',
    restStillApplies: 'Everything else in my previous answer still applies.',
    sameLiteralAbove: '(What goes here is, word for word, the text shown above.)',
    stepsAsBefore: (nums) =>
      `${nums.length > 1 ? `Steps ${nums.slice(0, -1).join(', ')} and ${nums[nums.length - 1]} are` : `Step ${nums[0]} is`} as I gave ${nums.length > 1 ? 'them' : 'it'} earlier in this conversation, so I do not repeat ${nums.length > 1 ? 'them' : 'it'} here; ask "how do I do step ${nums[0]}?" to see one in full again.`,
    stepsMoved: (nums) =>
      `${nums.length > 1 ? `Steps ${nums.slice(0, -1).join(', ')} and ${nums[nums.length - 1]} are` : `Step ${nums[0]} is`} unchanged from my earlier answer, where ${nums.length > 1 ? 'they' : 'it'} had another number, so I do not repeat ${nums.length > 1 ? 'them' : 'it'} here; ask "how do I do step ${nums[0]}?" to see one in full again.`,
    stepsRenumbered: 'The steps changed since my earlier answer, so their numbers moved: the list above replaces the earlier one, and "how do I do step N?" follows it.',
    notesAsBefore: (titles) => `Also as before, not repeated: ${titles.join('; ')}.`,
    evidenceAsBefore: (titles) => `What the earlier files or pastes showed still stands, not repeated here: ${titles.join('; ')}.`,
    nothingChanged: 'That does not change my previous answer.',
    openQuestions: 'Still open (pass them as options, e.g. --tms 15.2.1):',
    stepsHeading: 'Steps, in order',
    step: (n, title) => `Step ${n}: ${title}`,
    assumeWindows:
      'Windows Server release not given: the registry step is written as a TLS 1.2 check (required on 2008 R2 and 2008, where 2008 without R2 needs KB4019276 first; from 2012 on a check).',
    assumeLevel: 'Communication Security level not given: I assumed Medium, the default.',
    refineOffer: 'To refine the answer:',
    skipOptional: 'No problem, I will keep the assumption.',
    allSet: 'That is everything I need. Say "start over" for another case.',
    needBeforeAnswer: 'One more thing before I can answer:',
    captionRaised: "You shared this capture as taken after the change, and every connection in it to port 443 opens with a TLS 1.2 hello. If those hellos are TMS's, Communication Security is probably at Medium-High now (TMS offers TLS 1.2 only from Medium-High on), and I read it so for now. This is a reading, not something the capture proves (another program on the server can send such a hello too): please confirm the level in TMS Tools, and tell me if it shows another level.",
    problemNote: 'Note',
    actions: { startOver: 'Start over', help: 'Help', probe: 'Probe an endpoint', fixFiles: 'Fix files' },
    unset: 'not given',
    sqlRemote: 'SQL on another server',
    sqlLocal: 'SQL on the TMS server',
    saidProtocol: (p, on) => `${p} ${on ? 'on' : 'off'} (as you said)`,
    pastedProtocol: (p, on) => `${p} ${on ? 'on' : 'off'} (in what you pasted)`,
    templateProtocolOff: (p) => `${p} off (from IIS Crypto Best Practices, not confirmed)`,
    saidRegistryUntouched: 'registry unchanged (as you said)',
    saidRestarted: 'restarted since the change (as you said)',
    saidUntrustedCerts: 'endpoint certificates self-signed or expired (as you said)',
    saidSqlDown: 'SQL Server does not start (as you said)',
    pastedSqlDown: "SQL Server's service is down (in what you pasted)",
    pasted26011: 'SQL Server logged error 26011: could not initialize encryption',
    httpOnly: 'managed over HTTP',
    othersOverHttp:
      'Noted: TMS manages those devices over plain HTTP. That is about them only: the endpoints that show "No HTTPS response" are the ones TMS reaches over HTTPS, so the answer for them stands. A device managed over plain HTTP makes no TLS handshake, so neither the TLS 1.0 change nor this fix touches it. What Medium-High takes away is Telnet and SNMP: if TMS also uses Telnet or SNMP for those devices (check how each is set up in TMS), that part no longer works at Medium-High.',
    httpWhichDevices:
      'Which devices does TMS manage over plain HTTP: the other devices you just mentioned, or the endpoints that show "No HTTPS response"? Your last message named both, so I have not changed the answer. If it is the endpoints that fail, say so (for example "the SX80s are managed over http"): over plain HTTP no TLS handshake happens, and the answer changes.',
    restWithAnswer: 'The rest of what this means for the fix comes with the full answer, once you have answered the question below.',
    someFail: 'only some systems fail',
    levelLabel: 'level',
    levelOnPre15: (level: string, tms: string) => `level ${level} as you said (${tms} has no such setting)`,
    levelsExplained:
      'Communication Security (TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options) has four levels: Low, Medium (the default), Medium-High and High. What matters here is the TLS version TMS offers when it connects to an endpoint.',
    proposalPre15: (tms) =>
      `Not on ${tms}: releases before 15 have no Medium-High (TMS Tools has no Communication Security option), and TMS keeps offering only TLS 1.0 whatever the registry says, so TLS 1.0 must stay enabled on this server. The way out is upgrading TMS to 15.x; Medium-High, as below, is the step after that upgrade. (Downgrading endpoints to TC 7.3.3 is a stopgap only for hardware that runs TC, and going from CE to TC resets their configuration.)`,
    proposalYes: 'Yes: Medium-High is the change that makes TMS offer TLS 1.2 to the endpoints.',
    proposalBefore: (steps) => `Before it, in this order: ${steps.join(' → ')}.`,
    proposalNotRecorded: 'I have not recorded the level as changed: tell me once it is set.',
    whyHeading: 'Why the endpoints show "No HTTPS response"',
    meaningFromEvidence: 'From the evidence you pasted in this conversation:',
    stepNone: 'My answer for your versions has no steps to carry out: it says where to look instead (see it above).',
    stepLast: (n) => `Step ${n} was the last one. Check in Systems > Navigator (Force Refresh the system) that "No HTTPS response" is gone; if it is not, say "still failing" and I will list what to check.`,
    stepsNotYet: 'I have not listed any steps yet: which steps apply, and in what order, depends on the answer to the question below (it says why). Once I have it, I will list them.',
    stepDoneNoted: (n, items) => `Noted, up to step ${n}: ${items.join('; ')}.`,
    stepOutOfRange: (count, titles) => `My answer has ${count} steps: ${titles.map((x, i) => `${i + 1}. ${x}`).join('; ')}. Which one do you mean?`,
    meaningUnread:
      'Nothing pasted in this conversation was read as evidence (I read TMS messages, Schannel and SQL events, .NET errors from TMS\'s log, TLS clients\' errors such as curl\'s or openssl\'s, capture rows, registry output and `SELECT @@VERSION`), so I cannot say what that line means. If it is "No HTTPS response" itself, that is the symptom I diagnose: TMS could not talk HTTPS to the system (ask "why?"). A reset or a failed TLS handshake on port 443 between TMS and an endpoint fits this problem: the endpoint answers TMS\'s TLS 1.0 ClientHello with a TCP reset, and a capture on the TMS server shows which TLS version TMS offered. If you have the whole line or event (with its source and ID), paste it and I will read it.',
    ack: 'All right. Tell me if anything changes, or give me another detail to refine the answer.',
    ackNeed: 'All right. To answer, I still need this:',
    cancelled: (kept, asked) =>
      `All right${asked ? ', I have dropped that question' : ''}.${kept ? ` I keep what you told me (${kept}): carry on whenever you like, with a version or a question.` : ' Carry on whenever you like, with a version or a question.'} To begin again with nothing kept, say "start over".`,
    fromPaste: 'From what you pasted:',
    movedAnswer: (value, from, to) => `Understood: "${value}" is the ${to} version, not the ${from} one.`,
    caseAbout: (named, kept) =>
      kept
        ? `You asked about ${named}: here is how that case looks. Your own system stays ${kept}; say so if that has changed.`
        : `You asked about ${named}: here is how that case looks. I have not noted it as your own version.`,
    caseNeeds: (fields) => `To say more about that case I would also need the ${fields} version.`,
    caseOwn: (named) => `${named} is what you told me you run; this is what applies to it:`,
    fieldNames: { tms: 'TMS', endpoint: 'endpoint', sql: 'SQL Server', windows: 'Windows Server', level: 'level' },
    sameKept: (values) => `This conversation already has ${values}: I will go on with those.`,
    sameBack: (values) => `Back to ${values}, as you said before in this conversation.`,
    sameUnknown: (what) =>
      `I do not remember other cases or earlier conversations: I only know what was said in this one, so I will not guess ${what ? `the ${what}` : 'the versions'}. ${what ? 'Please tell me which one you run.' : 'Please tell me them once more.'}`,
    sameMaybeFailing: 'If you meant that it still fails after the change, say "still failing" and I will go through what to check.',
    sqlPlaceHedged:
      'Not recorded: where SQL runs, since you are not sure it is on another server. Until that is confirmed, the answer keeps the SQL caveats for an instance on the TMS server itself (they are the safe side). To check: on the TMS server, services.msc (or `sc query MSSQLSERVER`) shows whether a SQL Server service (MSSQLSERVER, or MSSQL$<instance>) runs there; any instance on that server is touched by its Schannel settings. TMS\'s database is tmsng: `SELECT @@SERVERNAME` in the instance that holds it names the machine it runs on. Then tell me "SQL is on the TMS server" or "SQL is on another server".',
    stillFailingRebootLeft: 'You say every step but the reboot is done and it still fails. Whether the reboot is what is missing depends on whether the keys were created or changed:',
    levelReverted: (was, now) =>
      `${was} went back to ${now}, so I record ${now}: at ${now} TMS no longer offers TLS 1.2. Before you set ${was} again, find out why it reverted, or it may go back again: check that Save in TMS Tools finished without an error and that the account running TMS Tools was allowed to save the setting (an administrator on the TMS server); on a redundant TMS, check the setting on each node, as both need it. After Save, open the page again and check that it still shows ${was}.`,
    levelRaisedHedged: (guess, held) =>
      `You think the level is ${guess.join(' or ')} but are not sure, so I have not recorded it${held ? ` (I keep ${held}, as said before)` : ''}. It decides the answer: at Medium TMS offers only TLS 1.0, from Medium-High on it offers TLS 1.2.${held ? '' : ' Until you have looked, the answer assumes Medium, TMS\'s default, and keeps the step that sets Medium-High: do that step only if TMS Tools shows Medium (or Low); if it shows Medium-High or High, leave the level as it is and tell me.'} Please look in TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security and tell me the level it shows.`,
    levelHedged: (earlier) =>
      `${earlier ? `Earlier you said ${earlier}; ` : ''}You think the level is Medium but are not sure, so I keep Medium as an assumption (it is TMS's default), not as a level you checked. To be sure, look in TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security, and tell me if it shows another level.`,
    tmsHedged: (guess, held, matters) =>
      (held
        ? `You think it may be ${guess} but are not sure, so I keep ${held}, as said before.`
        : `You think it is ${guess} but are not sure: I take ${guess} for now.`) +
      (matters ? ' The answer depends on it: TMS 15 and later can be fixed in place, a TMS before 15 cannot.' : '') +
      ` Please check the version TMS itself shows (its About page) and tell me${held ? ` if it is not ${held}` : ' if it is another one'}.`,
    endpointHedged: (v) =>
      `You are not sure the endpoints run ${v}, and the answer below depends on it. ${v} still accepts TLS 1.0, so if they really run it, this is not the TLS 1.0 problem; if they run TC 7.3.6, CE 8.1 or later, it is. Check one failing endpoint before you act on this answer: Systems > Navigator in TMS shows its software version, or run \`xStatus SystemUnit Software Version\` on the endpoint. Then tell me the release.`,
    thanksNeed: 'You are welcome. We are not done yet: to answer, I still need this:',
    wait: 'Take your time; I will be here.',
    caseClosed: 'Noted, thanks. If "No HTTPS response" shows up again, on these systems or after a failover to a second TMS node, tell me what you see. Say "start over" for another case.',
    worksNow: 'Good to hear it works now. If "No HTTPS response" comes back (after a failover to a second TMS node, for example), tell me. Say "start over" for another case.',
    waitNeed: 'Take your time. When you have it, this is what I need:',
    otherSiteNotTaken: (read, kept, addressed = true) =>
      `Not taken into this case: ${read}. That message ${addressed ? 'is addressed to someone else and speaks' : 'speaks'} of another site's systems, so ${kept ? `your versions stay as they were (${kept})` : 'I have not recorded them as yours'}. If they are this system's versions after all, tell me directly, for example "our TMS is …".`,
    otherSitePartNotTaken: (read) =>
      `Not taken into this case: ${read}, said of another site's systems. The rest of your message is read as this system's.`,
    labValueNotTaken: (read, kept) =>
      `Noted: ${read} is the lab or test system's release, so I do not use it for this case${kept ? `; ${kept} stays` : ''}. If production runs it after all, tell me directly, for example "production is on …".`,
    labValueAlsoHeld: (said) =>
      `Noted: the lab or test system runs ${said} too. I keep ${said} for this case as the production system's release; if production runs another one, tell me, for example "production is on …".`,
    labValueDropped: (said) => `${said} is the lab or test system's release, so I no longer use it for this case. Which release does the production system run?`,
    labPlaceNoted: (said) =>
      `Noted: ${said} is what the lab or test system runs, so I have not recorded it for this case. If production runs it too, tell me directly, for example "production is on …".`,
    earlierWasOtherSystem: (list, kept) =>
      `You said the earlier message was about another system (the lab, a test or another server), so I no longer use what it gave for that server: ${list}. Tell me what production runs.` +
      (kept ? ` I still use ${kept} for the endpoints: say so if production's endpoints run another release.` : ''),
    languageSet: 'Sure, I will answer in English.',
    filesAnnounced: 'I will read the files as soon as they are shared here.',
    whyUsual: 'This is the usual cause; your versions will confirm it or rule it out.',
    whichProduct: (year) => `Is ${year} the SQL Server or the Windows Server release? Say "SQL ${year}" or "Windows ${year}".`,
    noSuchServicePack: (release, sp, last, others, held) =>
      `${release} has no SP${sp}: its last service pack is SP${last}. Do you mean ${release} SP${last}${others.length ? `, or another release (${others.map((o) => `SQL Server ${o}`).join(' or ')} has an SP${sp})` : ''}? Tell me the release and service pack, or paste the output of \`SELECT @@VERSION\`. Until then the answer stays on ${held}.`,
    deniedValue: (v) => `You say it is not ${v}: I no longer use that value. Which is it?`,
    twoValues: (a, b) => `Two values were given: ${a} earlier and ${b} now. I use ${b}; if ${a} is right, say so.`,
    tmsConfirmed: (v) => `TMS ${v}, noted: the same release as before, so nothing changes.`,
    whichVersion: (v) => `Is ${v} the TMS version or the endpoints' software version? I will not guess which: say "TMS ${v}" or "endpoints ${v}".`,
    sqlOrEndpointBuild: (b, y) =>
      `${b} reads as a SQL Server ${y} build, but RoomOS releases are numbered like that too, so I have recorded nothing. Which is it? Say "SQL ${b}" or "endpoints ${b}".`,
    sqlBuildReady: (q) => `${q} already supports TLS 1.2 (Microsoft's build table, KB3135244), so SQL needs no update before the change: go straight to the steps.`,
    whyEndpoints:
      'Endpoints on TC 7.3.6 or later, CE 8.1.0 or later and every RoomOS release refuse TLS 1.0 on their HTTPS interface: a client that offers only TLS 1.0 is reset right after its ClientHello.',
    mixedEndpoints: (accepting, refusing) =>
      `You mentioned endpoints on several versions. Those on ${accepting} still accept TLS 1.0, so this problem does not hit them; my answer is for those on ${refusing}, which refuse it.`,
    telnetDecision: (names, kind) =>
      `Noted: ${kind === 'remove' ? `${names} out of TMS management` : kind === 'replace' ? `${names} to be replaced` : `${names} managed another way, outside TMS`}. That is one of the choices for systems TMS manages over Telnet or SNMP once the level is Medium-High; the TLS fix for the other endpoints stays as it is.`,
    modelRelease: (models, release, held, refuses) =>
      `Updated: ${models} on ${release}; the other endpoints stay on ${held}. ${
        refuses
          ? `${release} refuses TLS 1.0 too, so what I said about the cause holds for both groups.`
          : `${release} still accepts TLS 1.0, so a TLS 1.0 refusal does not explain a failure on the ${models}; my answer is for those on ${held}.`
      }`,
    fleetRestated: (list) => `Noted: the endpoints run ${list}, a mixed fleet. Each of these releases refuses TLS 1.0, so what I said about the cause holds for all of them.`,
    alsoFailing: (added, held, tms) =>
      `Noted: endpoints on ${added} fail too, beside those on ${held}. Both releases refuse TLS 1.0, so ${
        !tms
          ? 'both groups fail for the same reason, and what TMS needs is the same for both.'
          : tms.fixable
            ? 'the same fix on the TMS server covers both groups.'
            : `both groups fail for the same reason. ${tms.name} cannot be fixed in place, so upgrading TMS to 15.x is what helps both; going back to TC 7.3.3 is possible only on hardware that can still run TC (not on models introduced with CE 9 or RoomOS).`
      }`,
    mixedAllFail: (accepting, refusing) =>
      `You say those on ${accepting} fail too. ${accepting} still accepts TLS 1.0, so TLS 1.0 is not why they fail: check them on their own (their HTTPS setting and certificate, and a capture of TMS polling one of them). My answer is for those on ${refusing}, which refuse TLS 1.0: that is this problem.`,
    mixedAfterHardeningRaised: (accepting, refusing) =>
      `You say those on ${accepting} fail too, and that it started after hardening, with TMS already at Medium-High. At Medium-High TMS offers TLS 1.2, which ${accepting} and ${refusing} both accept, so TLS 1.0 is not the question here: look at what the hardening changed on the TMS server. Check that TLS 1.2 is still enabled for the Schannel Client side (\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\`: \`Enabled\` = 0 or \`DisabledByDefault\` = 1 means off) and which cipher suites the policy left: after GPO or IIS Crypto hardening the TMS server and the endpoints may share no cipher suite, and the endpoint then answers with alert 40 or a RST even at TLS 1.2. A capture on the TMS server and the Schannel events in the System log (36871, 36874, 36888) tell which.`,
    mixedAfterHardening: (accepting, refusing) =>
      `You say those on ${accepting} fail too, and that it started after hardening. ${accepting} still accepts TLS 1.0, so the TC/CE change does not explain their failure, but the TMS server can: if the hardening turned TLS 1.0 off for its Schannel Client side while TMS is at Medium, TMS completes the TCP handshake and then sends no ClientHello at all, so it reaches no endpoint, old or new. Check on the TMS server \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` (\`Enabled\` = 0 or \`DisabledByDefault\` = 1 means off) and what the policy set; a capture on the TMS server settles it (a TCP handshake to port 443 and no ClientHello). If so, the fix below (TLS 1.2 for the Client side, Medium-High) reaches ${accepting} and ${refusing} alike; check too that the hardening left TLS 1.2 and a cipher suite the endpoints share. A SQL Server on this server without TLS 1.2 support needs TLS 1.0: see the SQL Server caveat before anything else.`,
    mixedAcceptingFailMedium: (accepting, refusing) =>
      `You say those on ${refusing} work and those on ${accepting} fail, with TMS at Medium. Neither fits the TLS 1.0 cause. ${accepting} still accepts TLS 1.0, so TLS 1.0 is not why those fail: check them on their own (their HTTPS setting and certificate, whether port 443 answers from the TMS server, a capture of TMS polling one of them). ${refusing} refuses TLS 1.0, and at Medium TMS offers nothing but TLS 1.0, so those should fail if TMS reaches them over HTTPS: check the level TMS really runs at (TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security, on each node of a redundant pair) and whether TMS reaches them over plain HTTP or they are in "Behind Firewall" mode. Do not change the server's registry or level for this yet.`,
    mixedAcceptingFail: (accepting, refusing) =>
      `You say those on ${refusing} work and those on ${accepting} fail. ${refusing} refuses TLS 1.0, so if TMS manages them over HTTPS, it already reaches them with a newer TLS version; ${accepting} still accepts TLS 1.0, so TLS 1.0 is not why those fail. My answer is for those on ${accepting}.`,
    workingRelease: (v, accepts) =>
      `Noted: the endpoints on ${v} work. ${accepts ? `${v} still accepts TLS 1.0, so TMS at Medium reaches them either way; the error fits this problem if the failing ones run TC 7.3.6 or later, CE 8.1 or later or RoomOS. ` : ''}I do not take ${v} as the release of the endpoints that fail.`,
    mixedLater: (accepting) =>
      `Those on ${accepting} will refuse TLS 1.0 too once they are upgraded to TC 7.3.6 or later or CE 8.1 or later; with TMS at Medium-High they keep working then.`,
    fixHeading: 'What to do',
    fixNeedsFacts: 'What to do depends on the versions, and I am still missing one:',
    fixMind: 'Before you start, mind:',
    fixDetails: 'Each step in full, with the registry values and commands, is in the answer above (in Slack, under Show steps).',
    cannotAnswer:
      'I don\'t know that one. What I can do: tell whether "No HTTPS response" is the TLS 1.0 problem for your versions and how to fix it, explain why it happens ("why?") and what Medium-High is, and answer questions such as "is a reboot needed?", "is iisreset enough?", "would the registry alone do it?", "can we turn TLS 1.0 off?", "High or Medium-High?", "what happens to our Polycoms?", "both nodes?", "do the endpoints need any change?", "how long will it take?", "is there any risk?", "Client or Server keys?", "why do you need the Windows version?" or "how do I verify it?". You can also tell me what was already done ("TLS 1.2 is already enabled in the registry"). I can also probe an endpoint\'s HTTPS port.',
    cannotAnswerShort: 'I don\'t know that one. Say "help" for what I can do, or ask as in "is a reboot needed?" or "how do I verify it?".',
  },
  ja: {
    greeting: 'こんにちは。TC/CE のアップグレード後に TMS でエンドポイントが「No HTTPS response」になる問題をお手伝いします。',
    intro:
      '分かっている情報を教えてください（例：「TMS 15.2.1、エンドポイントは CE 9.15、SQL 2012 SP1」）。足りない情報はこちらから質問します。',
    symptomNoted: 'TMS に「No HTTPS response」が出ているとのこと、承知しました。TLS 1.0 の問題かどうかは、関係するバージョンで決まります。',
    helpHeading: '使い方',
    help: [
      'TMS の「No HTTPS response」が、TLS 1.0 を受け付けなくなったエンドポイントによるものかを判定し、そうであればお使いのバージョンに合わせて TMS サーバで変更する内容をお伝えします。',
      'TMS のバージョン、エンドポイントのソフトウェアバージョン（TC/CE/RoomOS）、SQL Server のバージョンを教えてください。Windows Server のバージョンと [Communication Security] のレベルが分かると、回答がより正確になります。1 つのメッセージにまとめても、質問に 1 つずつ答えても構いません。',
      'いつでも値を訂正できます（例：「TMS は 14.6 でした」）。「最初から」でやり直せます。エンドポイントの HTTPS ポートをプローブして、受け付ける TLS バージョンを調べることもできます。',
      'お手元の資料も読み取り、そこから分かることをお伝えします。キャプチャのテキスト（tshark や Wireshark）、`reg query` や check-tls.cmd の出力、Schannel や SQL Server のイベント ログの行、`SELECT @@VERSION` の結果を貼り付けてください。Slack では、キャプチャ（.pcap、.pcapng）、レジストリのエクスポート（.reg）、テキストや CSV で保存したイベント ログをファイルで添付することもできます。',
    ],
    helpExamples: ['TMS 15.2.1、コーデックは CE 9.15.3、SQL Server 2012 SP1', 'TMS 14.6.2 で TC7.3.6 のエンドポイント', '最初から'],
    thanks: 'どういたしまして。変更後もエンドポイントに「No HTTPS response」が表示される場合は、状況を教えてください。もう一度確認します。',
    startedOver: '最初からやり直します。これまでのバージョン情報は消去しました。',
    empty: 'メッセージが空でした。TMS とエンドポイントのバージョンを教えてください。使い方は「ヘルプ」と送ってください。',
    readFirst: (n, max) =>
      `メッセージは ${thousands(n)} 文字ありました。読み取ったのは最初の ${thousands(max)} 文字だけで、残りは読んでいません。後半に大事な情報（バージョンやエラーの行など）がある場合は、別のメッセージで送ってください。`,
    binary: 'バイナリデータか制御文字のように見えるため、このメッセージは読み取りませんでした。バージョンをテキストで貼り付けてください。',
    binaryAfterWords: 'メッセージの後半はバイナリデータか制御文字のように見えるため、読み取っていません。読み取ったのは、その前に書かれた内容だけです。出力はテキストで貼り付けてください。',
    notUnderstood: (echo) => `「${echo}」からはバージョンもご依頼も読み取れませんでした。`,
    stepsNotThisServer: (other) =>
      other
        ? '別のサーバーで実施した内容は、このサーバーの分としては記録していません。こちらの TMS について記録している内容は変わらず、同じ手順がこちらにも当てはまります。このサーバーの現状は次のとおりです：'
        : 'まだ何も実施済みとしては記録していません。これらの手順は予定・ご質問・他の方の助言として書かれており、このサーバーで実施したとは伺っていないためです。それぞれ実施したら教えてください。このサーバーの現状は次のとおりです：',
    tmsDatabaseVersion:
      'TMS のリリースのような「データベース バージョン」（TMS のバージョン情報画面など）は、SQL Server のリリースではなく、TMS 自身のデータベースのバージョンだと考えられます。SQL Server のリリースは、その SQL インスタンスで `SELECT @@VERSION` を実行すると確認できます。',
    lateJoin: 'このスレッドは、メンションされたこのメッセージから後しか読めない（それより前は見えない）ため、バージョン（またはチケットの内容）をここに貼り付けてください。',
    notUnderstoodHint:
      'バージョンの入力や訂正（例：「TMS は 15.2.1」「エンドポイントは CE 9.15」）、「ヘルプ」、「最初から」が使えます。',
    understood: 'ここまでの情報',
    updated: '更新',
    assumed: '仮定',
    unknownAction: (id) => `「${id}」というボタンは分かりません。現在の状況は次のとおりです。`,
    probeHint:
      'エンドポイントをプローブするには、Slack ではプローブのボタンを、ターミナルのチャットでは `probe <ホスト>[:<ポート>]` と入力してください。`tms-doctor probe <ホスト> --json > probe.json` の結果を `tms-doctor diagnose --probe probe.json` で診断することもできます。',
    probeSummary: (target, verdict) => `${target} のプローブ結果：${verdict}。`,
    probeAccepted: 'TLS 1.0 を受け付けました',
    probeRefused: 'TLS 1.0 は拒否され、より新しい TLS は受け付けました',
    probeRefusedAccepts: (a) => `TLS 1.0 は拒否され、${a.join('、')} は受け付けました`,
    probeUnknown: 'TLS 1.0 について判定できませんでした',
    probeRefusedAll: (only) => `TLS 1.0・1.1・1.2 はすべて拒否されました${only ? `（応答したのは ${only} だけです）` : ''}`,
    headingYes: 'TLS 1.0 の問題です（対処方法は以下のとおり）',
    headingPre15: 'TLS 1.0 の問題ですが、この TMS はそのままでは修正できません',
    headingSqlDown: 'SQL Server が停止しています（まず SQL Server を復旧し、そのあと「No HTTPS response」に対処してください）',
    headingNo: 'TLS 1.0 の問題ではありません',
    headingUnknown: 'まだ判断できません（まず次の点を確認してください）',
    headingTls12Refused: 'まだ判断できません（エンドポイントは TLS 1.2 も拒否しています）',
    headingSomeWork: '一部のシステムは正常、残りはまだ失敗しています（失敗しているシステムの違いを確認してください）',
    headingHttp: 'TLS 1.0 の問題ではありません（HTTP のみ）',
    headingBehindFirewall: 'まずモードを確認してください：Behind Firewall モードのシステムは TMS からポーリングされません',
    headingHardening: 'まず TMS サーバの TLS 1.0 を確認してください：TLS 1.0 を受け付けるエンドポイントも失敗しています',
    behindFirewallCleared: '承知しました。このシステムは Behind Firewall モードではないものとして、回答の最初にモードの確認を挙げるのはやめます。',
    hardeningAllFailCleared: '承知しました。TMS サーバで TLS 1.0 が無効になっていると考える理由はなくなったので、回答の最初に TLS 1.0 の確認を挙げるのはやめます。',
    headingNeedMore: '判断するには情報が足りません',
    headingAssumed: 'TLS 1.0 の問題の可能性が高いです（まず仮定を確認し、そのうえで対処してください）',
    headingIfSymptom: 'TMS の表示が「No HTTPS response」なら、TLS 1.0 の問題の可能性が高いです（まず表示を確認し、そのうえで対処してください）',
    symptomConfirmed: 'TMS に「No HTTPS response」が表示されているとのこと、承知しました。伺ったバージョンと合わせると、これで TLS 1.0 の問題だと言えます。前の回答の手順がそのまま当てはまります。',
    symptomUnsaid:
      'TMS にどのエラーが表示されているかは伺っていません。この問題では、[Systems] > [Navigator] でそのシステムに「No HTTPS response」が表示されます。伺ったバージョンはこの問題に当てはまるので、表示がそれであれば下の手順が当てはまります。Navigator に別のエラー（「Wrong username or password」「No SNMP response」、接続エラーなど）が表示されている場合は、何かを変更する前にお知らせください。修正では [Communication Security] を Medium-High に上げ、これで TMS の Telnet と SNMP が無効になります。',
    headingEvidenceConflict: '貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています（対処の前に、どちらが正しいか確認してください）',
    headingLevelConflict: 'まずレベルを確認してください（TLS 1.2 の hello は Medium と合いません）',
    headingTls12Works: 'キャプチャでは TLS 1.2 が動作しています：TLS の部分の対処は反映されています',
    headingRegistryTls12Off: '原因が見つかりました：レジストリで TMS の TLS 1.2 が無効になっています',
    headingEvidenceConflictRefuses: '貼り付けていただいた内容と伝えられたエンドポイントのバージョンが食い違っています（どちらが正しいか確認してください）',
    stillFailingIntro:
      '解決せず申し訳ありません。TMS サーバでパケット キャプチャを取ると、2 つの場合を見分けられます。エンドポイントへの TMS の ClientHello がまだ TLS 1.0（0x0301）を提示していれば、変更はまだ反映されていません。TLS 1.2（0x0303）を提示しているのにエンドポイントが拒否する場合は、下の項目を確認してください。',
    doneRebootPending: (keys, level, notSaid) =>
      [
        notSaid
          ? '変更後にサーバ（または IIS と TMS のサービス）を再起動したとは伺っていません。再起動するまでは、変更は完全には反映されません。'
          : '変更後にまだサーバを再起動していないので、変更はまだ完全には反映されていません。',
        keys ? '作成した TLS 1.2 のキーは、再起動後に Windows が作る接続にだけ適用されます。Schannel を使うすべてのプロセスの再起動で足りる場合もありますが、確実なのはサーバの再起動です。' : '',
        level ? 'Medium-High のレベルは IIS と TMS のサービスを再起動すると反映されます。サーバの再起動 1 回でこれらも再起動されます。' : '',
        !keys && level ? 'キーを作成していないので、再起動を待つ必要はありません。IIS と TMS のサービスを再起動すれば、今すぐレベルが反映されます。' : '',
        notSaid
          ? '再起動していなければ、「No HTTPS response」が残るのは想定どおりです。再起動後に [Systems] > [Navigator] で対象のシステムの [Force Refresh] を実行し、エラーが残る場合は教えてください。すでに再起動済みであれば、そう教えていただければ次の確認点に進みます。'
          : 'それまでは「No HTTPS response」が残るのは想定どおりなので、ほかに確認することはまだありません。再起動後に [Systems] > [Navigator] で対象のシステムの [Force Refresh] を実行し、エラーが残る場合は教えてください。',
      ].filter((x) => x).join(''),
    stillFailingLevel:
      '見落とされやすいのは次の 2 点です。TMS ツールで [Communication Security] が実際に Medium-High で保存されているか（冗長構成の TMS では両方のノードで）、そしてその後に IIS と TMS のサービスを再起動したか（またはサーバを再起動したか）です。すでに Medium-High であれば「Medium-High です」と教えてください。回答を調整します。',
    stillFailingCaptured: (alert40) =>
      `まだ直らないとのこと、承知しました。貼っていただいたキャプチャで、TMS が TLS 1.2 を提示し、エンドポイントがそれを${alert40 ? 'アラート 40（handshake_failure）で' : ''}拒否していることがすでに分かっています。TMS 側の変更は有効になっています。${alert40 ? 'まず暗号スイートを確認し、次に下のほかの点を確認してください。' : '下の点を確認してください。'}`,
    stillFailingVerified:
      'まだ表示されるとのこと、承知しました。共有していただいたキャプチャでは TLS 1.2 が提示されて受け付けられているので、変更のうち TLS の部分は効いています。まず [Systems] > [Navigator] でそのシステムの [Force Refresh] を実行してください。表示されている状態は変更前のポーリングの結果かもしれません。更新してもエラーが残る場合は、下の項目を確認してください。',
    stillFailingNeed: '承知しました。原因を調べるために、まずもう 1 点教えてください。',
    stillFailingIfIntro:
      '変更後も直らない場合は、TMS サーバでパケット キャプチャを取ると、どちらの状況かが分かります。エンドポイントへの TMS の ClientHello がまだ TLS 1.0（0x0301）なら、変更がまだ反映されていません。TLS 1.2（0x0303）を提示してもエンドポイントに拒否されるなら、下の項目を確認します。',
    stillFailingIfLevel:
      'よくある見落としは、TMS ツールで [Communication Security] が実際には Medium-High で保存されていない（冗長構成の TMS では両方のノード）、またはその後に IIS と TMS のサービスを再起動していない（サーバを再起動していない）ことです。',
    stillFailingIfNeed: 'そのときに確認すべき点をお伝えするために、まずもう 1 点教えてください。',
    skipAssumed: '承知しました。その情報なしで、次に示す安全側の仮定を置いて進めます。確認でき次第、バージョンを教えてください。',
    skipModelSettles: (models) =>
      `承知しました。バージョンは分からなくても大丈夫です。${models} は CE 9 / RoomOS で登場した機種で TC を動かせないため、どのリリースでも TLS 1.0 を受け付けず、TLS 1.2 は受け付けます。`,
    skipAssumedLevel: '承知しました。その情報なしで、次に示す安全側の仮定を置いて進めます。確認でき次第、TMS ツールに表示されているレベルを教えてください。',
    skipNamedKept: (topic) => `承知しました。${topic}は分からないまま、安全側の仮定を置いて進めます。確認でき次第、教えてください。`,
    skipTopicName: {
      tms: 'TMS のバージョン',
      endpoint: 'エンドポイントのソフトウェア バージョン',
      sql: 'SQL Server のバージョン',
      windows: 'Windows Server のバージョン',
      level: '[Communication Security] のレベル',
    },
    singleTmsNoted: '承知しました。TMS は冗長構成ではなく、1 台のサーバとのことですね。両方のノードで変更するという注意は当てはまらないため、以降の回答では省きます。',
    spGuessTaken: (said) =>
      `サービス パックは確実ではないとのことなので、${said} を未確認の値として使います（これで回答の注意点が減ることはありません）。そのインスタンスで \`SELECT @@VERSION\` を実行すると確認できます。`,
    spGuessNotTaken: (said) =>
      `${said} かどうかは確実ではないとのことなので、この値は使いません（使うと SQL Server の確認が回答から外れてしまいます）。そのインスタンスで \`SELECT @@VERSION\` を実行して確認できるまで、その確認を回答に残します。`,
    modelsCorrected: (now, dropped) => `更新しました：対象のエンドポイントは ${dropped} ではなく ${now} です。${dropped} についての説明は当てはまりません。以下は ${now} についての回答です。`,
    skipLevelKept: '承知しました。[Communication Security] のレベルは既定の Medium と仮定して進めます。確認でき次第、TMS ツールに表示されているレベルを教えてください。',
    updatedHeading: '回答の更新（変更点）',
    noLongerApplies: '該当しなくなった項目：',
    restStillApplies: 'そのほかは前の回答のとおりです。',
    sameLiteralAbove: '（ここに入る内容は、上に示したものとまったく同じです。）',
    stepsAsBefore: (nums) => `手順 ${nums.join('、')} は、この会話で先にお伝えした内容と同じなので、ここでは繰り返しません。もう一度詳しく見るには「手順${nums[0]}はどうやるんですか」と聞いてください。`,
    stepsMoved: (nums) => `手順 ${nums.join('、')} は、先にお伝えした回答では別の番号でしたが、内容は変わらないので、ここでは繰り返しません。もう一度詳しく見るには「手順${nums[0]}はどうやるんですか」と聞いてください。`,
    stepsRenumbered: '先にお伝えした回答から手順が変わったため、番号がずれています。上の一覧が前の一覧に代わるもので、「手順Nはどうやるんですか」への答えもこの一覧の番号に従います。',
    notesAsBefore: (titles) => `次の点も先にお伝えしたとおりなので、繰り返しません：${titles.join('、')}。`,
    evidenceAsBefore: (titles) => `前に読んだファイルや貼り付けの内容は変わらないため、ここでは繰り返しません：${titles.join('、')}。`,
    nothingChanged: 'この情報で前の回答は変わりません。',
    openQuestions: '未確定の項目（オプションで指定できます。例：--tms 15.2.1）：',
    stepsHeading: '作業の順序',
    step: (n, title) => `手順 ${n}：${title}`,
    assumeWindows:
      'Windows Server のバージョンが不明なため、レジストリの手順は TLS 1.2 の確認として記載しています（2008 R2 と 2008 では必須で、R2 ではない 2008 では先に KB4019276 が必要です。2012 以降は確認作業です）。',
    assumeLevel: '[Communication Security] のレベルが不明なため、既定値の Medium と仮定しています。',
    refineOffer: '回答をより正確にするために、次の点を教えてください。',
    skipOptional: '承知しました。仮定のまま進めます。',
    allSet: '必要な情報はそろいました。別の件は「最初から」と送ってください。',
    needBeforeAnswer: '回答の前にもう 1 点教えてください。',
    captionRaised: 'このキャプチャは変更後に取ったものとのことで、ポート 443 への接続はどれも TLS 1.2 の ClientHello で始まっています。これが TMS の送ったものであれば、[Communication Security] はおそらく現在 Medium-High です（TMS が TLS 1.2 を提示するのは Medium-High 以上の場合だけです）。ひとまずそのように扱いますが、キャプチャから確定できることではありません（サーバ上の別のプログラムが同じような ClientHello を送ることもあります）。TMS ツールでレベルを確認し、別のレベルが表示されている場合はお知らせください。',
    problemNote: '注意',
    actions: { startOver: '最初から', help: 'ヘルプ', probe: 'エンドポイントをプローブ', fixFiles: '修正ファイル' },
    unset: '未入力',
    sqlRemote: 'SQL は別サーバ',
    sqlLocal: 'SQL は TMS サーバ上',
    saidProtocol: (p, on) => `${p} ${on ? '有効' : '無効'}（お聞きした内容）`,
    pastedProtocol: (p, on) => `${p} ${on ? '有効' : '無効'}（貼り付けられた内容より）`,
    templateProtocolOff: (p) => `${p} 無効（IIS Crypto の Best Practices から推定、未確認）`,
    saidRegistryUntouched: 'レジストリは未変更（お聞きした内容）',
    saidRestarted: '変更後に再起動済み（お聞きした内容）',
    saidUntrustedCerts: 'エンドポイントの証明書は自己署名または期限切れ（お聞きした内容）',
    saidSqlDown: 'SQL Server が起動しない（お聞きした内容）',
    pastedSqlDown: 'SQL Server のサービスが停止（貼り付けられた出力より）',
    pasted26011: 'SQL Server がエラー 26011 を記録（暗号化の初期化に失敗）',
    httpOnly: 'HTTP で管理',
    othersOverHttp:
      '承知しました。それらの機器は TMS が平文の HTTP で管理しているとのことですね。これはその機器だけの話です。「No HTTPS response」が出ているエンドポイントは TMS が HTTPS で接続しているものなので、そちらへの回答は変わりません。平文の HTTP で管理している機器とは TLS ハンドシェイクが行われないため、TLS 1.0 の変更も今回の対処も影響しません。Medium-High で使えなくなるのは Telnet と SNMP です。それらの機器に TMS が Telnet や SNMP も使っている場合（TMS での各機器の設定を確認してください）、その部分は Medium-High では動かなくなります。',
    httpWhichDevices:
      'TMS が平文の HTTP で管理しているのはどの機器でしょうか。直前にお話のあった他の機器でしょうか、それとも「No HTTPS response」が出ているエンドポイントでしょうか。前のメッセージには両方が出てきたため、回答は変えていません。エラーの出ているエンドポイントの場合は、そのようにお知らせください（例：「SX80 は HTTP で管理しています」）。平文の HTTP では TLS ハンドシェイクが行われないため、回答が変わります。',
    restWithAnswer: '修正への影響についての残りの説明は、下の質問にお答えいただいたあとの回答でお伝えします。',
    someFail: '一部のシステムのみ失敗',
    levelLabel: 'レベル',
    levelOnPre15: (level: string, tms: string) => `レベル ${level}（とのことですが、${tms} にはこの設定がありません）`,
    levelsExplained:
      '[Communication Security]（TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options]）には Low、Medium（既定値）、Medium-High、High の 4 段階があります。この問題で重要なのは、TMS がエンドポイントに接続するときに提示する TLS のバージョンです。',
    proposalPre15: (tms) =>
      `${tms} ではできません。15 より前のリリースには Medium-High がなく（TMS ツールに [Communication Security] の設定がありません）、レジストリの設定に関係なく TMS は TLS 1.0 しか提示しないため、このサーバでは TLS 1.0 を有効のままにしておく必要があります。解決策は TMS を 15.x にアップグレードすることで、以下の Medium-High はそのアップグレードの後の手順です（エンドポイントを TC 7.3.3 にダウングレードするのは、TC が動作するハードウェアに限った暫定策で、CE から TC に戻すと設定は初期化されます）。`,
    proposalYes: 'はい。Medium-High は、TMS がエンドポイントに TLS 1.2 を提示するようにするための変更です。',
    proposalBefore: (steps) => `その前に、次の順で進めてください：「${steps.join('」→「')}」。`,
    proposalNotRecorded: 'レベルはまだ変更済みとして記録していません。設定が終わったら教えてください。',
    whyHeading: 'エンドポイントが「No HTTPS response」になる理由',
    meaningFromEvidence: 'この会話で貼り付けていただいた内容から分かること：',
    stepNone: 'お使いのバージョンに対する回答には、実施する手順はありません。代わりに確認すべき箇所を挙げています（上の回答をご覧ください）。',
    stepLast: (n) => `手順 ${n} が最後の手順です。[Systems] > [Navigator] でそのシステムを Force Refresh し、「No HTTPS response」が消えたことを確認してください。消えない場合は「まだ直りません」と送ってください。確認項目をお伝えします。`,
    stepsNotYet: 'まだ手順をお伝えしていません。どの手順をどの順序で行うかは、下の質問への答えによって変わります（理由は質問に書いてあります）。お答えいただければ手順をお伝えします。',
    stepDoneNoted: (n, items) => `手順 ${n} までの作業を記録しました：${items.join('、')}。`,
    stepOutOfRange: (count, titles) => `回答の手順は ${count} つです：${titles.map((x, i) => `${i + 1}. ${x}`).join('、')}。どの手順のことでしょうか。`,
    meaningUnread:
      'この会話で貼り付けていただいた内容のうち、証拠として読み取れたものはありません（読めるのは TMS のメッセージ、Schannel や SQL のイベント、TMS のログの .NET エラー、curl や openssl などの TLS クライアントのエラー、キャプチャの行、レジストリの出力、`SELECT @@VERSION` の結果です）。そのため、その行の意味は判断できません。「No HTTPS response」そのものであれば、それは私が診断する症状で、TMS がそのシステムと HTTPS で通信できなかったことを示します（「なぜ？」とお尋ねください）。TMS とエンドポイントの間の 443 番ポートでのリセットや TLS ハンドシェイクの失敗は、この問題と合致します。エンドポイントは TMS の TLS 1.0 の ClientHello に TCP リセットで応答するためで、TMS がどの TLS バージョンを提示したかは TMS サーバでキャプチャを取ると分かります。行全体やイベント（ソースと ID を含むもの）があれば、貼り付けてください。',
    ack: '承知しました。状況が変わったときや、回答をより正確にしたいときは教えてください。',
    ackNeed: '承知しました。回答するには、まだ次の情報が必要です。',
    cancelled: (kept, asked) =>
      `承知しました。${asked ? '先ほどの質問は取り下げます。' : ''}${kept ? `伺った内容（${kept}）はそのまま残していますので、続けるときはバージョンやご質問をいつでも送ってください。` : '続けるときは、バージョンやご質問をいつでも送ってください。'}何も残さずに始め直すには「最初から」と送ってください。`,
    fromPaste: '貼り付けていただいた内容から読み取れたこと：',
    movedAnswer: (value, from, to) => `承知しました。「${value}」は ${from} ではなく ${to} のバージョンとして扱います。`,
    caseAbout: (named, kept) =>
      kept
        ? `${named} の場合についてのご質問として、その場合の結果を示します。お使いの環境は引き続き ${kept} として扱います。変わった場合はお知らせください。`
        : `${named} の場合についてのご質問として、その場合の結果を示します。お使いの環境のバージョンとしては記録していません。`,
    caseNeeds: (fields) => `その場合についてさらに答えるには、${fields} のバージョンも必要です。`,
    caseOwn: (named) => `${named} はお使いの環境として伺っているバージョンです。あてはまる内容は次のとおりです。`,
    fieldNames: { tms: 'TMS', endpoint: 'エンドポイント', sql: 'SQL Server', windows: 'Windows Server', level: 'レベル' },
    sameKept: (values) => `この会話では ${values} とお聞きしています。この内容で進めます。`,
    sameBack: (values) => `この会話で前にお聞きした ${values} に戻します。`,
    sameUnknown: (what) =>
      `申し訳ありませんが、ほかの件の内容は覚えていません。この会話でお聞きした内容しか分からないため、${what || 'バージョン'}を推測することはしません。もう一度教えてください。`,
    sameMaybeFailing: '変更後もまだ解決しないという意味でしたら、「まだ直りません」と送ってください。確認する点をご案内します。',
    sqlPlaceHedged:
      'SQL が別サーバにあるかは確かではない、とのことなので、SQL の場所は記録していません。確認できるまでは、TMS サーバ上に SQL のインスタンスがある場合の注意点を回答に残します（こちらが安全側です）。確認方法：TMS サーバの services.msc（または `sc query MSSQLSERVER`）で、SQL Server のサービス（MSSQLSERVER または MSSQL$<インスタンス名>）がそのサーバで動いているか分かります。そのサーバ上のインスタンスは、どれもそのサーバの Schannel の設定の影響を受けます。TMS のデータベースは tmsng です。これを持つインスタンスで `SELECT @@SERVERNAME` を実行すると、そのインスタンスが動いているマシンの名前が分かります。分かったら「SQL は TMS サーバ上です」または「SQL は別サーバです」とお知らせください。',
    stillFailingRebootLeft: '再起動以外の手順は済んでいて、まだ失敗しているとのことです。再起動が足りない手順かどうかは、キーを作成・変更したかで決まります。',
    levelReverted: (was, now) =>
      `${was} が ${now} に戻っていたとのことなので、${now} として記録します。${now} では TMS は TLS 1.2 を提示しません。もう一度 ${was} にする前に、戻った理由を確かめてください（そのままではまた戻るおそれがあります）。TMS ツールでの [Save] がエラーなしで終わったか、TMS ツールを実行したアカウントに設定を保存する権限があったか（TMS サーバの管理者か）を確認してください。冗長構成の TMS では、両方のノードで設定が必要なので、ノードごとに確認してください。[Save] のあとで画面を開き直し、${was} のままになっていることも確認してください。`,
    levelRaisedHedged: (guess, held) =>
      `${guess.join(' または ')} だと思うものの確かではない、とのことなので、レベルは記録していません${held ? `（先ほどの ${held} のままにしています）` : ''}。レベルで回答が変わります。Medium の TMS は TLS 1.0 しか提示せず、Medium-High 以上なら TLS 1.2 を提示します。${held ? '' : '確認できるまでは TMS の既定値である Medium を仮定し、Medium-High に設定する手順を残しています。この手順は TMS ツールで Medium（または Low）と表示されている場合だけ行ってください。Medium-High か High と表示されていれば、レベルはそのままにして教えてください。'}TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] を見て、表示されているレベルを教えてください。`,
    levelHedged: (earlier) =>
      `${earlier ? `先ほどは ${earlier} とのことでしたが、` : ''}Medium だと思うものの確かではない、とのことなので、Medium は確認済みのレベルではなく仮定（TMS の既定値）として扱います。確実にするには、TMS ツールの [Security Settings] > [Advanced Security Settings] > [Transport Layer Security Options] > [Communication Security] を確認し、別のレベルになっていればお知らせください。`,
    tmsHedged: (guess, held, matters) =>
      (held
        ? `${guess} かもしれないものの確かではない、とのことなので、先ほどの ${held} のままにしています。`
        : `${guess} だと思うものの確かではない、とのことなので、ひとまず ${guess} として扱います。`) +
      (matters ? '回答はこれで変わります。TMS 15 以降はそのまま修正できますが、15 より前の TMS はそのままでは修正できません。' : '') +
      `TMS 自身が表示するバージョン（バージョン情報の画面）を確認して、${held ? `${held} でなければ` : '別のバージョンでしたら'}教えてください。`,
    endpointHedged: (v) =>
      `エンドポイントが ${v} かどうかは確かではないとのことですが、以下の回答はこのリリースで決まります。${v} はまだ TLS 1.0 を受け付けるため、本当に ${v} であれば TLS 1.0 の問題ではありません。TC 7.3.6、CE 8.1 以降であれば TLS 1.0 の問題です。この回答に沿って対応する前に、失敗しているエンドポイントを 1 台確認してください。TMS の [Systems] > [Navigator] でソフトウェアバージョンが分かります。エンドポイントで \`xStatus SystemUnit Software Version\` を実行しても確認できます。確認できたらリリースを教えてください。`,
    thanksNeed: 'どういたしまして。まだ途中です。回答するには次の情報が必要です。',
    wait: 'どうぞごゆっくり確認してください。お待ちしています。',
    caseClosed: '承知しました。ありがとうございました。「No HTTPS response」が再び表示された場合（このシステムでも、2 台目の TMS ノードへのフェイルオーバー後でも）は、状況を教えてください。別の件は「最初から」と送ってください。',
    worksNow: '直ってよかったです。「No HTTPS response」が再発した場合（たとえば 2 台目の TMS ノードへのフェイルオーバー後など）はお知らせください。別の件は「最初から」と送ってください。',
    waitNeed: 'どうぞごゆっくり確認してください。分かりましたら、次の情報を教えてください。',
    otherSiteNotTaken: (read, kept, addressed = true) =>
      `この件には反映していません：${read}。${addressed ? 'ほかの方に宛てた、' : ''}別の拠点のシステムについてのメッセージと判断しました。${kept ? `こちらのバージョン（${kept}）はそのままです。` : 'こちらのバージョンとしては記録していません。'}このシステムのバージョンでしたら、「うちの TMS は … です」のように直接教えてください。`,
    otherSitePartNotTaken: (read) => `この件には反映していません：${read}（別の拠点のシステムについての部分）。それ以外の部分は、このシステムについてとして読みました。`,
    labValueNotTaken: (read, kept) =>
      `承知しました。${read} は検証環境（テスト用のシステム）のリリースなので、この件には使いません。${kept ? `${kept} のまま進めます。` : ''}本番のシステムがそのリリースでしたら、「本番は … です」のように教えてください。`,
    labValueAlsoHeld: (said) =>
      `承知しました。検証環境（テスト用のシステム）も ${said} とのことです。この件では引き続き ${said} を本番のシステムのリリースとして扱います。本番が別のリリースでしたら、「本番は … です」のように教えてください。`,
    labValueDropped: (said) => `${said} は検証環境（テスト用のシステム）のリリースとのことなので、この件では使いません。本番のシステムのリリースを教えてください。`,
    labPlaceNoted: (said) =>
      `承知しました。${said} は検証環境（テスト用のシステム）のものなので、この件の値としては記録していません。本番も同じでしたら、「本番は … です」のように教えてください。`,
    earlierWasOtherSystem: (list, kept) =>
      `先ほどのメッセージは別のシステム（検証環境・テスト環境・別のサーバ）の情報とのことなので、そのサーバについての値（${list}）はこの件では使いません。本番環境の値を教えてください。` +
      (kept ? `エンドポイントの ${kept} は引き続き使います。本番のエンドポイントのリリースが異なる場合はお知らせください。` : ''),
    languageSet: '承知しました。ここからは日本語でお答えします。',
    filesAnnounced: 'ファイルを共有していただければ、すぐに読み取ります。',
    whyUsual: 'よくある原因は次のとおりです。当てはまるかどうかは、バージョンを教えていただければ判断できます。',
    whichProduct: (year) => `${year} は SQL Server と Windows Server のどちらのバージョンでしょうか。「SQL ${year}」または「Windows ${year}」のように送ってください。`,
    noSuchServicePack: (release, sp, last, others, held) =>
      `${release} に SP${sp} はありません（最後のサービス パックは SP${last} です）。${release} SP${last} のことでしょうか${others.length ? `、それとも別のリリース（SP${sp} があるのは ${others.map((o) => `SQL Server ${o}`).join('、')}）でしょうか` : ''}。リリースとサービス パックを教えていただくか、\`SELECT @@VERSION\` の結果を貼り付けてください。それまでは ${held} として回答します。`,
    deniedValue: (v) => `${v} ではないとのことなので、この値は使いません。正しい値を教えてください。`,
    twoValues: (a, b) => `値が 2 つ出ています（先に ${a}、今回 ${b}）。${b} で進めます。${a} が正しければ教えてください。`,
    tmsConfirmed: (v) => `TMS ${v} ですね。承知しました。これまでと同じリリースなので、回答は変わりません。`,
    whichVersion: (v) => `${v} は TMS とエンドポイントのどちらのバージョンでしょうか。推測はしないので、「TMS ${v}」または「エンドポイントは ${v}」のように送ってください。`,
    sqlOrEndpointBuild: (b, y) =>
      `${b} は SQL Server ${y} のビルド番号とも読めますが、RoomOS のバージョンにも同じ形のものがあるため、まだ記録していません。どちらでしょうか。「SQL ${b}」または「エンドポイントは ${b}」のように送ってください。`,
    sqlBuildReady: (q) => `${q} はすでに TLS 1.2 に対応しています（Microsoft のビルド一覧、KB3135244）。変更の前に SQL を更新する必要はないので、そのまま手順に進んでください。`,
    whyEndpoints:
      'TC 7.3.6 以降、CE 8.1.0 以降、およびすべての RoomOS のエンドポイントは、HTTPS で TLS 1.0 を受け付けません。TLS 1.0 しか提示しないクライアントの接続は、ClientHello の直後にエンドポイントによってリセットされます。',
    mixedEndpoints: (accepting, refusing) =>
      `複数のバージョンのエンドポイントが挙がっています。${accepting} はまだ TLS 1.0 を受け付けるため、この問題の影響は受けません。以下は TLS 1.0 を拒否する ${refusing} についての回答です。`,
    telnetDecision: (names, kind) =>
      `承知しました。${kind === 'remove' ? `${names} を TMS の管理対象から外す` : kind === 'replace' ? `${names} は置き換える` : `${names} は TMS 以外の方法で管理する`}とのことですね。Medium-High で TMS が Telnet や SNMP で管理できなくなるシステムについての選択肢の一つで、ほかのエンドポイントに対する TLS の対処は変わりません。`,
    modelRelease: (models, release, held, refuses) =>
      `更新：${models} は ${release} とのことです。ほかのエンドポイントは ${held} のままです。${
        refuses
          ? `${release} も TLS 1.0 を受け付けないため、原因についての説明はどちらのグループにも当てはまります。`
          : `${release} はまだ TLS 1.0 を受け付けるため、${models} が失敗していても TLS 1.0 の拒否では説明できません。以下は ${held} のエンドポイントについての回答です。`
      }`,
    fleetRestated: (list) => `承知しました。エンドポイントは ${list} が混在しているのですね。どのリリースも TLS 1.0 を受け付けないため、原因についての説明はすべてに当てはまります。`,
    alsoFailing: (added, held, tms) =>
      `承知しました。${held} のエンドポイントに加えて、${added} のエンドポイントでも失敗しているとのことですね。どちらのリリースも TLS 1.0 を拒否するため、${
        !tms
          ? '失敗の原因は両方とも同じで、TMS 側で必要な対応も同じです。'
          : tms.fixable
            ? 'TMS サーバでの同じ対処で両方が解決します。'
            : `失敗の原因は両方とも同じです。${tms.name} はそのままでは修正できないため、両方に効くのは TMS を 15.x にアップグレードすることです。TC 7.3.3 に戻せるのは、TC をまだ実行できるハードウェアだけです（CE 9 や RoomOS で登場したモデルは対象外です）。`
      }`,
    mixedAllFail: (accepting, refusing) =>
      `${accepting} のエンドポイントでも失敗しているとのことですが、${accepting} はまだ TLS 1.0 を受け付けるため、失敗の原因は TLS 1.0 ではありません。こちらは別に確認してください（エンドポイントの HTTPS 設定と証明書、TMS がそのエンドポイントをポーリングするときのキャプチャ）。以下は TLS 1.0 を拒否する ${refusing} についての回答です。こちらはこの問題にあたります。`,
    mixedAfterHardeningRaised: (accepting, refusing) =>
      `${accepting} のエンドポイントも、セキュリティ強化のあとから失敗しているとのことです。TMS はすでに Medium-High なので、${accepting} も ${refusing} も受け付ける TLS 1.2 を提示します。ここで問題になるのは TLS 1.0 ではなく、強化で TMS サーバの何が変わったかです。Schannel の Client 側で TLS 1.2 が有効なままか（\`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.2\\Client\`：\`Enabled\` = 0 または \`DisabledByDefault\` = 1 なら無効）と、ポリシーでどの暗号スイートが残ったかを確認してください。GPO や IIS Crypto で強化すると、TMS サーバとエンドポイントに共通の暗号スイートがなくなり、TLS 1.2 でもエンドポイントが alert 40 か RST を返すことがあります。TMS サーバでのキャプチャと、システム ログの Schannel イベント（36871、36874、36888）で判断できます。`,
    mixedAfterHardening: (accepting, refusing) =>
      `${accepting} のエンドポイントでも失敗していて、セキュリティ強化のあとから始まったとのことです。${accepting} はまだ TLS 1.0 を受け付けるため、TC/CE の変更ではその失敗を説明できませんが、TMS サーバ側なら説明できます。強化で Schannel の Client 側の TLS 1.0 が無効になり、TMS が Medium のままなら、TMS は TCP ハンドシェイクのあと ClientHello をまったく送らないため、新旧どのエンドポイントにも接続できません。TMS サーバで \`HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\\Client\` を確認し（\`Enabled\` = 0 または \`DisabledByDefault\` = 1 なら無効）、ポリシーで何が設定されたかも確認してください。TMS サーバでのキャプチャで判断できます（ポート 443 への TCP ハンドシェイクのあと ClientHello がない）。そうであれば、下記の修正（Client 側の TLS 1.2 と Medium-High）で ${accepting} にも ${refusing} にも接続できます。強化で TLS 1.2 と、エンドポイントと共通の暗号スイートが残っているかも確認してください。このサーバに TLS 1.2 非対応の SQL Server がある場合は TLS 1.0 が必要です。何よりも先に SQL Server の注意事項を確認してください。`,
    mixedAcceptingFailMedium: (accepting, refusing) =>
      `${refusing} は正常で、${accepting} で失敗していて、TMS は Medium とのことです。どちらも TLS 1.0 の原因とは合いません。${accepting} はまだ TLS 1.0 を受け付けるため、失敗の原因は TLS 1.0 ではありません。その機器を個別に確認してください（HTTPS の設定と証明書、TMS サーバからポート 443 に応答があるか、TMS がその機器をポーリングするときのキャプチャ）。${refusing} は TLS 1.0 を拒否し、Medium の TMS は TLS 1.0 しか提示しないため、TMS が HTTPS で接続しているならそれらも失敗するはずです。TMS の実際のレベル（TMS Tools > Security Settings > Advanced Security Settings > Transport Layer Security Options > Communication Security、冗長構成なら両ノード）と、TMS がそれらに HTTP で接続していないか、「Behind Firewall」モードではないかを確認してください。この件のためにまだサーバのレジストリやレベルを変更しないでください。`,
    mixedAcceptingFail: (accepting, refusing) =>
      `${refusing} は正常で、${accepting} で失敗しているとのことです。${refusing} は TLS 1.0 を拒否するため、TMS が HTTPS で管理しているなら、すでに新しい TLS バージョンで接続できています。${accepting} はまだ TLS 1.0 を受け付けるため、失敗の原因は TLS 1.0 ではありません。以下は ${accepting} についての回答です。`,
    workingRelease: (v, accepts) =>
      `承知しました。${v} のエンドポイントは正常とのことです。${accepts ? `${v} はまだ TLS 1.0 を受け付けるため、Medium の TMS でも接続できます。失敗しているエンドポイントが TC 7.3.6 以降、CE 8.1 以降、または RoomOS なら、このエラーはこの問題と一致します。` : ''}${v} は、失敗しているエンドポイントのリリースとしては扱いません。`,
    mixedLater: (accepting) =>
      `${accepting} のエンドポイントも、TC 7.3.6 以降または CE 8.1 以降にアップグレードすると TLS 1.0 を拒否するようになります。TMS を Medium-High にしておけば、そのあとも管理できます。`,
    fixHeading: '対処',
    fixNeedsFacts: '対処はバージョンによって変わりますが、まだ分からない情報があります。',
    fixMind: '始める前に注意すること：',
    fixDetails: 'レジストリの値やコマンドを含む各手順の詳細は、上の回答にあります（Slack では「手順を表示」から）。',
    cannotAnswer:
      'その質問にはお答えできません（分かりません）。お手伝いできるのは、お使いのバージョンで「No HTTPS response」が TLS 1.0 の問題かどうかの判断と対処方法、原因（「なぜ？」）や Medium-High の説明、そして「再起動は必要ですか」「iisreset だけで足りますか」「レジストリだけで足りますか」「TLS 1.0 を無効にしてよいですか」「High と Medium-High の違いは」「Polycom はどうなりますか」「両方のノードですか」「エンドポイント側の作業は必要ですか」「作業時間はどれくらいですか」「リスクはありますか」「Client と Server のキーの違いは」「なぜ Windows のバージョンが必要ですか」「どう確認すればいいですか」といった質問への回答です。実施済みの作業（「TLS 1.2 はレジストリで有効化済み」など）も教えてください。エンドポイントの HTTPS ポートのプローブもできます。',
    cannotAnswerShort: 'その質問にはお答えできません。できることは「ヘルプ」で確認できます。質問は「再起動は必要ですか」「どう確認すればいいですか」のような形でどうぞ。',
  },
};
