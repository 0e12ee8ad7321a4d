/**
 * The reader that answered a turn (the engine's route) is on the turn's log line and counted in
 * /metrics as tms_doctor_turn_routes_total{route}: which readers answer, and how often none understood.
 */
import { settle } from './calls';
import { startHarness, type Harness } from './harness';
import { eventCallback, mention, post } from './signed';

describe('turns by route (real engine, HTTP mode)', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('a turn nobody understood, then a fact turn: each on its log line and in the metric', async () => {
    const root = mention('CRTE', 'UALICE', '<@UBOT> qwerty zxcv');
    await post(h.port, eventCallback(root, 'EvROUTE1'));
    await h.fake.waitFor(() => h.fake.tagged('CRTE').length >= 1, 5000);
    await settle(h);
    const before = h.fake.tagged('CRTE').length;
    await post(h.port, eventCallback(mention('CRTE', 'UALICE', '<@UBOT> TMS 15.9 with endpoints on CE 9.15.3', undefined, String(root.ts)), 'EvROUTE2'));
    await h.fake.waitFor(() => h.fake.tagged('CRTE').length > before, 5000);
    await settle(h);
    const turns = h.logger.lines.filter((l) => l.msg === 'turn');
    expect(turns.map((l) => l.route)).toEqual(['not-understood', 'facts']);
    expect(turns.map((l) => l.event_id)).toEqual(['EvROUTE1', 'EvROUTE2']);
    const m = await (await fetch(`http://127.0.0.1:${h.port}/metrics`)).text();
    expect(m).toMatch(/tms_doctor_turn_routes_total\{route="facts"\} 1\b/);
    expect(m).toMatch(/tms_doctor_turn_routes_total\{route="not-understood"\} 1\b/);
  });
});
