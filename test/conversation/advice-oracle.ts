/**
 * The test oracle: the reader of the wording kept in src/conversation/advice-wording.ts (the pointer's safety net). The
 * tests check that every block it takes for advice to raise Communication Security to Medium-High is marked by its
 * builder, so the marks, not the wording, stay the primary source of the Telnet/SNMP caveat.
 */
export { advisesMediumHigh } from '../../src/conversation/advice-wording';
