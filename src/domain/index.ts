/** The pure domain core: parsers, extraction, knowledge and diagnosis. No I/O. */
export * from './types';
export * from './versions';
export { detectLang, extractFacts, MAX_EXTRACT } from './extract';
export type { Extraction } from './extract';
export { diagnose, optionalQuestions, probeVerdict, requiredQuestions } from './diagnose';
export * as knowledge from './knowledge';
export { SOURCES, SOURCE_IDS, isSourceId, sourcesFor } from './sources';
export type { Source } from './sources';
