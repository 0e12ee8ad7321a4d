/**
 * diagnose(facts) → { affected, findings, questions }. Pure and total: it never throws, for any
 * (even malformed) facts object, and returns fresh objects on every call.
 *
 * The rules, in order:
 * 1. https === false → "no", `http-not-affected` (no TLS handshake, so no TLS problem) — unless the
 *    probe saw port 80 redirect to HTTPS (`http-redirects-to-https`, and the diagnosis goes on).
 * 1'. Another symptom named (not "No HTTPS response"): "unknown", `other-symptom-not-shown`, nothing else.
 * 2. The endpoint's attitude to TLS 1.0 comes from the probe when it is conclusive (TLS 1.0
 *    refused and a newer version accepted, or TLS 1.0 accepted), else from the stated version.
 *    If both exist and disagree → "unknown", `verify-probe-target`, and nothing else is claimed.
 *    An unreachable / non-TLS / inconclusive probe adds a finding saying so and decides nothing.
 *    A probe where TLS 1.0, 1.1 and 1.2 are all refused (e.g. TLS 1.3 only) → `probe-no-tms-protocol`,
 *    "unknown", nothing else: no TMS level can talk to that, and no TC/CE release behaves so.
 * 3. Endpoint accepts TLS 1.0 (TC ≤ 7.3.5, CE 8.0.x) → "no", `endpoint-accepts-tls10` (what to
 *    check instead) — unless TMS is at Low/Medium/unknown level (or before 15) and TLS 1.0 is off on
 *    the TMS server's Client side (evidence, Windows Server 2025+, or said): TMS then sends no
 *    ClientHello to any endpoint, so `tls10-off-endpoint-accepts` stands for `endpoint-no-tls10` and
 *    rules 5-7 go on (before 15: `tms-pre15-tls10-client-off`, upgrade or TLS 1.0\Client back on).
 *    "yes" on evidence or the Windows default, "unknown" on a bare claim (which side is not said).
 * 3''. Endpoint accepts TLS 1.0 (stated, or its probe) while other products TMS manages are named, at
 *    Low/Medium/level unknown (not a lone Meeting Server before 2.3): the products' failure is this problem
 *    (rule 4's `other-product-no-tls10`, rules 5-7 go on), and `endpoints-accept-tls10-beside-products`
 *    says why the endpoints still work, or, said to fail too, that this problem does not explain theirs.
 * 3c. Endpoint accepts TLS 1.0 (stated, or its probe) while other products TMS manages fail at Medium-High/High
 *    (TMS 15+ or unknown): `products-fail-at-raised-level` (TMS offers TLS 1.2 there, so the TLS 1.0 cause does not
 *    explain them; what to check), `endpoint-accepts-tls10` when the endpoints are said to fail too, and the
 *    still-failing checks; "unknown", no questions.
 * 4. Endpoint unknown → "unknown", questions only (endpoint first) — unless other products TMS
 *    manages were named and endpoints were not said to fail too: then the failing system is the
 *    product, `other-product-no-tls10` stands for the endpoint finding, no endpoint version is asked,
 *    and the rules below go on (the TMS-side cause and fix are the same).
 * 5. Endpoint refuses TLS 1.0 → `endpoint-no-tls10`, then the level: Low/Medium/unknown →
 *    `tms-medium-tls10-only` and "yes" (unknown = the default Medium, said so); Medium-High/High →
 *    `already-medium-high` and "unknown" (the gap is probably the Windows registry).
 * 6. TMS < 15 → `tms-pre15-upgrade-or-downgrade`, "yes" (it always speaks TLS 1.0; no level
 *    finding, no registry or TMS Tools steps, and no SQL/Windows/level questions: nothing is changed
 *    on that server), plus the SQL caveat of a known SQL on the TMS server (the fix after the upgrade
 *    would meet it). TMS unknown → question, and the cause findings without steps.
 * 7. TMS ≥ 15 → the SQL 2012/2014 caveat that must come first (install the update / upgrade the
 *    service pack / check the build), then the steps in order: backup, registry (required on
 *    2008/2008 R2, a check from 2012 on, TLS 1.2 only on 2025 and when unknown), Medium-High
 *    (skipped when already there), reboot (once, after the TMS Tools change; on 2012+ only if keys
 *    changed), restarts, verify; then caveats: Telnet/SNMP (when the level is being raised, naming
 *    the starting level), SQL 2008 R2 (on the TMS server), remote SQL note, other products named,
 *    and what to check when TLS 1.2 is offered and still refused.
 * 8. Questions for what is missing, in priority order: endpoint (unless the probe decided), TMS,
 *    SQL (when TMS ≥ 15 or unknown, and SQL is not remote), Windows, level. Endpoint, TMS and SQL
 *    are `required` (needed before a full answer); Windows and level are refinements.
 */
import type { Affected, Diagnosis, Facts, Finding, Question, SecurityLevel } from './types';
import type { ProbeResult } from '../probe/types';
import * as K from './knowledge';
import { applyEvidence, helloResetSeen, pastedProbeRefusesTls10, tls10OnlyHelloResetSeen, tls12FailureSeen, toolTestRefusesTls10, withEvidenceFacts } from './evidence-rules';
import { endpointRefusesTls10, isSemver, sqlTlsStatus, tmsCanBeFixedInPlace } from './versions';
import { fleetFinding, fleetRefusesTls10, readFleetFact } from './fleet';
import { keptProbesFinding, probeForDiagnosis } from './probes-kept';

/**
 * What a probe says about TLS 1.0: refuses true = TLS 1.0 refused while TLS 1.1 or 1.2 works (the
 * TC 7.3.6+/CE 8.1+ pattern), false = TLS 1.0 accepted, null = no verdict (with a finding saying why).
 * `blocking` = the probe shows something that rules out both answers (TLS 1.0–1.2 all refused).
 */
export function probeVerdict(probe: ProbeResult | undefined): {
  refuses: boolean | null;
  finding: Finding | null;
  blocking: boolean;
} {
  if (!probe || typeof probe !== 'object') return { refuses: null, finding: null, blocking: false };
  if (probe.reachable === false) return { refuses: null, finding: K.probeUnreachable(probe), blocking: false };
  const p = probe.protocols ?? ({} as ProbeResult['protocols']);
  if (p['tls1.0'] === true) return { refuses: false, finding: null, blocking: false };
  const tmsUsable = p['tls1.1'] === true || p['tls1.2'] === true;
  if (p['tls1.0'] === false && tmsUsable) return { refuses: true, finding: null, blocking: false };
  if (probe.tls === false) return { refuses: null, finding: K.probeNotTls(probe), blocking: false };
  if (p['tls1.0'] === false && p['tls1.1'] === false && p['tls1.2'] === false) {
    return { refuses: null, finding: K.probeNoTmsProtocol(probe, p['tls1.3'] === true), blocking: true };
  }
  return { refuses: null, finding: K.probeInconclusive(probe), blocking: false };
}

function safeProbe(probe: unknown): ProbeResult | undefined {
  if (!probe || typeof probe !== 'object') return undefined;
  const p = probe as ProbeResult;
  return {
    ...p,
    target: typeof p.target === 'string' ? p.target : String(p.target ?? '?'),
    port: typeof p.port === 'number' ? p.port : 443,
    error: typeof p.error === 'string' ? p.error : null,
    protocols: p.protocols && typeof p.protocols === 'object' ? p.protocols : ({} as ProbeResult['protocols']),
  };
}

const isMediumHighOrAbove = (l: SecurityLevel | undefined): l is 'medium-high' | 'high' => l === 'medium-high' || l === 'high';

/**
 * Required versions the user could not give ("I don't know"): the diagnosis goes on with the safe
 * reading of each and says so in a finding (what was assumed, what to check first). A value the
 * facts hold always wins over its assumption.
 * - endpoint: it refuses TLS 1.0 (the fix is harmless for an endpoint that does not: every TC/CE
 *   release accepts TLS 1.2), and the verdict stays "unknown";
 * - tms: 15 or later (the only releases with a fix in place; TMS Tools shows which at once);
 * - sql: its build is checked before the registry step, TLS 1.0 and SSL 3.0 are left alone.
 */
export interface Assumptions {
  endpoint?: boolean;
  tms?: boolean;
  sql?: boolean;
  /** The level question was skipped: the default Medium is assumed even where the level would be asked first (no ClientHello). */
  level?: boolean;
}

/** The finding without its "Redundant TMS (two nodes): … both nodes" lines (TMS said to be one server). */
function withoutBothNodes(x: Finding): Finding {
  const body = x.body.filter((b) => !/^Redundant TMS \(two nodes\)/.test(b.en));
  return body.length === x.body.length ? x : { ...x, body };
}

export function diagnose(facts: Facts, assume: Assumptions = {}): Diagnosis {
  try {
    const f = facts && typeof facts === 'object' ? facts : {};
    // Evidence (src/domain/evidence-rules.ts): its versions fill untyped facts; its findings come first.
    const a = assume && typeof assume === 'object' ? assume : {};
    const d0 = applyEvidence(f, diagnoseUnsafe(withEvidenceFacts(f), a), a);
    // TMS said to be one server, not a pair (QA63 #13): the steps' "Redundant TMS (two nodes)" lines are left out.
    const d = f.singleTms === true ? { ...d0, findings: d0.findings.map((x) => withoutBothNodes(x)) } : d0;
    // The failing system said to be in Behind Firewall mode (QA36 #12): the note leads every later answer too.
    const bf = f.behindFirewall === true && d.findings.length && !d.findings.some((x) => x.code === 'http-not-affected') ? { ...d, findings: [K.behindFirewallNotPolled(), ...d.findings] } : d;
    // Units that accept TLS 1.0 said to fail too after hardening (FIX10D): the TMS server's TLS 1.0 Client side is checked first, on
    // every later answer too, and the cause is not "the endpoint resets" as a fact (only where TMS is not yet at Medium-High).
    const held = Array.isArray(f.hardeningAllFail) && f.hardeningAllFail.length ? f.hardeningAllFail : null;
    // (One release only, all of it failing since a TMS-side change, QA59 #3, and TLS 1.0 now said off: the TLS 1.0-off answer says it all.)
    const allOldSaidOff = !!held && !f.endpointGroups?.length && f.tlsClaims?.tls10 === 'off' && d.findings.some((x) => x.code === K.TLS10_OFF_ENDPOINT_ACCEPTS);
    const acc = allOldSaidOff ? null : held;
    // Every unit on a release that accepts TLS 1.0 failing since a change on the TMS server (QA59 #3): not "not this problem" but
    // "cannot tell": TLS 1.0 off for the TMS server's Client side at Medium fails every system, old ones too (knowledge.md §Symptom).
    const raised = f.level === 'medium-high' || f.level === 'high';
    const e =
      acc && bf.findings.some((x) => x.code === 'tms-medium-tls10-only')
        ? { ...bf, findings: [K.hardeningTls10ClientSuspected(acc), ...bf.findings.map((x) => (x.code === 'tms-medium-tls10-only' ? K.causeAfterHardening(x, acc) : x))] }
        : acc && !raised && bf.affected === 'no' && bf.findings.some((x) => x.code === 'endpoint-accepts-tls10')
        ? { ...bf, affected: 'unknown' as const, findings: [K.tmsChangeAllOldFail(acc), ...bf.findings.map((x) => (x.code === 'endpoint-accepts-tls10' ? K.acceptsAfterTmsChange(x, acc) : x))] }
        : bf;
    // SQL on one node of a redundant pair: its caveats say on which node they hold (QA round 22 W3).
    return f.sqlOnNode === true ? { ...e, findings: K.withSqlNodeNote(e.findings, f) } : e;
  } catch {
    // Malformed facts (e.g. a hand-edited JSON state): ask from the start rather than crash.
    return { affected: 'unknown', findings: [], questions: [K.question('need-endpoint-version')] };
  }
}

const LEVELS: readonly SecurityLevel[] = ['low', 'medium', 'medium-high', 'high'];

/** Drop values that are not what the types promise (e.g. a hand-edited stored state). */
function sanitize(f: Facts): Facts {
  const out: Facts = { ...f };
  if (out.tms && (typeof out.tms !== 'object' || !isSemver(out.tms.semver))) delete out.tms;
  if (out.workingTms !== undefined && !(Array.isArray(out.workingTms) && out.workingTms.length && out.workingTms.every((v) => v && typeof v === 'object' && isSemver(v.semver)))) delete out.workingTms;
  if (out.otherTms !== undefined && !(out.tms && Array.isArray(out.otherTms) && out.otherTms.length && out.otherTms.every((v) => v && typeof v === 'object' && isSemver(v.semver)))) delete out.otherTms;
  if (out.otherTmsUnsaid !== undefined && !(out.otherTms && Array.isArray(out.otherTmsUnsaid) && out.otherTmsUnsaid.every((v) => typeof v === 'string'))) delete out.otherTmsUnsaid;
  if (
    out.endpoint &&
    (typeof out.endpoint !== 'object' ||
      !isSemver(out.endpoint.semver) ||
      !['TC', 'CE', 'RoomOS'].includes(out.endpoint.family))
  ) {
    delete out.endpoint;
  }
  if (out.sql && (typeof out.sql !== 'object' || typeof out.sql.year !== 'number')) delete out.sql;
  if (out.windows && (typeof out.windows !== 'object' || typeof out.windows.year !== 'number')) delete out.windows;
  if (out.level !== undefined && !LEVELS.includes(out.level)) delete out.level;
  if (out.sqlLocation !== undefined && out.sqlLocation !== 'local' && out.sqlLocation !== 'remote') delete out.sqlLocation;
  if (out.https !== undefined && typeof out.https !== 'boolean') delete out.https;
  if (out.otherProducts !== undefined && !Array.isArray(out.otherProducts)) delete out.otherProducts;
  if (out.endpointsFail !== undefined && typeof out.endpointsFail !== 'boolean') delete out.endpointsFail;
  if (out.meetingServerRelease !== undefined && K.meetingServerBefore23(out.meetingServerRelease) === null) delete out.meetingServerRelease;
  if (out.scope !== undefined && out.scope !== 'some' && out.scope !== 'all') delete out.scope;
  for (const k of ['endpointModels', 'telnetSystems'] as const) {
    if (out[k] !== undefined && !(Array.isArray(out[k]) && out[k]!.every((x) => typeof x === 'string'))) delete out[k];
  }
  if (out.endpointsRanTc !== undefined && out.endpointsRanTc !== true) delete out.endpointsRanTc;
  if (out.endpointGroups !== undefined && !(Array.isArray(out.endpointGroups) && out.endpointGroups.every((g) => g && typeof g === 'object' && typeof g.fails === 'boolean' && g.endpoint && isSemver(g.endpoint.semver)))) delete out.endpointGroups;
  if (out.otherSymptom !== undefined && !K.readOtherSymptom(out.otherSymptom)) delete out.otherSymptom;
  if (out.tlsClaims !== undefined) {
    const claims = K.readClaims(out.tlsClaims);
    if (claims) out.tlsClaims = claims;
    else delete out.tlsClaims;
  }
  if (out.fleet !== undefined) {
    const fleet = readFleetFact(out.fleet);
    if (fleet) out.fleet = fleet;
    else delete out.fleet;
  }
  return out;
}

function diagnoseUnsafe(raw: Facts, assume: Assumptions): Diagnosis {
  const facts = sanitize(raw);
  const findings: Finding[] = [];
  const questions: Question[] = [];

  // Several probes kept (QA43 #3): the diagnosis reasons from the one that settles most (probes-kept.ts), and names what each showed.
  const probe = safeProbe(facts.probes ? probeForDiagnosis(facts) : facts.probe);

  // 1. HTTP only: not this problem, unless the probe saw the endpoint redirect HTTP to HTTPS
  //    (then TMS ends up on HTTPS after all and the TLS question is back).
  if (facts.https === false) {
    if (probe?.http?.redirectsToHttps === true) {
      findings.push(K.httpRedirectsToHttps(probe));
    } else {
      return { affected: 'no', findings: [K.httpNotAffected()], questions };
    }
  }

  // 1'. Another symptom named ("Wrong username or password", "Authentication failed, not No HTTPS response"):
  //     this problem shows as "No HTTPS response" (knowledge.md §Symptom), so it is not shown, whatever the
  //     versions; what to check for that symptom, and what would make it this problem. No fix, no questions.
  //     (Unless the evidence shows a TLS 1.0 ClientHello answered with a reset: that is this problem.)
  if (facts.otherSymptom && !helloResetSeen(facts.evidence?.observations)) return { affected: 'unknown', findings: [K.otherSymptomNotShown(facts.otherSymptom, facts.endpoint)], questions };

  // 2. Endpoint: probe first, then the stated version.
  const pv = probeVerdict(probe);
  if (pv.finding) findings.push(pv.finding);
  const kept = facts.probes && probe ? keptProbesFinding(facts, pv.finding ? probe : null) : null;
  if (kept) findings.push(kept);
  if (pv.blocking) return { affected: 'unknown', findings, questions };
  const stated = facts.endpoint ? endpointRefusesTls10(facts.endpoint) : null;
  if (facts.endpoint && stated !== null && pv.refuses !== null && stated !== pv.refuses && probe) {
    findings.push(K.verifyProbeTarget(facts.endpoint, pv.refuses, probe));
    return { affected: 'unknown', findings, questions };
  }
  // A fleet probe (src/domain/fleet.ts): its summary, and "some endpoints refuse TLS 1.0" when nothing closer is known.
  const fleet = fleetFinding(facts.fleet);
  if (fleet) findings.push(fleet);
  // Other products TMS manages (Meeting Server, Expressway/VCS, …) that the user named.
  const others = (facts.otherProducts ?? []).filter((p): p is K.OtherProductId => (K.OTHER_PRODUCT_IDS as readonly string[]).includes(p));
  // "CE 9.15 endpoints fine now but our Expressway-C … still fail": the failing systems are those products,
  // whatever the endpoints' release says (no endpoint probe in the conversation).
  const endpointsFine = facts.endpointsFail === false && others.length > 0 && pv.refuses === null;
  // (Nothing closer known, tms-doctor's probe output pasted back whose rows saw TLS 1.0 refused and TLS 1.2 accepted settles it
  // as a fleet probe's counts do: evidence, not a fact recorded; evidence-rules.ts says what the rows show, left-e #1.)
  // (FIX60F #3: so does a curl / s_client test turned away at TLS 1.0 and completed at TLS 1.2, at Low, Medium or a level not known:
  // the endpoint's release is then not asked.)
  const toolRefuses = !isMediumHighOrAbove(facts.level) && toolTestRefusesTls10(facts.evidence?.observations);
  // (QA64 #5: so does a capture whose TLS 1.0-only ClientHello (its own version, not a row's record layer) the endpoint answered
  // with a reset, below Medium-High: the endpoint's release is then not asked again with each file.)
  const helloRefused = !isMediumHighOrAbove(facts.level) && tls10OnlyHelloResetSeen(facts.evidence?.observations);
  const pastedRefuses = pastedProbeRefusesTls10(facts.evidence?.observations).length > 0 || toolRefuses || helloRefused ? true : null;
  const known = endpointsFine ? null : (pv.refuses ?? stated ?? (fleetRefusesTls10(facts.fleet) === true ? true : pastedRefuses));
  // The failing system is such a product, not an endpoint: nothing is known about an endpoint and the
  // user did not say endpoints fail too. The TMS-side cause and fix are the same; no endpoint version is asked.
  // A probe while no endpoint is in the conversation and the failing system is such a product: the
  // probe is of the product (its result is said of the product, not of "the endpoint").
  const productProbed = pv.refuses !== null && !facts.endpoint && !facts.fleet && others.length > 0 && facts.endpointsFail !== true;
  const productOnlyNamed = (known === null || productProbed) && others.length > 0 && facts.endpointsFail !== true;
  const msRelease = others.includes('meeting-server') ? facts.meetingServerRelease : undefined;
  // Only CE 9 / RoomOS-only hardware named as failing (Room Kit Mini, Codec Pro, Boards, Desk): it cannot run TC, and every
  // release it runs refuses TLS 1.0 (knowledge.md, TMS before 15 and Cause 1), so no TC/CE release is asked.
  const models = facts.endpointModels ?? [];
  const ceOnlyHardware = known === null && !productOnlyNamed && !facts.endpoint && facts.endpointsFail !== false && models.length > 0 && models.every(K.isCeOnlyModel);
  const endpointAssumed = known === null && !productOnlyNamed && !ceOnlyHardware && assume.endpoint === true;
  const refuses = endpointAssumed || ceOnlyHardware ? true : known;
  const byProbe = pv.refuses !== null;

  // 3'. The endpoint accepts TLS 1.0, but TLS 1.0 is off on the TMS server's Client side (evidence, the
  //     Windows Server 2025 default, or the user's word) while TMS offers nothing else (Low/Medium/level
  //     unknown = the default Medium, or TMS before 15): TMS sends no ClientHello at all and reaches no
  //     endpoint (knowledge.md §Symptom). The flow goes on to steps 5-7 with `tls10-off-endpoint-accepts`
  //     in place of `endpoint-no-tls10`. At Medium-High/High TMS offers TLS 1.2: rule 3 stands.
  //     A product probed as accepting TLS 1.0 (Meeting Server, Expressway…) is the same case: the probe
  //     completed TLS 1.0, so endpointKnownToAcceptTls10 holds, and the finding names the product.
  const tls10OffBasis =
    refuses === false && !isMediumHighOrAbove(facts.level) && K.endpointKnownToAcceptTls10(facts, stated) ? K.tls10ClientOffBasis(facts) : null;
  // 3''. The endpoints run a release that still accepts TLS 1.0 (stated, or their own probe) while other products
  //     TMS manages fail, at Low/Medium/level unknown: for those products it is this problem (the TMS-side cause
  //     and fix), and the endpoints' release says why they still work (or, said to fail too, that this problem
  //     does not explain their failure). Not for a lone Meeting Server before 2.3 (its minimum is not settled).
  const besideEndpoints =
    refuses === false && !tls10OffBasis && !productProbed && others.length > 0 && !isMediumHighOrAbove(facts.level) &&
    !(others.length === 1 && K.meetingServerBefore23(msRelease) === true);
  const productOnly = productOnlyNamed || besideEndpoints;
  // 3c. Other products fail at Medium-High or High while the endpoints run a release that still accepts TLS 1.0
  //     (stated, or their own probe): TMS offers TLS 1.2 there, so the products' failure
  //     is not the TLS 1.0 cause, and the endpoints working proves nothing about TMS's TLS 1.2 (they take TLS 1.0
  //     too): what to check instead (not a bare "not this problem" about the endpoints).
  const endpointTakesTls10 = endpointsFine ? stated === false : refuses === false;
  if (
    endpointTakesTls10 && !productProbed && others.length > 0 && isMediumHighOrAbove(facts.level) && (!facts.tms || tmsCanBeFixedInPlace(facts.tms))
  ) {
    // (Said to fail too: this problem does not explain the endpoints either; their own checks follow.)
    const endpointsToo = facts.endpointsFail === true;
    findings.push(K.productsFailAtRaisedLevel(others.map((p) => K.OTHER_PRODUCTS[p].name), facts.level!, facts.endpoint, byProbe, endpointsToo));
    if (endpointsToo) findings.push(K.endpointAcceptsTls10(facts.endpoint, byProbe, facts.level));
    findings.push(K.stillFailingChecks(true));
    return { affected: 'unknown', findings, questions: [] };
  }
  // 3. Endpoint still accepts TLS 1.0: not this problem.
  if (refuses === false && !tls10OffBasis && !besideEndpoints) {
    findings.push(productProbed ? K.productAcceptsTls10(others, K.probeWhere(probe!)) : K.endpointAcceptsTls10(facts.endpoint, byProbe, facts.level, facts.tms));
    return { affected: 'no', findings, questions };
  }
  // 3a. Endpoints said to work at Medium-High or High while those products fail: TMS's TLS 1.2 works, so
  //     the TMS-side steps are done; what is left is on the products' side (checks, no registry steps).
  if (endpointsFine && isMediumHighOrAbove(facts.level) && (!facts.tms || tmsCanBeFixedInPlace(facts.tms))) {
    findings.push(K.productsFailEndpointsFine(others.map((p) => K.OTHER_PRODUCTS[p].name), facts.level!), K.stillFailingChecks(true));
    return { affected: 'unknown', findings, questions: [] };
  }
  // 3b. The failing system is a Meeting Server older than 2.3, not probed: the sources state its TLS 1.2
  //     minimum from 2.3 on only, so whether TMS at Medium is refused is not settled: probe it first.
  if (productOnly && !byProbe && others.length === 1 && K.meetingServerBefore23(msRelease) === true) {
    findings.push(K.meetingServerReleaseUnsettled(msRelease!), K.probeProductPort(others));
    return { affected: 'unknown', findings, questions: [] };
  }

  const tms = facts.tms;
  const tmsAssumed = !tms && assume.tms === true;
  const tmsFixable = tms ? tmsCanBeFixedInPlace(tms) : tmsAssumed ? true : null;
  const sqlRelevant = tmsFixable !== false && facts.sqlLocation !== 'remote';
  const serverChanges = tmsFixable !== false; // registry/TMS Tools steps will be (or may be) given

  // 8. Questions, in priority order (all computed here; the engine asks them one by one).
  if (refuses === null && !productOnly) questions.push(K.question('need-endpoint-version'));
  if (!tms && !tmsAssumed) questions.push(K.question('need-tms-version'));
  const sqlAssumed = sqlRelevant && !facts.sql && assume.sql === true;
  // (SQL said to run on the TMS server: only its version is asked, QA57 #6.)
  if (sqlRelevant && !facts.sql && !sqlAssumed) questions.push(facts.sqlLocation === 'local' ? K.sqlVersionOnTmsQuestion() : K.question('need-sql-version'));
  if (serverChanges && !facts.windows) questions.push(K.question('need-windows-version'));
  if (serverChanges && !facts.level) questions.push(K.question('need-security-level'));

  // Other TMS servers on other releases: each gets its own verdict; the rest of the answer is for this one.
  if (tms && facts.otherTms?.length) findings.push(K.otherTmsReleases(tms, facts.otherTms, facts.otherTmsUnsaid));

  // 4. Endpoint unknown: nothing to claim yet, except an outage in the making. TLS 1.0 said off (or IIS Crypto's
  //    Best Practices applied) with a SQL Server 2008 (R2) without TLS 1.2 on the TMS server: that card is critical
  //    whatever the endpoint runs (knowledge.md Caveats), so it is found now and shown before the question (QA round 22 W1).
  if (refuses === null && !productOnly) {
    // (SQL Server already said or seen down: its recovery card leads from the evidence rules, as before.)
    if (facts.tlsClaims?.tls10 === 'off' && !K.sqlDownNow(facts)) {
      const said = K.saidTls10Off(facts, facts.tlsClaims, tmsFixable === false, false);
      if (said.severity === 'critical') findings.push(said);
    }
    // Other products TMS manages named beside endpoints that fail too ("Besides endpoints, our Meeting Server 3.6 and Expressway
    // also show errors", QA63 #15): what the sources say of them, in this first answer already (below Medium-High, TMS 15+ or not
    // known; the endpoints' release is still asked).
    if (others.length && !isMediumHighOrAbove(facts.level) && tmsFixable !== false) findings.push(K.otherProductsSameWall(others.map((p) => K.OTHER_PRODUCTS[p].name), msRelease));
    return { affected: 'unknown', findings, questions };
  }

  // 5. Endpoint refuses TLS 1.0 (or is assumed to: said first, with what to check); or the failing
  //    system is another product TMS manages (what the knowledge says about its TLS minimum).
  if (tls10OffBasis && productProbed) {
    const names = K.OTHER_PRODUCT_IDS.filter((id) => others.includes(id)).map((id) => K.OTHER_PRODUCTS[id].name);
    const product = { names, target: K.probeWhere(probe!), tls12: typeof probe!.protocols?.['tls1.2'] === 'boolean' ? probe!.protocols['tls1.2'] : null };
    findings.push(K.tls10OffEndpointAccepts(undefined, true, facts.level, tls10OffBasis, facts.windows, tmsFixable === false, K.tls10ClientOffSeen(facts), product));
  } else if (productOnly) {
    findings.push(K.otherProductNoTls10(others, { meetingServerRelease: msRelease, probeTarget: productProbed ? K.probeWhere(probe!) : undefined, endpointKnown: besideEndpoints || (!!facts.endpoint && !productProbed) }));
    // "endpoints fine" with a release that accepts TLS 1.0 ("they're all still on TC 7.3.3"): why they still work.
    const endpointsWorkOnTls10 = besideEndpoints || (endpointsFine && stated === false && !isMediumHighOrAbove(facts.level) && !tls10OffBasis);
    if (endpointsWorkOnTls10) findings.push(K.endpointsAcceptTls10BesideProducts(facts.endpoint, byProbe && !productProbed, facts.endpointsFail === true));
  } else if (tls10OffBasis) {
    findings.push(K.tls10OffEndpointAccepts(facts.endpoint, byProbe, facts.level, tls10OffBasis, facts.windows, tmsFixable === false, K.tls10ClientOffSeen(facts)));
  } else {
    if (endpointAssumed) findings.push(K.assumeEndpointRefusesTls10());
    const pp = probe?.protocols;
    // ('1.1' only when 1.2 failed: an inconclusive 1.2 keeps the neutral "1.2 (or 1.1)".)
    findings.push(K.endpointNoTls10(facts.endpoint, byProbe, pp?.['tls1.2'] === true ? '1.2' : pp?.['tls1.1'] === true && pp?.['tls1.2'] === false ? '1.1' : null, ceOnlyHardware ? models : undefined, !!facts.tms && !tmsCanBeFixedInPlace(facts.tms)));
  }
  // 5-same. "30 other DX80s on the same ce9.15 work fine" (QA39 #7/#8): systems on the failing ones' release, which refuses
  //     TLS 1.0, work through this TMS 15+. At Medium that does not fit the TLS 1.0 cause; at Medium-High or High it is normal.
  //     Either way the failing systems are where to look: no server change, no restart (nothing asked for it either).
  if (facts.sameReleaseWorks && known === true && tmsFixable === true && !productOnly && !tls10OffBasis && facts.tlsClaims?.levelRaised !== true) {
    findings.push(K.sameReleaseWorks(facts.endpoint, facts.level, facts.behindFirewall === true), K.stillFailingChecks(false));
    return { affected: 'unknown', findings, questions: [] };
  }
  // 5-time. "it already showed it before the upgrade", "we have not upgraded anything, it started on Monday" (QA59 #7): the
  //     timeline does not fit "the upgrade broke it": what it means and what to check, not the fix as a flat verdict.
  //     (Nothing upgraded at Medium-High or High: the already-raised reading and its checks stand.)
  if (facts.upgradeTimeline && (facts.upgradeTimeline === 'before-upgrade' || !isMediumHighOrAbove(facts.level)) && known === true && tmsFixable === true && !productOnly && !tls10OffBasis && facts.tlsClaims?.levelRaised !== true && !facts.sameReleaseWorks) {
    findings.push(K.upgradeTimelineDoesNotFit(facts.upgradeTimeline, facts.endpoint, facts.level));
    return { affected: 'unknown', findings, questions: [] };
  }
  // 5a. "7 of 10 came back" with the level never said: systems on this release, which refuses TLS 1.0, work
  //     again through a TMS 15+, so it offers TLS 1.2 (Medium-High or High, not which): the default Medium is
  //     not assumed and the fix is not given again; what is left is on the failing systems (nothing recorded).
  if (!facts.level && facts.tlsClaims?.partlyWorks === true && known === true && tmsFixable === true && !productOnly && !tls10OffBasis) {
    findings.push(K.partlyWorksOffersTls12(facts.endpoint), K.someSystemsFail('medium-high'), K.stillFailingChecks(false));
    return { affected: 'unknown', findings, questions: [] };
  }
  // A bare claim ("we disabled TLS 1.0") does not say which side: if only TLS 1.0\Server was turned off,
  // TMS still sends its TLS 1.0 hello and this endpoint accepts it, so the premise is to be confirmed
  // first ("unknown", the answer says what to check). The Windows 2025 default or evidence: "yes".
  const premiseUnsure = tls10OffBasis === 'claim';

  // What the user says was already done to the server's protocols: acknowledged, with what to check.
  const claims = facts.tlsClaims;
  const tls10Off = claims?.tls10 === 'off';

  // 6. TMS before 15: it only ever speaks TLS 1.0 (it has no level option); upgrade or downgrade.
  if (tmsFixable === false) {
    // With TLS 1.0 off and an endpoint that accepts it, the way out is not the TC downgrade: upgrade TMS, or TLS 1.0\Client back on.
    findings.push(tls10OffBasis ? K.tmsPre15Tls10ClientOff(tms!, facts.windows) : K.tmsPre15(tms!, facts.endpoint, facts.level, productOnly, facts.windows, facts.endpointModels));
    // The TMS 15 fix comes after the upgrade: a SQL Server on this server that it would stop (or that
    // must be upgraded first) is named now, when its version is known (nothing is asked for it).
    const preStatus = facts.sql && facts.sqlLocation !== 'remote' ? sqlTlsStatus(facts.sql) : null;
    const preWhere = facts.sqlLocation === 'local' ? 'local' : 'unknown';
    if (preStatus && (preStatus.kind === 'install-update' || preStatus.kind === 'upgrade-service-pack' || preStatus.kind === 'check-build')) {
      findings.push(K.caveatSql2012Kb(facts.sql!, preStatus.kind, preWhere, K.tls10OffByWindowsDefault(facts)));
    } else if (preStatus && preStatus.kind === 'keep-tls10') {
      findings.push(K.caveatSql2008r2(facts.sql, preStatus.tls12, preWhere, K.tls10OffByWindowsDefault(facts), true));
    }
    // (TMS before 15 speaks TLS 1.0 only, like Medium: only the upgraded systems fail.)
    if (facts.scope === 'some') findings.push(K.someSystemsFail(undefined));
    if (tls10Off) findings.push(K.saidTls10Off(facts, claims!, true, !!tls10OffBasis));
    return { affected: endpointAssumed || premiseUnsure ? 'unknown' : 'yes', findings, questions };
  }

  const level = facts.level;
  // Raised to Medium-High as a step of this fix (progress), not found there (premise): the cause was Medium.
  // Evidence that TMS offers TLS 1.2 (its hello), or a Schannel alert other than protocol_version (70, what the Medium cause
  // gives), once the level was raised: it shows the state after the change, still failing. Not the Medium cause then
  // (QA round 22 W2): the "already at Medium-High, check what else" reading, whatever the evidence says next.
  // A capture with nothing TMS could have polled on 443 (QA round 23 E2) is not the Medium cause either: not settled.
  // (A file no packet could be read from, 'capture-unreadable', shows nothing at all: it is not "no polling seen", and it
  // does not hide another capture's reading either.)
  const obsNow = facts.evidence?.observations;
  const noPollingSeen =
    isMediumHighOrAbove(level) &&
    Array.isArray(obsNow) &&
    obsNow.some((o) => o?.code === 'capture-no-tls-traffic') &&
    !obsNow.some((o) => !!o && o.code !== 'capture-no-tls-traffic' && o.code !== 'capture-unreadable' && o.code.startsWith('capture-'));
  const raised = claims?.levelRaised === true && level === 'medium-high' && !tls12FailureSeen(obsNow) && !noPollingSeen;
  const alreadyHigh = isMediumHighOrAbove(level) && !raised;
  let affected: Affected;
  // "8 of 10 green, 2 still red" once the fix is said done at Medium-High (QA round 30 M5): the systems that work
  // show TMS offers TLS 1.2, so the comparison with a working system leads and the Windows-side checks follow it.
  const partLeads =
    alreadyHigh && level === 'medium-high' && facts.scope === 'some' && (claims?.restarted === true || claims?.tls12 === 'on' || claims?.partlyWorks === true);
  if (partLeads) findings.push(K.someSystemsFail(level));
  if (alreadyHigh) {
    const clientKeysOff = Array.isArray(obsNow) && obsNow.some((o) => o?.code === 'schannel-tls12-client-disabled' || o?.code === 'schannel-tls12-client-partial');
    // (QA62 #8) The pasted TLS 1.2\Client keys enabled: the card does not guess them off.
    const clientKeysOn = !clientKeysOff && Array.isArray(obsNow) && obsNow.some((o) => o?.code === 'schannel-tls12-client-enabled');
    findings.push(K.alreadyMediumHigh(level!, facts.windows, { restarted: claims?.restarted, untrustedCerts: claims?.untrustedCerts, keysOffSeen: clientKeysOff, keysOnSeen: clientKeysOn, workedAtMh: claims?.workedAtMediumHigh }));
    if (noPollingSeen) findings.push(K.captureNoPollingSeen(level!));
    // At High a probe's self-signed or expired certificate is likely the cause: say so.
    const cert = level === 'high' && probe ? K.probeCertificateAtHigh(probe.certificate, probe.target) : null;
    if (cert) findings.push(cert);
    // So is one that pasted tool output showed (s_client, curl -v, sslscan; QA52 #1), when no probe said so already.
    const pasted = level === 'high' && !cert ? K.pastedCertificateAtHigh(Array.isArray(obsNow) && obsNow.some((o) => o?.code === 'endpoint-cert-untrusted')) : null;
    if (pasted) findings.push(pasted);
    affected = 'unknown';
  } else {
    // (QA60 #15) TLS 1.0 Client shown off on this server (registry or capture evidence) while TMS offers only TLS 1.0: TMS sends no
    // ClientHello at all (knowledge.md, Symptom), so the cause is told that way, not as the reset and HTTP fallback a hello would get.
    // Not when a capture shows a TLS 1.0 hello all the same (the two disagree: evidence-contradicts-itself says what to check).
    const noHelloSeen = !!tls10OffBasis || (!raised && K.tls10ClientOffSeen(facts) !== null && !(Array.isArray(obsNow) && obsNow.some((o) => o?.code === 'capture-clienthello-tls10-only' || o?.code === 'capture-clienthello-record-tls10' || o?.code === 'capture-reset-after-clienthello')));
    findings.push(K.tmsMediumTls10Only(raised ? 'medium' : level, facts.windows, productOnly, noHelloSeen));
    affected = endpointAssumed || premiseUnsure ? 'unknown' : 'yes';
  }
  // "3 of 40 fail": at Medium that fits; at Medium-High the failing systems are where to look.
  if (facts.scope === 'some' && !partLeads) findings.push(K.someSystemsFail(level));

  if (tls10Off) findings.push(K.saidTls10Off(facts, claims!, false, !!tls10OffBasis));
  const tls12Said = claims?.tls12;
  if (tls12Said === 'on') findings.push(K.saidTls12On(facts));
  else if (tls12Said === 'off') findings.push(K.saidTls12Off(facts, claims?.tls12ValuesOff === true));
  else if (claims?.tls12KeysRemoved) findings.push(K.saidTls12KeysRemoved(facts));
  else if (claims?.registryUntouched) findings.push(K.saidRegistryUntouched(facts));
  // "… and also replaced their certificates with new ones from our internal CA" (QA59 #11): what that means at the level, one line.
  // (Low or a level not said: nothing, the level is asked or the Low reading leads; not with a self-signed or expired one said.)
  if (claims?.certsReplaced === true && (level === 'medium' || level === 'medium-high' || level === 'high') && claims.untrustedCerts !== true) findings.push(K.certsReplacedNote(level));

  if (tmsFixable === null) return { affected, findings, questions };

  // 7. TMS 15+: the fix, with the caveats that apply. The reboot (when keys are created or
  //    changed) comes after the TMS Tools change, so one reboot also restarts every service.
  if (tmsAssumed) findings.push(K.assumeTms15OrLater());
  const sqlLocal = facts.sqlLocation !== 'remote';
  if (sqlAssumed) findings.push(K.checkSqlBuildFirst());
  const status = facts.sql ? sqlTlsStatus(facts.sql) : null;
  if (sqlLocal && facts.sql && status && (status.kind === 'install-update' || status.kind === 'upgrade-service-pack' || status.kind === 'check-build')) {
    findings.push(K.caveatSql2012Kb(facts.sql, status.kind, facts.sqlLocation === 'local' ? 'local' : 'unknown', K.tls10OffByWindowsDefault(facts)));
  }
  const levelChanges = K.levelChanges(level);
  const saidSet = tls12Said === 'on';
  // TLS 1.2 on read from a pasted listing (IIS Crypto), not said: the notes say "what you pasted shows", not "you say" (QA62 #19).
  const setHow: boolean | 'pasted' = saidSet && claims?.pasted?.includes('tls12') ? 'pasted' : saidSet;
  // "keys checked, nothing changed" (TLS 1.2 said on, no paste showing its Client side off): no reboot is prescribed for the keys,
  // as the reboot question's answer says (knowledge.md, Fix step 4: nothing changed, no reboot).
  const keysOffSeen = Array.isArray(facts.evidence?.observations) && facts.evidence.observations.some((o) => o?.code === 'schannel-tls12-client-disabled' || o?.code === 'schannel-tls12-client-partial');
  // Only where TLS 1.2 is on by default (Windows Server 2012 and later, 2025 included: knowledge.md's table; the releases whose
  // registry step is 'verify') do keys found right mean nothing was created lately: on 2008 R2 someone created them, maybe after
  // the last restart, and with the release unknown it may be 2008 R2 (QA38 A1/A2).
  const onByDefault = K.registryPlan(facts.windows).step === 'verify';
  const unchanged = claims?.keysChanged === false && saidSet && !keysOffSeen;
  const keysChanged = claims?.keysChanged === true ? true : unchanged && onByDefault ? false : undefined;
  // 2008 R2 (keys required there) with keys only said right: the registry step stays "Enable TLS 1.2", and the reboot is
  // conditional on when the keys were created, as the reboot question's answer says.
  const requiredUnshown = unchanged && K.registryPlan(facts.windows).step === 'required';
  // A paste showing the TLS 1.2 Client key off outweighs an earlier "TLS 1.2 is on": the key must change, so reboot once.
  const advice = keysOffSeen || requiredUnshown ? 'reboot' : K.rebootAdvice({ windows: facts.windows, keysSaidSet: saidSet, keysChanged });
  // The SQL Server 2012 / 2014 prerequisite is the first numbered step: before any TLS setting changes (QA56 #4).
  // At High after the fix worked at Medium-High (QA58 #15): TLS 1.2 and the restarts are proven, so no registry, reboot or restart
  // step; the certificate validation High adds is the one change (alreadyMediumHigh says so).
  const provenAtMh = level === 'high' && claims?.workedAtMediumHigh === true && !keysOffSeen;
  if (findings.some((f) => f.code === 'caveat-sql2012-kb3052404') && facts.sql && status && !provenAtMh) findings.push(K.sqlTls12BuildFirst(facts.sql, status.kind, facts.sqlLocation === 'local' ? 'local' : 'unknown'));
  if (!provenAtMh) findings.push(K.backupRegistryFirst());
  if (!provenAtMh) findings.push(K.enableTls1112Registry(facts.windows, undefined, !requiredUnshown && setHow, claims?.keysChanged === true, claims?.restarted === true, facts.sql, facts.sqlLocation === 'local' || facts.sqlLocation === 'remote' ? facts.sqlLocation : undefined, keysOffSeen));
  if (levelChanges) findings.push(K.tmsToolsMediumHigh(level));
  // A level just raised still takes effect with the restart (or the one reboot).
  const applies = levelChanges || raised;
  const reboot = K.rebootServer(advice, applies, setHow, claims?.restarted === true, requiredUnshown ? facts.windows : undefined);
  // A SQL Server here that needs TLS 1.0: the reboot is gated on TLS 1.0 still being on (QA56 #1). Not when nothing is rebooted.
  const gate = advice === 'no-reboot' ? null : K.rebootTls10Gate(facts.sql, facts.sqlLocation === 'remote' ? 'remote' : facts.sqlLocation === 'local' ? 'local' : 'unknown', K.tls10OffByWindowsDefault(facts), claims?.tls10 === 'on' || claims?.tls10 === 'off' ? claims.tls10 : undefined);
  if (!provenAtMh) findings.push(gate ? { ...reboot, body: [...reboot.body, gate] } : reboot);
  if (!provenAtMh) findings.push(K.restartTmsServices(applies, advice, claims?.restarted === true));
  // TLS 1.0 off by the Windows release's default (Server 2025, TLS 1.0 not said turned on) at Medium: before the fix TMS sends
  // no ClientHello at all, whatever the endpoint accepts (knowledge.md, Symptom; Schannel defaults) (QA51 #13). (TLS 1.0 said
  // turned off is not enough: the answer may turn it back on, for SQL Server, before the capture is taken.)
  // Found at Medium-High or High (not raised as a step of this fix): no "before the fix" TLS 1.0 hello to compare with (QA56 #7).
  findings.push(K.verifyTls12ClientHello(productOnly, !!tls10OffBasis || (!isMediumHighOrAbove(facts.level) && !!K.tls10OffByWindowsDefault(facts)), alreadyHigh ? level : undefined));
  if (applies) findings.push(K.caveatTelnetSnmp(raised ? undefined : level, facts.telnetSystems, facts.telnetVia));
  if (sqlLocal && facts.sql && status && status.kind === 'keep-tls10') {
    findings.push(K.caveatSql2008r2(facts.sql, status.tls12, facts.sqlLocation === 'local' ? 'local' : 'unknown', K.tls10OffByWindowsDefault(facts)));
  }
  if (!sqlLocal) findings.push(K.caveatRemoteSql(facts.sql));
  if (others.length && !productOnly) findings.push(K.otherProductsSameWall(others.map((p) => K.OTHER_PRODUCTS[p].name), msRelease));
  findings.push(K.stillFailingChecks(productOnly));
  return { affected, findings, questions };
}

/** The questions that must be answered before a full answer (endpoint, TMS, SQL when relevant). */
export function requiredQuestions(d: Diagnosis): Question[] {
  return d.questions.filter((q) => q.required === true);
}

/** Optional refinements (Windows release, security level): the answer is useful without them. */
export function optionalQuestions(d: Diagnosis): Question[] {
  return d.questions.filter((q) => q.required !== true);
}
